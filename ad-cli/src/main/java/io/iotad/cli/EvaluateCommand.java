package io.iotad.cli;

import io.iotad.cli.csv.JsonSummary;
import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.score.Scores;
import io.iotad.eval.Evaluation;
import io.iotad.eval.EvaluationOptions;
import io.iotad.eval.EvaluationResult;
import io.iotad.eval.UnknownLabelPolicy;
import io.iotad.eval.gate.EvaluationGate;
import io.iotad.eval.gate.GateVerdict;
import io.iotad.eval.report.EvaluationReport;
import io.iotad.eval.report.EvaluationReportJson;
import io.iotad.eval.report.HtmlReport;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.workflow.FeatureEngineering;
import io.iotad.pipeline.workflow.ScoresCsv;
import io.iotad.pipeline.workflow.ThroughputDeviation;
import io.iotad.pipeline.workflow.TrainingSplit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iotad evaluate}: scores days of a portfolio with a model (an artifact file, or a registry
 * version), rebuilding the features from the spec recorded in the artifact, and evaluates the scores
 * against the labels: {@code evaluation_report.json}, the HTML report and {@code scores.csv} under
 * {@code --out}, with the configured gate's verdict.
 */
@Command(name = "evaluate", sortOptions = false,
        description = {"Scores days of a portfolio with a model and evaluates them against the labels: writes "
                + "evaluation_report.json, evaluation_report.html and scores.csv under --out and prints the metrics.",
            "The model is --model FILE, or --registry DIR --group G [--version V] (default: the latest Approved).",
            "The gate (evaluation.metrics_thresholds) is reported, not enforced. The last line printed is one JSON object."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad data", "2:bad usage, unknown group or version, no labels",
                "3:I/O error, or a corrupt or unsupported artifact"})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit "
            + "(--version here names a registry version; 'iotad --version' prints the library's).")
    boolean help;

    @Option(names = "--model", paramLabel = "FILE", description = "A model.tar.gz trained by the workflow (iotad train --data).")
    Path model;

    @Option(names = "--registry", paramLabel = "DIR", description = "The model registry folder; instead of --model.")
    Path registry;

    @Option(names = "--group", paramLabel = "G", defaultValue = "global",
            description = "Registry group (default: ${DEFAULT-VALUE}).")
    String group;

    @Option(names = "--version", paramLabel = "V", description = "Registry version (default: the latest Approved).")
    Integer version;

    @Mixin
    DataOptions data;

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day to evaluate (default: the first "
            + "holdout day, training.holdout_days before the end of the data).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day to evaluate (default: the last day of the data).")
    LocalDate to;

    @Option(names = "--labels-complete", description = "The labels are ground truth: unlabelled apartment-days count "
            + "as normal. Default: feedback semantics (they are left out).")
    boolean labelsComplete;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Where evaluation_report.json, evaluation_report.html, scores.csv and quarantine.jsonl go.")
    Path out;

    @Option(names = "--enforce-gate", description = "Exit with code 1 when the configured gate "
            + "(evaluation.metrics_thresholds) fails, e.g. to block a deployment step. Default: report the verdict only.")
    boolean enforceGate;

    @Override
    public Integer call() throws Exception {
        if ((model == null) == (registry == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --model FILE or --registry DIR");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        IotadConfig cfg = configOptions.load();
        var inputs = data.inputs();
        String modelId;
        LoadedModel loaded;
        if (model != null) {
            loaded = ModelArtifact.read(model);
            modelId = model.toString();
        } else {
            FileModelRegistry reg = RegistryOptions.open(registry);
            ModelPackage pkg = RegistryOptions.find(reg, registry.toString(), group, version);
            loaded = ModelArtifact.read(reg.artifactPath(pkg));
            modelId = pkg.id();
        }
        if (loaded.manifest().featurePipeline().isEmpty()) {
            throw new IllegalArgumentException("model " + modelId + " records no feature pipeline (it was trained on a CSV); "
                    + "evaluate it with 'iotad score --model ... --input FEATURES.csv' and your own labels");
        }
        PrintWriter w = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "iotad evaluate");
        LoadedPortfolio portfolio = LoadedPortfolio.load(inputs, cfg, out.resolve("quarantine.jsonl"), progress);
        if (portfolio.labels().size() == 0) {
            throw new IllegalArgumentException("no labels to evaluate against: give --labels FILE or a labels.csv in --data");
        }
        w.println(portfolio.describe());
        FeatureEngineering fe = FeatureEngineering.of(FeaturePipelineSpec.fromMap(loaded.manifest().featurePipeline()),
                cfg.featureEngineering(), false, progress);
        FeatureFrame all = fe.compute(portfolio.telemetry(), new HashMap<>());
        TrainingSplit split = TrainingSplit.of(all, cfg.training());
        LocalDate a = from != null ? from : split.holdoutFrom();
        LocalDate b = to != null ? to : split.holdoutTo();
        if (b.isBefore(a)) {
            throw new IllegalArgumentException("--to " + b + " is before --from " + a);
        }
        FeatureFrame days = TrainingSplit.between(all, a, b);
        if (days.rowCount() == 0) {
            throw new IllegalArgumentException("no feature rows between " + a + " and " + b + "; the data covers "
                    + split.trainFrom() + ".." + split.holdoutTo());
        }
        Scores scores = loaded.detector().score(days);
        EvaluationOptions options = EvaluationOptions.defaults().withK(cfg.evaluation().k())
                .withUnknownLabels(labelsComplete ? UnknownLabelPolicy.AS_NEGATIVE : UnknownLabelPolicy.EXCLUDE);
        EvaluationResult ev = Evaluation.evaluate(scores, portfolio.labels(), portfolio.telemetry().archetypeByBuilding(), options);
        Map<String, Double> metrics = new LinkedHashMap<>(ev.metrics());
        metrics.put(EvaluationResult.THROUGHPUT_DEVIATION, ThroughputDeviation.of(scores, cfg.inference()));
        GateVerdict verdict = EvaluationGate.of(cfg.evaluation().metricsThresholds()).check(metrics);
        EvaluationReport report = EvaluationReport.of("iotad evaluation: " + modelId + " on " + a + ".." + b, modelId, ev,
                null, verdict, Instant.now());
        Path json = out.resolve(EvaluationReportJson.FILE_NAME);
        Path html = out.resolve(HtmlReport.FILE_NAME);
        EvaluationReportJson.write(report, json);
        HtmlReport.write(report, html);
        ScoresCsv.write(scores, out.resolve("scores.csv"));
        w.printf("evaluated %s (%s) on %s..%s: %d apartment-days%n", modelId, loaded.manifest().strategy(), a, b,
                scores.size());
        w.println(MetricsLine.of(ev, cfg.evaluation().k()));
        w.printf("gate: %s%nreport: %s%n", verdict.summary(), html);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("command", "evaluate");
        s.put("model", modelId);
        s.put("strategy", loaded.manifest().strategy());
        s.put("from", a.toString());
        s.put("to", b.toString());
        s.put("rows", scores.size());
        s.put("metrics", MetricsLine.finite(metrics));
        s.put("gate_passed", verdict.passed());
        s.put("evaluation_report", json.toString());
        s.put("html_report", html.toString());
        w.println(JsonSummary.line(s));
        w.flush();
        if (enforceGate && !verdict.passed()) {
            spec.commandLine().getErr().println("iotad evaluate: the evaluation gate failed: " + String.join("; ", verdict.reasons()));
            spec.commandLine().getErr().flush();
            return IotadCli.EXIT_RUN_FAILED;
        }
        return 0;
    }
}
