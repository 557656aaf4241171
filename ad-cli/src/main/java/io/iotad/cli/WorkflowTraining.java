package io.iotad.cli;

import io.iotad.cli.csv.JsonSummary;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.core.score.Labels;
import io.iotad.eval.EvaluationResult;
import io.iotad.pipeline.workflow.PortfolioInputs;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import io.iotad.pipeline.workflow.TrainingOutcome;
import io.iotad.pipeline.workflow.TrainingWorkflow;
import io.iotad.pipeline.tuning.TunedParameters;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** The workflow mode of {@code iotad train}: its arguments to the training workflow, and its outcome printed. */
final class WorkflowTraining {
    private final CommandLine cl;
    private final Path config;
    private final List<String> overrides;
    private final boolean labelsComplete;
    private final Path params;

    /**
     * @param cl the command line (its writers)
     * @param config the YAML file, or null for the defaults
     * @param overrides configuration overrides
     * @param seed a seed overriding {@code training.seed}, or null
     * @param labelsComplete whether the labels are ground truth
     * @param params the {@code params.json} of {@code iotad tune}, or null
     */
    WorkflowTraining(CommandLine cl, Path config, List<String> overrides, Long seed, boolean labelsComplete, Path params) {
        this.cl = cl;
        this.config = config;
        this.params = params;
        this.overrides = new ArrayList<>(overrides);
        if (seed != null) {
            this.overrides.add("training.seed=" + seed);
        }
        this.labelsComplete = labelsComplete;
    }

    /**
     * @param data the data options
     * @param registryLocation the registry, a folder or {@code s3://BUCKET/PREFIX} with its table
     * @param aws where AWS requests go
     * @param out the output folder
     * @return the exit code: 0 registered, 1 the gate failed
     * @throws IOException when files cannot be read or written
     */
    int run(DataOptions data, RegistryLocation registryLocation, AwsOptions aws, Path out) throws IOException {
        if (!registryLocation.given() || out == null) {
            throw new CommandLine.ParameterException(cl, "the workflow mode needs --registry DIR and --out DIR");
        }
        TunedParameters tuned = params == null ? null : TunedParameters.read(params);
        List<String> all = new ArrayList<>();
        if (tuned != null) {
            all.addAll(tuned.configOverrides()); // before the user's --set, which still wins
        }
        all.addAll(overrides);
        IotadConfig cfg = ConfigOptions.load(config, all, List.of());
        PrintWriter w = cl.getOut();
        ConsoleProgress progress = new ConsoleProgress(cl.getErr(), "iotad train");
        var inputs = data.inputs(aws, out, progress);
        Labels labels = inputs.readLabels();
        if (labels.size() == 0) {
            throw new IllegalArgumentException("no labels: training evaluates the model on the holdout days against "
                    + "verdicts; give --labels FILE (technicians' feedback, or ground truth with --labels-complete) or a "
                    + "labels.csv in --data");
        }
        if (tuned != null) {
            w.printf("hyperparameters from %s (iotad tune, trial %s): %s %s%n", params, tuned.study().get("trial"),
                    tuned.strategy(), tuned.params());
        }
        w.printf("labels: %d verdicts (%d faults) from %s, %s%n", labels.size(), labels.positives(),
                inputs.labelsFile().map(Path::toString).orElse("(none)"),
                labelsComplete ? "complete (unlabelled days count as normal)" : "feedback (unlabelled days left out)");
        w.flush();
        ModelRegistry registry = registryLocation.open(aws, true);
        try {
            return train(cfg, inputs, labels, registry, registryLocation.registry, w, progress, out,
                    tuned == null ? Map.of() : tuned.lineage());
        } finally {
            Stores.close(registry);
        }
    }

    private int train(IotadConfig cfg, PortfolioInputs inputs, Labels labels, ModelRegistry registry, String registryDir,
                      PrintWriter w, ConsoleProgress progress, Path out, Map<String, Object> tuning) throws IOException {
        TelemetrySource source = TelemetrySource.files(inputs, new TelemetryLoader(cfg, out.resolve("quarantine.jsonl"), progress));
        TrainingOutcome t = new TrainingWorkflow(cfg, registry, Clock.systemUTC(), progress, progress)
                .withTuningRecord(tuning)
                .run(source, labels, labelsComplete, out);
        w.println(IngestLine.of(t.ingest()));
        EvaluationResult ev = t.evaluation();
        w.printf("trained %s on %s..%s; evaluated %s..%s%n", cfg.training().modelStrategy(), t.split().trainFrom(),
                t.split().trainTo(), t.split().holdoutFrom(), t.split().holdoutTo());
        w.println(MetricsLine.of(ev, cfg.evaluation().k()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", "train");
        json.put("status", t.report().status());
        json.put("strategy", cfg.training().modelStrategy());
        json.put("gate_passed", t.verdict().passed());
        json.put("gate", t.verdict().summary());
        json.put("model", t.registered().map(p -> p.id()).orElse(null));
        json.put("model_status", t.registered().map(p -> p.status().display()).orElse(null));
        json.put("train_from", t.split().trainFrom().toString());
        json.put("train_to", t.split().trainTo().toString());
        json.put("holdout_from", t.split().holdoutFrom().toString());
        json.put("holdout_to", t.split().holdoutTo().toString());
        json.put("metrics", MetricsLine.finite(ev.metrics()));
        json.put("evaluation_report", t.reportJson().toString());
        json.put("run_report", out.resolve("run_report.json").toString());
        if (t.registered().isEmpty()) {
            w.printf("evaluation gate FAILED, model not registered: %s%n", t.verdict().summary());
            for (String reason : t.verdict().reasons()) {
                cl.getErr().println("iotad train: gate: " + reason);
            }
            w.printf("report: %s%n", t.reportHtml());
            w.println(JsonSummary.line(json));
            w.flush();
            cl.getErr().flush();
            return IotadCli.EXIT_RUN_FAILED;
        }
        w.printf("registered %s as %s (review %s, then: iotad registry approve --registry %s --group %s --version %d)%n",
                t.registered().get().id(), t.registered().get().status().display(), t.reportHtml(), registryDir,
                t.registered().get().group(), t.registered().get().version());
        for (io.iotad.core.registry.ModelPackage own : t.archetypeModels()) {
            w.printf("registered %s (archetype model) as %s (approve it too: iotad registry approve --registry %s --group %s "
                    + "--version %d)%n", own.id(), own.status().display(), registryDir, own.group(), own.version());
        }
        w.println(JsonSummary.line(json));
        w.flush();
        return 0;
    }
}
