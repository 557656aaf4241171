package io.iotad.cli;

import io.iotad.cli.csv.JsonSummary;
import io.iotad.core.alert.PublishResult;
import io.iotad.core.alert.AlertStore;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.pipeline.workflow.DaySelection;
import io.iotad.pipeline.workflow.InferenceOutcome;
import io.iotad.pipeline.workflow.InferenceWorkflow;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The workflow mode of {@code iotad score}: the inference workflow with the latest approved model of
 * a registry group, writing alerts to an SQLite database.
 *
 * @param cl the command line (its writers)
 * @param registryLocation the registry, a folder or {@code s3://BUCKET/PREFIX} with its table
 * @param aws where AWS requests go
 * @param group the group, or null for {@code inference.model_group}
 * @param from first day, or null for {@code to}
 * @param to last day, or null for the last day of the data
 * @param alertsDb the alerts, an SQLite file or {@code dynamodb://TABLE}
 * @param out where scores.csv, run_report.json and quarantine.jsonl go
 * @param feedback the verdicts the retraining decision counts, or null for the default beside an SQLite database
 * @param history the monitoring history, or null for the default beside an SQLite database
 */
record WorkflowScoring(CommandLine cl, RegistryLocation registryLocation, AwsOptions aws, String group,
                       LocalDate from, LocalDate to, String alertsDb, Path out, Path feedback, Path history) {
    /**
     * @param data the data options
     * @param lake the processed zone to read the readings from instead of raw files, or null
     * @param configOptions the configuration options
     * @return the exit code
     * @throws IOException when files cannot be read or written
     */
    int run(DataOptions data, Path lake, ConfigOptions configOptions) throws IOException {
        if (alertsDb == null || out == null) {
            throw new CommandLine.ParameterException(cl, "the workflow mode needs --alerts FILE.db and --out DIR");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        List<String> extra = new ArrayList<>();
        if (group != null) {
            extra.add("inference.model_group=" + group);
        }
        IotadConfig cfg = configOptions.load();
        if (!extra.isEmpty()) {
            cfg = cfg.withOverrides(extra);
        }
        PrintWriter w = cl.getOut();
        ConsoleProgress progress = new ConsoleProgress(cl.getErr(), "iotad score");
        TelemetryLoader loader = new TelemetryLoader(cfg, out.resolve("quarantine.jsonl"), progress);
        TelemetrySource source;
        LocalDate last = to;
        if (lake != null) {
            LakeSource ls = LakeSource.of(lake, data);
            source = ls.source(loader);
            last = to != null ? to : ls.lastDay();
        } else {
            source = TelemetrySource.files(data.inputs(aws, out, progress), loader);
        }
        ModelRegistry registry = registryLocation.open(aws, false);
        try {
            return run(cfg, source, DaySelection.ofNullable(from, last), registry, w, progress);
        } finally {
            Stores.close(registry);
        }
    }

    private java.util.Optional<io.iotad.core.label.LabelStore> verdicts() {
        Path file = feedback;
        if (file == null && !Stores.isDynamoDb(alertsDb)) {
            Path beside = Path.of(alertsDb).toAbsolutePath().getParent().resolve(FeedbackCommand.DEFAULT_LABELS_FILE);
            file = java.nio.file.Files.exists(beside) ? beside : null;
        }
        return file == null ? java.util.Optional.empty()
                : java.util.Optional.of(new io.iotad.pipeline.labels.CsvLabelStore(file));
    }

    private java.util.Optional<Path> historyFile() {
        if (history != null) {
            return java.util.Optional.of(history);
        }
        if (Stores.isDynamoDb(alertsDb)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Path.of(alertsDb).toAbsolutePath().getParent().resolve("monitoring_history.csv"));
    }

    private int run(IotadConfig cfg, TelemetrySource source, DaySelection days, ModelRegistry registry, PrintWriter w,
                    ConsoleProgress progress) throws IOException {
        RegistryOptions.versions(registry, registryLocation.registry, cfg.inference().modelGroup());
        InferenceOutcome r;
        try (AlertStore alerts = Stores.alerts(alertsDb, aws, true)) {
            r = new InferenceWorkflow(cfg, registry, alerts, Clock.systemUTC(), progress, progress)
                    .withMonitoring(verdicts(), historyFile())
                    .run(source, days, out);
        }
        LocalDate a = r.from();
        LocalDate b = r.to();
        w.println(IngestLine.of(r.ingest()));
        int written = r.selection().alerts().size();
        w.printf("scored %s..%s with %s: %d apartment-days (%d unscored)%n", a, b, r.model().id(), r.scores().size(),
                r.scores().size() - r.scores().scoredCount());
        PublishResult p = r.published();
        w.printf("alerts: %d raised (%d new, %d refreshed, %d already reviewed and kept as they were), %d earlier ones "
                + "superseded, %d suppressed by the vacation rule -> %s%n", written, p.created(), p.refreshed(),
                p.keptReviewed(), p.superseded(), r.selection().suppressedByVacationRule().size(), alertsDb);
        w.println(r.retraining().summary() + r.retraining().triggers().stream()
                .map(t -> "; " + t.name() + (t.fired() ? " FIRED: " : ": ") + t.detail()).reduce("", String::concat));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", "score");
        json.put("model", r.model().id());
        json.put("from", a.toString());
        json.put("to", b.toString());
        json.put("rows", r.scores().size());
        json.put("scored", r.scores().scoredCount());
        json.put("alerts_written", written);
        json.put("alerts_new", p.created());
        json.put("alerts_refreshed", p.refreshed());
        json.put("alerts_kept_reviewed", p.keptReviewed());
        json.put("alerts_superseded", p.superseded());
        json.put("suppressed_vacation", r.selection().suppressedByVacationRule().size());
        json.put("alerts_db", alertsDb);
        json.put("scores_csv", r.scoresCsv().toString());
        json.put("run_report", out.resolve("run_report.json").toString());
        json.put("retrain", r.retraining().retrain());
        json.put("retrain_reasons", r.retraining().reasons());
        w.println(JsonSummary.line(json));
        w.flush();
        return 0;
    }
}
