package io.iotad.pipeline.workflow;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertBatch;
import io.iotad.core.alert.AlertStore;
import io.iotad.core.alert.PublishResult;
import io.iotad.core.artifact.ArtifactAttachments;
import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.label.LabelStore;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.config.InferenceConfig;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.detect.BatchScoring;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.core.score.Scores;
import io.iotad.features.ingest.IngestReport;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.scoring.ModelScoring;
import io.iotad.pipeline.alerting.AlertPolicy;
import io.iotad.pipeline.alerting.AlertSelection;
import io.iotad.pipeline.alerting.AlertSelector;
import io.iotad.pipeline.alerting.ThresholdFromLabels;
import io.iotad.pipeline.monitoring.DriftCheck;
import io.iotad.pipeline.monitoring.DriftLevel;
import io.iotad.pipeline.monitoring.DriftReport;
import io.iotad.pipeline.monitoring.DriftReportHtml;
import io.iotad.pipeline.monitoring.DriftStopException;
import io.iotad.pipeline.monitoring.FeatureProfile;
import io.iotad.pipeline.monitoring.MonitoringHistory;
import io.iotad.pipeline.monitoring.RetrainingDecision;
import io.iotad.pipeline.monitoring.RetrainingPolicy;
import io.iotad.pipeline.run.RunReport;
import io.iotad.pipeline.run.StepFailedException;
import io.iotad.pipeline.run.WorkflowRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Objects;

/**
 * The inference workflow, with the seed's Step Functions states as named steps:
 * {@code GetApprovedModelPackage → FeatureEngineeringInference → DataDrift → BatchScore → ProcessResults →
 * RetrainingDecision}. {@code DataDrift} compares each scored day with the feature profile stored in the
 * model's artifact and, above a stop limit ({@code monitoring.drift=block}), stops the run with a
 * {@link DriftStopException} before anything is scored; {@code RetrainingDecision} judges the retraining
 * triggers ({@link RetrainingPolicy}) and writes the decision to the run report.
 * The feature pipeline is rebuilt from the spec recorded in the approved model's artifact, so
 * serving runs the same code, with the same parameters, as training did.
 *
 * <p>Routing: a building whose archetype has an approved model of its own (registry group
 * {@code <inference.model_group>.<archetype>}, written by {@code training.model_grouping: archetype})
 * is scored by that model, every other building by the group's global model. The day's top K is
 * taken over all of them, and each alert carries the model that scored it.
 */
public final class InferenceWorkflow {
    /** The workflow's name, as the seed's state machine. */
    public static final String NAME = "ADInferenceWorkflow";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InferenceWorkflow.class);

    private final IotadConfig config;
    private final ModelRegistry registry;
    private final AlertStore alerts;
    private final Clock clock;
    private final ProgressListener progress;
    private final WorkflowRun.StepListener steps;
    private final Optional<LabelStore> verdicts;
    private final Optional<Path> history;

    /**
     * @param config the run's configuration (inference section, data contract)
     * @param registry where the approved model is found
     * @param alerts where alerts are written
     * @param clock the clock of alert timestamps
     * @param progress progress of long steps
     * @param steps told when steps start and end
     */
    public InferenceWorkflow(IotadConfig config, ModelRegistry registry, AlertStore alerts, Clock clock,
                             ProgressListener progress, WorkflowRun.StepListener steps) {
        this.config = Objects.requireNonNull(config, "config");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.steps = Objects.requireNonNull(steps, "steps");
        this.verdicts = Optional.empty();
        this.history = Optional.empty();
    }

    private InferenceWorkflow(InferenceWorkflow w, Optional<LabelStore> verdicts, Optional<Path> history) {
        this.config = w.config;
        this.registry = w.registry;
        this.alerts = w.alerts;
        this.clock = w.clock;
        this.progress = w.progress;
        this.steps = w.steps;
        this.verdicts = Objects.requireNonNull(verdicts, "verdicts");
        this.history = Objects.requireNonNull(history, "history");
    }

    /**
     * @param verdicts technicians' verdicts the retraining decision counts (empty: its label triggers are not judged)
     * @param history the monitoring-history CSV that keeps each scored day's drift level across runs (empty: only
     *     this run's days count for the {@code drift_days} trigger)
     * @return this workflow with those monitoring inputs
     */
    public InferenceWorkflow withMonitoring(Optional<LabelStore> verdicts, Optional<Path> history) {
        return new InferenceWorkflow(this, verdicts, history);
    }

    /**
     * The alert policy an inference section asks for: its threshold and daily cap, or the default
     * daily cap when it sets neither; and its vacation rule.
     *
     * @param inference the section
     * @return the policy
     */
    public static AlertPolicy policyFrom(InferenceConfig inference) {
        return policyFrom(inference, Optional.empty());
    }

    /**
     * The alert policy of an inference section and a model's stored threshold from labels: a threshold
     * set in the section wins; otherwise the model's threshold, with a daily cap of
     * {@code inference.top_k_per_day} when set, else of the capacity it was chosen for.
     *
     * @param inference the section
     * @param fromLabels the model's {@code alert_policy.json}, if it has one
     * @return the policy
     */
    public static AlertPolicy policyFrom(InferenceConfig inference, Optional<ThresholdFromLabels.Choice> fromLabels) {
        if (inference.alertThreshold().isEmpty() && fromLabels.isPresent()) {
            return new AlertPolicy(fromLabels.get().threshold(),
                    inference.topKPerDay().orElse(fromLabels.get().visitsPerDay()), inference.suppression().vacationHours());
        }
        double threshold = inference.alertThreshold().orElse(Double.NaN);
        int k = inference.topKPerDay().orElse(Double.isNaN(threshold) ? AlertPolicy.DEFAULT_TOP_K_PER_DAY : 0);
        return new AlertPolicy(threshold, k, inference.suppression().vacationHours());
    }

    /**
     * Scores the days {@code from}..{@code to} and writes their alerts.
     *
     * @param source telemetry covering the days and their lookback
     * @param from first day to score
     * @param to last day to score
     * @param outDir where the scores and the run report go
     * @return what the run produced
     * @throws IOException when outputs cannot be written
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     * @throws StepFailedException naming the failed step (the run report is written first)
     */
    public InferenceOutcome run(TelemetrySource source, LocalDate from, LocalDate to, Path outDir) throws IOException {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("scoring range is empty: " + from + " .. " + to);
        }
        return run(source, DaySelection.of(from, to), outDir);
    }

    /**
     * Scores some days and writes their alerts. The telemetry is asked for the days and the history
     * the approved model needs: {@code feature_engineering.lookback_days} plus the days its detector
     * reads ({@link io.iotad.core.detect.Detector#historyDays()}).
     *
     * @param source the telemetry
     * @param days the days to score; the last defaults to the day of the latest reading, the first to the last
     * @param outDir where the scores and the run report go
     * @return what the run produced
     * @throws IOException when outputs cannot be written
     * @throws StepFailedException naming the failed step (the run report is written first)
     */
    public InferenceOutcome run(TelemetrySource source, DaySelection days, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        WorkflowRun run = new WorkflowRun(NAME, clock, steps);
        List<RetrainingPolicy.DriftDay> driftDays = new ArrayList<>();
        try {
            String group = config.inference().modelGroup();
            ApprovedModels approved = run.step("GetApprovedModelPackage", facts -> {
                return ApprovedModels.find(registry, group, this::load, facts);
            });
            int lookback = approved.all().stream().mapToInt(m -> m.scoring().lookbackDays(
                    config.featureEngineering().lookbackDays())).max().orElse(0);
            Batch batch = run.step("FeatureEngineeringInference", facts -> {
                Telemetry telemetry = days.to().isPresent()
                        ? source.load(days.from().orElse(days.to().get()), days.to().get(), lookback, facts)
                        : source.load(facts);
                LocalDate b = days.to().orElseGet(() -> telemetry.lastDay(config.featureEngineering().timezone()));
                LocalDate a = days.from().orElse(b);
                if (b.isBefore(a)) {
                    throw new IllegalArgumentException("scoring range is empty: " + a + " .. " + b);
                }
                Map<String, String> archetypes = telemetry.archetypeByBuilding();
                Map<ApprovedModel, List<ApartmentReadings>> routed = new LinkedHashMap<>();
                routed.put(approved.global(), new ArrayList<>());
                approved.own().values().forEach(m -> routed.put(m, new ArrayList<>()));
                for (ApartmentReadings apt : telemetry.apartments()) {
                    routed.get(approved.routeOf(archetypes.get(apt.buildingId()))).add(apt);
                }
                Map<ApprovedModel, FeatureFrame> frames = new LinkedHashMap<>();
                Map<String, Object> byModel = new TreeMap<>();
                for (Map.Entry<ApprovedModel, List<ApartmentReadings>> e : routed.entrySet()) {
                    if (e.getValue().isEmpty() && e.getKey() != approved.global()) {
                        continue;
                    }
                    // one model alone keeps the facts where they always were; routed models each get their own
                    Map<String, Object> f = routed.size() == 1 ? facts : new LinkedHashMap<>();
                    ModelScoring scoring = e.getKey().scoring();
                    FeatureFrame frame = source.features(scoring, e.getValue(), telemetry.weather(), a, b,
                            scoring.lookbackDays(config.featureEngineering().lookbackDays()), f);
                    if (e.getValue().isEmpty()) {
                        frames.put(e.getKey(), frame);
                        continue;
                    }
                    frames.put(e.getKey(), scoring.checkDays(frame, a, b, f));
                    if (f != facts) {
                        f.put("apartments", e.getValue().size());
                        byModel.put(e.getKey().pkg().id(), f);
                    }
                }
                if (!byModel.isEmpty()) {
                    facts.put("by_model", byModel);
                }
                FeatureFrame all = FrameConcat.rows(new ArrayList<>(frames.values()));
                int historyDays = BatchScoring.historyDaysBefore(all, a);
                facts.put("history_days", historyDays);
                if (historyDays < config.featureEngineering().lookbackDays()) {
                    // not fatal: lags and windows of the first scored days may be missing, and the contract counts them
                    LOG.warn("the telemetry covers {} days before {}, fewer than feature_engineering.lookback_days={}; "
                            + "lags and rolling windows of the first scored days may be missing", historyDays, a,
                            config.featureEngineering().lookbackDays());
                    facts.put("history_short_of_lookback_days", true);
                }
                return new Batch(all, frames, a, b, telemetry.ingest());
            });
            if (config.monitoring().driftEnabled()) {
                run.step("DataDrift", facts -> {
                    if (approved.global().profile().isEmpty()) {
                        LOG.warn("model {} has no feature profile (trained before drift monitoring); data drift is not "
                                + "judged; retrain it to get one", approved.global().pkg().id());
                        facts.put("judged", false);
                        facts.put("reason", "the model's artifact has no " + ArtifactAttachments.FEATURE_PROFILE);
                        return null;
                    }
                    DriftReport drift = new DriftCheck(approved.global().profile().get(), config.monitoring())
                            .check(batch.history, batch.from, batch.to);
                    Path html = outDir.resolve(DriftReportHtml.FILE_NAME);
                    DriftReportHtml.write(drift, approved.global().pkg().id(), html);
                    facts.put("judged", true);
                    facts.put("mode", config.monitoring().drift());
                    facts.put("report_html", html.toString());
                    facts.putAll(drift.toMap());
                    driftDays.addAll(drift.days().stream()
                            .map(d -> new RetrainingPolicy.DriftDay(d.day(), d.level())).toList());
                    if (history.isPresent()) {
                        MonitoringHistory.record(history.get(), approved.global().pkg().id(), driftDays);
                    }
                    if (drift.firstStop().isPresent()) {
                        if (config.monitoring().driftBlocks()) {
                            throw new DriftStopException(drift.firstStop().get(), html.toString());
                        }
                        LOG.warn("data drift above a stop limit, scoring anyway (monitoring.drift=warn): {}",
                                drift.firstStop().get().describe());
                    } else if (drift.level() == DriftLevel.WARN) {
                        LOG.warn("data drift above a warning limit on {} day(s); see {}", drift.warningDays(), html);
                    }
                    return drift;
                });
            }
            Path scoresCsv = outDir.resolve("scores.csv");
            Map<String, String> modelOfBuilding = new HashMap<>();
            Scores scores = run.step("BatchScore", facts -> {
                // the history days give detectors that look back (STL, history rules) their series
                List<Scores> parts = new ArrayList<>();
                Map<String, Object> byModel = new TreeMap<>();
                for (Map.Entry<ApprovedModel, FeatureFrame> e : batch.frames.entrySet()) {
                    FeatureFrame frame = e.getValue();
                    if (BatchScoring.days(frame, batch.from, batch.to).rowCount() == 0) {
                        continue;
                    }
                    Map<String, Object> f = batch.frames.size() == 1 ? facts : new LinkedHashMap<>();
                    parts.add(e.getKey().scoring().score(frame, batch.from, batch.to, f));
                    for (int i = 0; i < frame.rowCount(); i++) {
                        modelOfBuilding.put(frame.buildingId(i), e.getKey().pkg().id());
                    }
                    if (f != facts) {
                        byModel.put(e.getKey().pkg().id(), f);
                    }
                }
                if (!byModel.isEmpty()) {
                    facts.put("by_model", byModel);
                }
                Scores s = FrameConcat.scores(parts);
                facts.putIfAbsent("rows", s.size());
                facts.putIfAbsent("scored", s.scoredCount());
                ScoresCsv.write(s, scoresCsv);
                return s;
            });
            PublishResult[] published = new PublishResult[1];
            AlertSelection selection = run.step("ProcessResults", facts -> {
                Instant now = clock.instant();
                AlertPolicy policy = policyFrom(config.inference(), approved.global().fromLabels());
                if (!Double.isNaN(policy.scoreThreshold())) {
                    facts.put("alert_threshold", policy.scoreThreshold());
                }
                facts.put("alert_threshold_source", config.inference().alertThreshold().isPresent() ? "configuration"
                        : approved.global().fromLabels().isPresent() ? "model (threshold from labels)" : "none");
                facts.put("top_k_per_day", policy.topKPerDay());
                AlertSelection sel = new AlertSelector(policy)
                        .select(scores, batch.history, approved.global().pkg().id(), now);
                // each alert carries the model that scored its building; one batch per model, the global one always,
                // so a day this model raised nothing on (the whole range) still supersedes the older model's alerts
                Map<String, List<Alert>> byModel = new LinkedHashMap<>();
                approved.all().forEach(m -> byModel.put(m.pkg().id(), new ArrayList<>()));
                List<Alert> alerts = new ArrayList<>();
                for (Alert x : sel.alerts()) {
                    String model = modelOfBuilding.getOrDefault(x.buildingId(), approved.global().pkg().id());
                    Alert routedAlert = model.equals(x.modelVersion()) ? x : Alert.unseen(x.apartmentId(), x.buildingId(),
                            x.eventDate(), now, x.anomalyScore(), x.threshold(), model, x.reason());
                    byModel.get(model).add(routedAlert);
                    alerts.add(routedAlert);
                }
                sel = new AlertSelection(alerts, sel.suppressedByVacationRule(), sel.unscored(), sel.candidates());
                PublishResult total = new PublishResult(0, 0, 0, 0);
                for (Map.Entry<String, List<Alert>> e : byModel.entrySet()) {
                    if (!e.getKey().equals(approved.global().pkg().id()) && e.getValue().isEmpty()
                            && !batch.frames.keySet().stream().anyMatch(m -> m.pkg().id().equals(e.getKey()))) {
                        continue;
                    }
                    PublishResult r = alerts(e.getKey(), batch.from, batch.to, now, e.getValue());
                    total = new PublishResult(total.created() + r.created(), total.refreshed() + r.refreshed(),
                            total.superseded() + r.superseded(), total.keptReviewed() + r.keptReviewed());
                }
                published[0] = total;
                facts.put("alerts", sel.alerts().size());
                facts.put("new_alerts", published[0].created());
                facts.put("refreshed_alerts", published[0].refreshed());
                facts.put("superseded_alerts", published[0].superseded());
                facts.put("reviewed_alerts_kept", published[0].keptReviewed());
                facts.put("suppressed_vacation", sel.suppressedByVacationRule().size());
                facts.put("unscored", sel.unscored());
                return sel;
            });
            RetrainingDecision decision = run.step("RetrainingDecision", facts -> {
                List<RetrainingPolicy.DriftDay> known = new ArrayList<>(driftDays);
                if (history.isPresent()) {
                    known.addAll(0, MonitoringHistory.read(history.get()));
                }
                Optional<io.iotad.core.score.Labels> labels = verdicts.map(LabelStore::load);
                RetrainingDecision d = new RetrainingPolicy(config.monitoring())
                        .decide(batch.to, approved.global().pkg().id(), approved.global().trainedTo(), labels, known);
                facts.putAll(d.toMap());
                return d;
            });
            RunReport report = run.finish(WorkflowRun.SUCCEEDED);
            report.writeJson(outDir.resolve("run_report.json"));
            return new InferenceOutcome(report, approved.global().pkg(), batch.from, batch.to, scores, selection, published[0],
                    scoresCsv, batch.ingest, decision);
        } catch (StepFailedException e) {
            run.finish(WorkflowRun.FAILED).writeJson(outDir.resolve("run_report.json"));
            throw e;
        }
    }

    private PublishResult alerts(String model, LocalDate from, LocalDate to, Instant now, List<Alert> raised) {
        return alerts.publish(new AlertBatch(model, from, to, now, raised));
    }

    private ApprovedModel load(ModelPackage pkg) throws IOException {
        LoadedModel model = ModelArtifact.read(registry.artifactPath(pkg));
        Optional<FeatureProfile> profile = model.attachments().get(ArtifactAttachments.FEATURE_PROFILE)
                .map(b -> FeatureProfile.fromJson(b, pkg.id()));
        Optional<ThresholdFromLabels.Choice> fromLabels = model.attachments().get(ArtifactAttachments.ALERT_POLICY)
                .map(b -> ThresholdFromLabels.Choice.fromJson(b, pkg.id()));
        return new ApprovedModel(pkg, new ModelScoring(pkg.id(), model,
                FeatureEngineering.contractFrom(config.featureEngineering(), true),
                FeatureEngineering.quarantineFrom(config.featureEngineering()), progress),
                profile, fromLabels, model.manifest().lineage().lastDate());
    }

    private record Batch(FeatureFrame history, Map<ApprovedModel, FeatureFrame> frames, LocalDate from, LocalDate to,
                         IngestReport ingest) {
    }
}
