package io.iotad.cli;

import io.iotad.cli.csv.JsonSummary;
import io.iotad.core.config.ConfigOverride;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.score.Labels;
import io.iotad.pipeline.tuning.HyperparameterSearch;
import io.iotad.pipeline.tuning.RollingOriginSplit;
import io.iotad.pipeline.tuning.TuningOptions;
import io.iotad.pipeline.tuning.TuningResult;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import io.iotad.pipeline.workflow.TuningWorkflow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iotad tune}: a seeded random search over a strategy's declared hyperparameters, scored by
 * P@K on rolling-origin time folds ({@link TuningWorkflow}). It parses the options, calls the library and
 * prints: a table of every trial on standard output, progress on standard error, {@code tune.json} and
 * {@code params.json} (for {@code iotad train --params}) under {@code --out}, and one JSON line last.
 */
@Command(name = "tune", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Tunes a strategy's hyperparameters: a seeded random search scored by P@K (ties: PR-AUC), mean over "
                + "rolling-origin time folds (each fold trains on the days before its origin and evaluates the next "
                + "--horizon days; never random rows).",
            "Input: a portfolio (--data DIR or --raw/--weather/--buildings, with --labels or the folder's labels.csv; "
                + "features as the training workflow computes them, its holdout days left out) or a feature CSV "
                + "(--train FILE.csv with a --label column).",
            "Writes tune.json (every trial's parameters and fold scores) and params.json under --out; train with the "
                + "choice: iotad train --data DIR ... --params OUT/params.json (recorded in the model's provenance).",
            "The last line printed is one JSON object."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad data", "2:bad usage or option", "3:I/O or internal error"})
final class TuneCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--strategy", required = true, paramLabel = "NAME",
            description = "Strategy to tune: xgboost, lof or isolation_forest (those with a declared search space).")
    String strategy;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "" + TuningOptions.DEFAULT_TRIALS,
            description = "Trials, 1-1000; trial 1 is the strategy's defaults (default: ${DEFAULT-VALUE}).")
    int trials;

    @Mixin
    DataOptions data;

    @Option(names = "--config", paramLabel = "FILE", description = "Portfolio mode: YAML configuration (feature "
            + "engineering, training.feature_columns, training.holdout_days, evaluation.k). Default: the documented defaults.")
    Path config;

    @Option(names = "--train", paramLabel = "FILE.csv", description = "CSV mode: a feature CSV with a label column, "
            + "instead of a portfolio.")
    Path train;

    @Option(names = "--label", paramLabel = "COL", defaultValue = "label",
            description = "CSV mode: the column of verdicts, 1 fault, 0 no fault, empty unknown (default: ${DEFAULT-VALUE}).")
    String label;

    @Option(names = "--features", paramLabel = "NAME", split = ",",
            description = "CSV mode: feature columns, in order (default: every numeric column but identity and label columns).")
    List<String> features = new ArrayList<>();

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "A strategy option held at this value in every "
            + "trial and not searched, e.g. --set tree_method=hist (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of the search's sampling and of every fit (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--k", paramLabel = "K", description = "Alerts per fold the objective counts (default: evaluation.k, 50).")
    Integer k;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "" + RollingOriginSplit.DEFAULT_FOLDS,
            description = "Rolling-origin folds, 1-20 (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--horizon", paramLabel = "DAYS", defaultValue = "" + RollingOriginSplit.DEFAULT_HORIZON_DAYS,
            description = "Days each fold evaluates, 1-90 (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--min-train-days", paramLabel = "DAYS", defaultValue = "" + RollingOriginSplit.DEFAULT_MIN_TRAIN_DAYS,
            description = "Fewest training days the first fold may have (default: ${DEFAULT-VALUE}).")
    int minTrainDays;

    @Option(names = "--labels-complete", description = "The labels are ground truth: an unlabelled apartment-day counts "
            + "as normal, in each fold's fit and its objective. Default: feedback semantics (unlabelled days are left out "
            + "of both).")
    boolean labelsComplete;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads of each fit (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "tune",
            description = "Where tune.json and params.json go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    AwsOptions aws = new AwsOptions();

    @Override
    public Integer call() throws Exception {
        if (train != null && data.given()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give either --train FILE.csv (CSV mode) or --data/--raw (portfolio mode), not both");
        }
        if (train == null && !data.given()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing input: give --data DIR (a portfolio) or --train FILE.csv (a feature CSV with a label column)");
        }
        if (train != null && config != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--config belongs to the portfolio mode (--data)");
        }
        IotadConfig cfg = train == null ? ConfigOptions.load(config, List.of(), List.of()) : IotadConfig.defaults();
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        TuningOptions options = new TuningOptions(strategy, trials, seed, k == null ? cfg.evaluation().k() : k,
                new RollingOriginSplit(folds, horizon, minTrainDays), labelsComplete, ConfigOverride.options(sets), nThreads);
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(err, "iotad tune");
        HyperparameterSearch.TrialListener perTrial = (t, total, best) -> {
            err.printf(Locale.ROOT, "iotad tune: trial %d/%d: P@%d %s, PR-AUC %s (best so far: trial %d, P@%d %s) %s%n",
                    t.number(), total, options.k(), fmt(t.meanPrecisionAtK()), fmt(t.meanPrAuc()), best.number(),
                    options.k(), fmt(best.meanPrecisionAtK()), t.params());
            err.flush();
        };
        TuningWorkflow.Outcome o;
        if (train != null) {
            o = TuningWorkflow.onCsv(train, features, label, options, out, progress, perTrial);
        } else {
            var inputs = data.inputs(aws, out, progress);
            Labels labels = inputs.readLabels();
            if (labels.size() == 0) {
                throw new IllegalArgumentException("no labels: tuning scores each trial against verdicts; give --labels FILE "
                        + "(technicians' feedback, or ground truth with --labels-complete) or a labels.csv in --data");
            }
            TelemetrySource source = TelemetrySource.files(inputs, new TelemetryLoader(cfg, out.resolve("quarantine.jsonl"), progress));
            o = TuningWorkflow.onPortfolio(cfg, source, labels, options, out, progress, perTrial);
        }
        print(w, o, options);
        return 0;
    }

    private void print(PrintWriter w, TuningWorkflow.Outcome o, TuningOptions options) {
        TuningResult r = o.result();
        w.printf(Locale.ROOT, "tuned %s on %d rows (%s..%s), %d features; %d folds of %d days; %d trials, seed %d%n",
                options.strategy(), o.rows(), o.dataFrom(), o.dataTo(), o.features().size(), r.folds().size(),
                options.split().horizonDays(), r.trials().size(), options.seed());
        for (var f : r.folds()) {
            w.printf("fold %d: train %s..%s, evaluate %s..%s%n", f.index(), f.trainFrom(), f.trainTo(), f.evalFrom(), f.evalTo());
        }
        String pk = "P@" + options.k();
        TextTable table = new TextTable("trial", "mean " + pk, "mean PR-AUC", pk + " per fold", "params");
        for (TuningResult.Trial t : r.trials()) {
            String perFold = t.scores().stream().map(s -> fmt(s.precisionAtK())).collect(Collectors.joining(" "));
            table.row(t.number() + (t.number() == r.best().number() ? " *" : t.isDefaults() ? " (defaults)" : ""),
                    fmt(t.meanPrecisionAtK()), fmt(t.meanPrAuc()), perFold, params(t.params()));
        }
        table.print(w);
        w.printf(Locale.ROOT, "best: trial %d, mean %s %s (defaults %s), mean PR-AUC %s (defaults %s): %s%n", r.best().number(),
                pk, fmt(r.best().meanPrecisionAtK()), fmt(r.defaults().meanPrecisionAtK()), fmt(r.best().meanPrAuc()),
                fmt(r.defaults().meanPrAuc()), params(r.best().params()));
        w.printf("wrote %s and %s; train with them: iotad train --data DIR --registry DIR --out DIR --params %s%n",
                o.report(), o.params(), o.params());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", "tune");
        json.put("strategy", options.strategy());
        json.put("trials", r.trials().size());
        json.put("folds", r.folds().size());
        json.put("k", options.k());
        json.put("best_trial", r.best().number());
        json.put("best_params", r.best().params());
        json.put("best_mean_precision_at_k", finite(r.best().meanPrecisionAtK()));
        json.put("best_mean_pr_auc", finite(r.best().meanPrAuc()));
        json.put("defaults_mean_precision_at_k", finite(r.defaults().meanPrecisionAtK()));
        json.put("defaults_mean_pr_auc", finite(r.defaults().meanPrAuc()));
        json.put("report", o.report().toString());
        json.put("params", o.params().toString());
        w.println(JsonSummary.line(json));
        w.flush();
    }

    private static String params(Map<String, Object> p) {
        return p.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? Math.round(v * 10000) / 10000.0 : null;
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "-";
    }
}
