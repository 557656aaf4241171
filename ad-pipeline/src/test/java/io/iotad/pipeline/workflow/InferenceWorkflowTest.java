package io.iotad.pipeline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.features.contract.ContractViolationException;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.run.StepFailedException;
import io.iotad.pipeline.run.WorkflowRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inference workflow on a simulated portfolio of 24 apartments in 12 buildings over 40 days,
 * scored by a model trained (through the training workflow) and approved once for the class.
 */
class InferenceWorkflowTest {
    private static final Clock TRAINED = Clock.fixed(Instant.parse("2024-12-01T04:00:00Z"), ZoneOffset.UTC);
    private static final Clock FIRST_RUN = Clock.fixed(Instant.parse("2024-12-11T03:00:00Z"), ZoneOffset.UTC);
    private static final Clock SECOND_RUN = Clock.fixed(Instant.parse("2024-12-11T09:00:00Z"), ZoneOffset.UTC);
    /**
     * Training uses a non-default pipeline (another HDD base, two optional extractors), so features
     * that match bit for bit show that inference rebuilt the pipeline from the artifact, not from
     * its own configuration.
     */
    private static final IotadConfig TRAINING = IotadConfig.defaults().withOverrides(List.of(
            "training.holdout_days=10", "feature_engineering.hdd_base_c=16",
            "feature_engineering.extractors=[energy_lag_2d, energy_roll_std_7d]"));
    /** Scoring: every apartment of a day becomes an alert; one building of twelve may lack weather on a day. */
    private static final IotadConfig SCORING = IotadConfig.defaults().withOverrides(List.of(
            "inference.top_k_per_day=24", "inference.suppression.vacation_hours=0",
            "feature_engineering.null_rate_limit=0.10"));

    @TempDir
    static Path shared;
    private static TinyPortfolio portfolio;
    private static FileModelRegistry registry;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainAndApprove() throws IOException {
        portfolio = TinyPortfolio.shared(24, 12, 40, 23L);
        registry = new FileModelRegistry(shared.resolve("registry"), TRAINED);
        approve(registry, TRAINING, shared.resolve("training"));
    }

    private static ModelPackage approve(FileModelRegistry into, IotadConfig config, Path out) throws IOException {
        return portfolio.trainAndApprove(config, into, TRAINED, out);
    }

    private InferenceOutcome score(FileModelRegistry from, IotadConfig config, Telemetry telemetry, SqliteAlertStore alerts,
                                   Clock clock, LocalDate day, Path out) throws IOException {
        return new InferenceWorkflow(config, from, alerts, clock, ProgressListener.NONE, WorkflowRun.StepListener.NONE)
                .run(TelemetrySource.loaded(telemetry), day, day, out);
    }

    private static FeatureFrame onDay(FeatureFrame frame, LocalDate day) {
        return TrainingSplit.between(frame, day, day);
    }

    @Test
    void given_the_same_telemetry_when_a_day_is_scored_then_its_features_equal_the_training_paths_bit_for_bit() throws IOException {
        LocalDate day = portfolio.lastDay().minusDays(1);
        FeatureFrame scored;
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("alerts.db"))) {
            scored = onDay(score(registry, SCORING, portfolio.telemetry(), alerts, FIRST_RUN, day, dir.resolve("inference"))
                    .scores().rows(), day);
        }
        FeatureEngineering trainingPath = new FeatureEngineering(FeatureEngineering.specFrom(TRAINING.featureEngineering()),
                FeatureEngineering.contractFrom(TRAINING.featureEngineering(), false), ProgressListener.NONE);
        FeatureFrame trained = onDay(trainingPath.compute(portfolio.telemetry(), new HashMap<>()), day);

        assertThat(scored.schema()).isEqualTo(trained.schema());
        assertThat(scored.schema().names()).contains("energy_lag_2d", "energy_roll_std_7d");
        assertThat(scored.rowCount()).isEqualTo(trained.rowCount()).isEqualTo(24);
        for (int i = 0; i < scored.rowCount(); i++) {
            assertThat(scored.key(i)).isEqualTo(trained.key(i));
            for (int c = 0; c < scored.schema().size(); c++) {
                assertThat(Double.doubleToRawLongBits(scored.value(i, c)))
                        .as("%s of %s", scored.schema().names().get(c), scored.key(i))
                        .isEqualTo(Double.doubleToRawLongBits(trained.value(i, c)));
            }
        }
        // the scoring configuration's own pipeline (HDD base 18 °C) would have computed other values
        FeatureFrame servingDefaults = onDay(new FeatureEngineering(FeatureEngineering.specFrom(SCORING.featureEngineering()),
                FeatureEngineering.contractFrom(SCORING.featureEngineering(), true), ProgressListener.NONE)
                .compute(portfolio.telemetry(), new HashMap<>()), day);
        assertThat(servingDefaults.column("hdd")).isNotEqualTo(scored.column("hdd"));
    }

    @Test
    void given_a_technicians_verdict_when_a_newer_model_scores_the_day_then_the_reviewed_alert_stays_and_the_rest_refresh()
            throws IOException {
        FileModelRegistry own = new FileModelRegistry(dir.resolve("registry"), TRAINED);
        approve(own, TRAINING, dir.resolve("training-1"));
        LocalDate day = portfolio.lastDay();
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("alerts.db"))) {
            InferenceOutcome first = score(own, SCORING, portfolio.telemetry(), alerts, FIRST_RUN, day, dir.resolve("run-1"));
            Alert before = first.selection().alerts().get(0);
            assertThat(first.newAlerts()).isEqualTo(first.selection().alerts().size()).isPositive();
            Alert reviewed = alerts.recordFeedback(before.alertId(), AlertStatus.INVESTIGATING, "valve_stuck_closed",
                    "on site Tuesday");

            ModelPackage second = approve(own, TRAINING.withOverrides(List.of("training.seed=43")), dir.resolve("training-2"));
            InferenceOutcome again = score(own, SCORING, portfolio.telemetry(), alerts, SECOND_RUN, day, dir.resolve("run-2"));

            assertThat(again.newAlerts()).isZero();
            assertThat(again.published().keptReviewed()).isEqualTo(1);
            assertThat(again.published().refreshed()).isEqualTo(again.selection().alerts().size() - 1);
            assertThat(alerts.find(before.alertId()).orElseThrow()).isEqualTo(reviewed);
            Alert other = alerts.find(first.selection().alerts().get(1).alertId()).orElseThrow();
            assertThat(other.modelVersion()).isEqualTo(second.id());
            assertThat(other.alertTimestamp()).isEqualTo(FIRST_RUN.instant());
            assertThat(other.updatedTimestamp()).isEqualTo(SECOND_RUN.instant());
        }
    }

    @Test
    void given_a_day_scored_by_an_older_model_when_a_newer_model_scores_it_then_the_day_holds_one_models_top_k_open()
            throws IOException {
        FileModelRegistry own = new FileModelRegistry(dir.resolve("registry"), TRAINED);
        ModelPackage older = approve(own, TRAINING, dir.resolve("training-1"));
        // the older run raised more than the newer one's cap, so some of its alerts cannot be raised again
        IotadConfig topNine = SCORING.withOverrides(List.of("inference.top_k_per_day=9"));
        IotadConfig topFive = SCORING.withOverrides(List.of("inference.top_k_per_day=5"));
        LocalDate day = portfolio.lastDay();
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("alerts.db"))) {
            score(own, topNine, portfolio.telemetry(), alerts, FIRST_RUN, day, dir.resolve("run-1"));
            // a different model: another strategy ranks the apartments differently
            ModelPackage newer = approve(own, TRAINING.withOverrides(List.of("training.model_strategy=isolation_forest")),
                    dir.resolve("training-2"));
            InferenceOutcome again = score(own, topFive, portfolio.telemetry(), alerts, SECOND_RUN, day, dir.resolve("run-2"));

            List<Alert> open = alerts.byDateRange(day, day, AlertStatus.UNSEEN);
            assertThat(open).hasSize(5).allSatisfy(a -> assertThat(a.modelVersion()).isEqualTo(newer.id()));
            List<Alert> superseded = alerts.byDateRange(day, day, AlertStatus.SUPERSEDED);
            assertThat(superseded).hasSize(again.published().superseded()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(a -> {
                assertThat(a.modelVersion()).isEqualTo(older.id());
                assertThat(a.supersededBy()).isEqualTo(newer.id());
            });
            assertThat(open.size() + superseded.size()).isEqualTo(alerts.byDateRange(day, day, null).size());
        }
    }

    @Test
    void given_no_approved_model_when_scoring_then_get_approved_model_package_fails_naming_the_group() throws IOException {
        FileModelRegistry empty = new FileModelRegistry(dir.resolve("empty-registry"));
        IotadConfig config = SCORING.withOverrides(List.of("inference.model_group=passive_house"));
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("alerts.db"))) {
            StepFailedException e = catchThrowableOfType(StepFailedException.class, () -> score(empty, config,
                    portfolio.telemetry(), alerts, FIRST_RUN, portfolio.lastDay(), dir.resolve("run")));
            assertThat(e.step()).isEqualTo("GetApprovedModelPackage");
            assertThat(e.getMessage()).contains("'passive_house'").contains("Approved");
        }
        JsonNode report = new ObjectMapper().readTree(dir.resolve("run").resolve("run_report.json").toFile());
        assertThat(report.get("status").asText()).isEqualTo(WorkflowRun.FAILED);
        assertThat(report.get("steps")).hasSize(1);
        assertThat(report.at("/steps/0/name").asText()).isEqualTo("GetApprovedModelPackage");
        assertThat(report.at("/steps/0/status").asText()).isEqualTo("Failed");
        assertThat(report.at("/steps/0/failure").asText()).contains("'passive_house'");
    }

    @Test
    void given_a_scored_day_without_weather_in_every_building_when_scoring_then_feature_engineering_stops_on_the_contract()
            throws IOException {
        LocalDate day = portfolio.lastDay();
        Telemetry noWeather = portfolio.withoutWeather(day, portfolio.telemetry().buildings().keySet());
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("alerts.db"))) {
            StepFailedException e = catchThrowableOfType(StepFailedException.class,
                    () -> score(registry, SCORING, noWeather, alerts, FIRST_RUN, day, dir.resolve("run")));
            assertThat(e.step()).isEqualTo("FeatureEngineeringInference");
            assertThat(e.getCause()).isInstanceOf(ContractViolationException.class);
            ContractViolationException cause = (ContractViolationException) e.getCause();
            assertThat(cause.field()).isEqualTo("avg_outdoor_temp_c");
            assertThat(cause.getMessage()).contains("day " + day).contains("100.0% missing").contains("limit 10.0%");
            assertThat(alerts.byDateRange(day, day, null)).isEmpty();
        }
        JsonNode report = new ObjectMapper().readTree(dir.resolve("run").resolve("run_report.json").toFile());
        assertThat(report.get("status").asText()).isEqualTo(WorkflowRun.FAILED);
        assertThat(report.at("/steps/1/name").asText()).isEqualTo("FeatureEngineeringInference");
        assertThat(report.at("/steps/1/failure").asText()).contains("avg_outdoor_temp_c");
    }

    @Test
    void given_one_building_of_twelve_without_weather_when_scoring_then_the_run_passes_and_its_weather_stays_missing()
            throws IOException {
        LocalDate day = portfolio.lastDay();
        String building = portfolio.telemetry().buildings().keySet().stream().sorted().findFirst().orElseThrow();
        Telemetry gap = portfolio.withoutWeather(day, Set.of(building));
        InferenceOutcome outcome;
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("alerts.db"))) {
            outcome = score(registry, SCORING, gap, alerts, FIRST_RUN, day, dir.resolve("run"));
        }
        assertThat(outcome.report().succeeded()).isTrue();
        FeatureFrame rows = onDay(outcome.scores().rows(), day);
        int c = rows.schema().require("avg_outdoor_temp_c");
        int inBuilding = 0;
        for (int i = 0; i < rows.rowCount(); i++) {
            if (rows.buildingId(i).equals(building)) {
                inBuilding++;
                assertThat(rows.value(i, c)).as("outdoor temperature of %s", rows.key(i)).isNaN();
            } else {
                assertThat(rows.value(i, c)).as("outdoor temperature of %s", rows.key(i)).isFinite();
            }
        }
        assertThat(inBuilding).isPositive();
    }

    @Test
    void given_default_limits_when_a_day_is_scored_then_the_report_holds_the_drift_verdict_and_the_retraining_decision()
            throws IOException {
        LocalDate day = portfolio.lastDay();
        InferenceOutcome r;
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("alerts.db"))) {
            r = new InferenceWorkflow(SCORING, registry, alerts, FIRST_RUN, ProgressListener.NONE, WorkflowRun.StepListener.NONE)
                    .withMonitoring(java.util.Optional.empty(), java.util.Optional.of(dir.resolve("history.csv")))
                    .run(TelemetrySource.loaded(portfolio.telemetry()), day, day, dir.resolve("run"));
        }

        assertThat(r.report().steps()).extracting(io.iotad.pipeline.run.StepReport::name).containsExactly(
                "GetApprovedModelPackage", "FeatureEngineeringInference", "DataDrift", "BatchScore", "ProcessResults",
                "RetrainingDecision");
        assertThat(r.report().steps().get(2).facts()).containsEntry("judged", true).containsKey("by_day");
        assertThat(dir.resolve("run").resolve(io.iotad.pipeline.monitoring.DriftReportHtml.FILE_NAME)).exists();
        assertThat(io.iotad.pipeline.monitoring.MonitoringHistory.read(dir.resolve("history.csv")))
                .extracting(io.iotad.pipeline.monitoring.RetrainingPolicy.DriftDay::day).containsExactly(day);
        assertThat(r.retraining().asOf()).isEqualTo(day);
        assertThat(r.retraining().triggers()).extracting(io.iotad.pipeline.monitoring.RetrainingDecision.Trigger::name)
                .containsExactly("new_labels", "drift_days", "reported_precision");
        assertThat(r.report().steps().get(5).facts()).containsKey("retrain");
    }

    @Test
    void given_a_stop_limit_of_zero_when_a_day_is_scored_then_the_drift_step_stops_the_run_before_scoring()
            throws IOException {
        LocalDate day = portfolio.lastDay();
        IotadConfig strict = SCORING.withOverrides(List.of("monitoring.psi_warn=0", "monitoring.psi_stop=0"));
        Path out = dir.resolve("run");
        StepFailedException e;
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("alerts.db"))) {
            e = catchThrowableOfType(StepFailedException.class, () -> score(registry, strict, portfolio.telemetry(), alerts,
                    FIRST_RUN, day, out));
            assertThat(alerts.byDateRange(day, day, null)).isEmpty();
        }

        assertThat(e.step()).isEqualTo("DataDrift");
        assertThat(e.getCause()).isInstanceOf(io.iotad.pipeline.monitoring.DriftStopException.class)
                .hasMessageContaining("statistic psi").hasMessageContaining("monitoring.psi_stop=0.0")
                .hasMessageContaining("segment ").hasMessageContaining("band ");
        assertThat(out.resolve("scores.csv")).doesNotExist();
        assertThat(out.resolve(io.iotad.pipeline.monitoring.DriftReportHtml.FILE_NAME)).exists();
        JsonNode report = new ObjectMapper().readTree(out.resolve("run_report.json").toFile());
        assertThat(report.path("status").asText()).isEqualTo(WorkflowRun.FAILED);
        assertThat(report.path("steps").get(2).path("facts").path("first_stop").path("statistic").asText()).isEqualTo("psi");
    }

    @Test
    void given_a_threshold_chosen_from_labels_when_inference_runs_then_it_uses_the_models_threshold() throws IOException {
        FileModelRegistry own = new FileModelRegistry(dir.resolve("registry"), TRAINED);
        IotadConfig fromLabels = TRAINING.withOverrides(List.of("training.threshold_from_labels=pr_curve",
                "training.visits_per_day=3", "training.min_labelled_days=1"));
        ModelPackage pkg = portfolio.trainAndApprove(fromLabels, own, TRAINED, dir.resolve("training"));
        var policy = io.iotad.core.artifact.ModelArtifact.read(own.artifactPath(pkg)).attachments()
                .get(io.iotad.core.artifact.ArtifactAttachments.ALERT_POLICY).map(b -> io.iotad.pipeline.alerting
                        .ThresholdFromLabels.Choice.fromJson(b, "test")).orElseThrow();
        IotadConfig scoring = IotadConfig.defaults().withOverrides(List.of("inference.suppression.vacation_hours=0",
                "feature_engineering.null_rate_limit=0.10"));
        InferenceOutcome r;
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("alerts.db"))) {
            r = score(own, scoring, portfolio.telemetry(), alerts, FIRST_RUN, portfolio.lastDay(), dir.resolve("run"));
        }

        assertThat(policy.visitsPerDay()).isEqualTo(3);
        assertThat(policy.alertsPerDay()).isLessThanOrEqualTo(3);
        assertThat(pkg.metadata()).containsEntry("alert_threshold", policy.threshold());
        assertThat(r.report().steps().get(4).facts()).containsEntry("alert_threshold", policy.threshold())
                .containsEntry("alert_threshold_source", "model (threshold from labels)").containsEntry("top_k_per_day", 3);
        assertThat(r.selection().alerts()).allSatisfy(a -> assertThat(a.anomalyScore()).isGreaterThanOrEqualTo(policy.threshold()));
        assertThat(r.selection().alerts()).hasSizeLessThanOrEqualTo(3);
    }
}
