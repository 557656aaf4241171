package io.iotad.cli;

import io.iotad.cli.csv.JsonSummary;
import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.score.Labels;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.workflow.DaySelection;
import io.iotad.pipeline.workflow.EvaluationOutcome;
import io.iotad.pipeline.workflow.EvaluationWorkflow;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
 * {@code iotad evaluate}: its arguments (a model as an artifact file or a registry version, the
 * portfolio, the days) to the evaluation workflow ({@link EvaluationWorkflow}: the features rebuilt
 * from the artifact's spec, the days scored in the context of the days before them as training and
 * inference score them), and its outcome printed: {@code evaluation_report.json}, the HTML report,
 * {@code scores.csv} and {@code run_report.json} under {@code --out}, with the configured gate's verdict.
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
            description = "Where evaluation_report.json, evaluation_report.html, scores.csv, run_report.json and "
                    + "quarantine.jsonl go.")
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
        Labels labels = inputs.readLabels();
        if (labels.size() == 0) {
            throw new IllegalArgumentException("no labels to evaluate against: give --labels FILE or a labels.csv in --data");
        }
        PrintWriter w = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "iotad evaluate");
        TelemetrySource source = TelemetrySource.files(inputs, new TelemetryLoader(cfg, out.resolve("quarantine.jsonl"), progress));
        EvaluationOutcome r = new EvaluationWorkflow(cfg, Clock.systemUTC(), progress, progress)
                .run(modelId, loaded, source, labels, labelsComplete, DaySelection.ofNullable(from, to), out);
        w.println(IngestLine.of(r.ingest()));
        w.printf("evaluated %s (%s) on %s..%s: %d apartment-days%n", modelId, r.strategy(), r.from(), r.to(), r.scores().size());
        w.println(MetricsLine.of(r.evaluation(), cfg.evaluation().k()));
        w.printf("gate: %s%nreport: %s%n", r.verdict().summary(), r.reportHtml());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("command", "evaluate");
        s.put("model", modelId);
        s.put("strategy", r.strategy());
        s.put("from", r.from().toString());
        s.put("to", r.to().toString());
        s.put("rows", r.scores().size());
        s.put("metrics", MetricsLine.finite(r.metrics()));
        s.put("gate_passed", r.verdict().passed());
        s.put("evaluation_report", r.reportJson().toString());
        s.put("html_report", r.reportHtml().toString());
        s.put("run_report", out.resolve("run_report.json").toString());
        w.println(JsonSummary.line(s));
        w.flush();
        if (enforceGate && !r.verdict().passed()) {
            spec.commandLine().getErr().println("iotad evaluate: the evaluation gate failed: "
                    + String.join("; ", r.verdict().reasons()));
            spec.commandLine().getErr().flush();
            return IotadCli.EXIT_RUN_FAILED;
        }
        return 0;
    }
}
