package io.iotad.cli;

import io.iotad.pipeline.csv.CsvTraining;
import io.iotad.cli.csv.JsonSummary;
import io.iotad.core.artifact.ModelManifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iotad train}, in two modes. The workflow mode ({@code --data DIR} or {@code --raw ...})
 * runs the training workflow on a portfolio's telemetry: validate, features, train, evaluate on the
 * holdout days, gate, and register the model as {@code PendingManualApproval}; there {@code --set}
 * overrides configuration keys. The CSV mode ({@code --train FILE.csv}) fits a strategy on a feature
 * CSV and writes a bare artifact; there strategy options are given with {@code --option}, and
 * {@code --set} remains an alias of {@code --option} for compatibility.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trains a model: the training workflow on a portfolio (--data), or a strategy on a feature CSV (--train).",
            "Workflow mode (--data or --raw/--weather/--buildings): runs ValidateSchema, "
                + "FeatureEngineering, ModelTraining, ModelEvaluation, CheckEvaluation, RegisterModel; writes model.tar.gz, "
                + "evaluation_report.json/.html and run_report.json under --out and registers the model as "
                + "PendingManualApproval under --registry. --set overrides configuration keys.",
            "CSV mode (--train FILE.csv): fits --strategy on a feature CSV and writes model.tar.gz; --option (or its "
                + "alias --set) gives strategy options.",
            "The last line printed is one JSON object."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad data, or the evaluation gate failed (its reasons are printed)",
                "2:bad usage, option or configuration key", "3:I/O or internal error"})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--config", paramLabel = "FILE", description = "Workflow mode: YAML configuration (a commented sample: "
            + "config/config.yaml; every key: docs/configuration.md). Default: the documented defaults.")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Workflow mode: override a configuration key, e.g. "
            + "--set training.model_strategy=xgboost (repeatable). CSV mode: alias of --option.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--params", paramLabel = "FILE", description = "Workflow mode: the params.json of iotad tune: sets "
            + "training.model_strategy and training.hyperparameters.* (a --set still wins) and records the file, its "
            + "SHA-256 and the study in the model's provenance (manifest provenance.tuning, registry metadata 'tuning').")
    Path params;

    @Mixin
    RegistryLocation registry;

    @Mixin
    AwsOptions aws = new AwsOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Workflow mode: where model.tar.gz, evaluation_report.json, "
            + "evaluation_report.html, run_report.json and quarantine.jsonl go.")
    Path out;

    @Option(names = "--labels-complete", description = "Workflow mode: the labels are ground truth (every fault is "
            + "labelled, an unlabelled apartment-day counts as normal, in training and evaluation). Default: feedback "
            + "semantics (unlabelled days are left out of both).")
    boolean labelsComplete;

    @Option(names = "--strategy", paramLabel = "NAME", description = "CSV mode: detector strategy, any case, e.g. isolation_forest.")
    String strategy;

    @Option(names = "--train", paramLabel = "FILE.csv", description = "CSV mode: feature CSV to fit on (identity columns optional).")
    Path train;

    @Option(names = "--features", paramLabel = "NAME", split = ",",
            description = "CSV mode: feature columns, in order (default: every numeric column but identity and label columns).")
    List<String> features = new ArrayList<>();

    @Option(names = "--label", paramLabel = "COL", description = "CSV mode: column of verdicts: 1 fault, 0 no fault, empty unknown.")
    String label;

    @Option(names = "--option", paramLabel = "OPTION=VALUE",
            description = "CSV mode: a strategy option (repeatable), value in YAML, e.g. --option trees=200.")
    List<String> options = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the fit (CSV mode default: 42; workflow mode: "
            + "training.seed).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "CSV mode: worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--model-out", paramLabel = "FILE", defaultValue = "model.tar.gz",
            description = "CSV mode: where the artifact goes (default: ${DEFAULT-VALUE}).")
    Path modelOut;

    @Option(names = "--overwrite", description = "Replace the model.tar.gz an earlier run left in --out (workflow "
            + "mode) or at --model-out (CSV mode). Default: refuse, so a trained model is never replaced by accident.")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
        Path artifact = train != null ? modelOut : out == null ? null : out.resolve("model.tar.gz");
        if (artifact != null && !overwrite && java.nio.file.Files.exists(artifact)) {
            throw new IllegalArgumentException(artifact + " exists already (an earlier training's model); choose another "
                    + (train != null ? "--model-out" : "--out") + ", or give --overwrite to replace it");
        }
        if (train != null && data.given()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give either --train FILE.csv (CSV mode) or --data/--raw (workflow mode), not both");
        }
        if (train == null && (data.given() || registry.given() || out != null)) {
            if (strategy != null || !options.isEmpty() || !features.isEmpty() || label != null || threads != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--strategy, --option, --features, --label "
                        + "and --threads belong to the CSV mode (--train FILE.csv); in the workflow mode use "
                        + "--set training.model_strategy=NAME, --set training.hyperparameters.OPTION=VALUE, "
                        + "--set training.feature_columns=[a,b]");
            }
            return new WorkflowTraining(spec.commandLine(), config, sets, seed, labelsComplete, params)
                    .run(data, registry, aws, out);
        }
        return trainCsv();
    }

    private int trainCsv() throws Exception {
        if (train == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing required option: '--train=FILE.csv' (CSV mode) or '--data=DIR' (workflow mode)");
        }
        if (strategy == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--strategy=NAME'");
        }
        if (config != null || labelsComplete || params != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--config, --labels-complete and --params belong to the workflow mode (--data), not to --train FILE.csv");
        }
        List<String> strategyOptions = new ArrayList<>(sets);
        strategyOptions.addAll(options);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        CsvTraining.Result r = CsvTraining.run(new CsvTraining.Request(strategy, train, features,
                Optional.ofNullable(label), strategyOptions, seed == null ? 42L : seed, t, modelOut));
        ModelManifest m = r.manifest();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", "train");
        json.put("strategy", m.strategy());
        json.put("model", r.model().toString());
        json.put("rows", m.lineage().rows());
        json.put("features", m.features());
        json.put("labelled_rows", m.lineage().labelledRows());
        json.put("fit_s", JsonSummary.seconds(r.fitSeconds()));
        json.put("write_s", JsonSummary.seconds(r.writeSeconds()));
        json.put("payload_sha256", m.payloadSha256());
        json.put("content_hash", m.lineage().contentHash());
        spec.commandLine().getOut().println(JsonSummary.line(json));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
