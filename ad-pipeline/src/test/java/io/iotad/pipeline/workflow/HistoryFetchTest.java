package io.iotad.pipeline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.artifact.ArtifactMetadata;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.artifact.TrainingLineage;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.features.contract.DataContract;
import io.iotad.features.lake.LakeWriteMode;
import io.iotad.features.lake.ReadingsLake;
import io.iotad.features.scoring.ModelScoring;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.run.WorkflowRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model declares the history it needs (Detector.historyDays) and the scoring workflows fetch it:
 * inference asks its source for feature_engineering.lookback_days plus that many days, and the
 * processed zone reads exactly that window, scoring as the raw files do.
 */
class HistoryFetchTest {
    /** A persistence rule over 4 days: the detector reads 3 days before each scored day. */
    private static final IotadConfig CONFIG = IotadConfig.defaults().withOverrides(List.of("training.holdout_days=7",
            "training.model_strategy=rules", "training.hyperparameters={rules: [{type: persistence, name: cold, "
                    + "feature: avg_temp_diff, op: '<', value: -0.5, days: 4}]}",
            "inference.top_k_per_day=12", "inference.suppression.vacation_hours=0"));

    @TempDir
    static Path shared;
    private static TinyPortfolio portfolio;
    private static ReadingsLake lake;
    private static FileModelRegistry registry;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainApproveAndIngest() throws IOException {
        portfolio = TinyPortfolio.simulate(shared.resolve("data"), 12, 3, 30, 5);
        lake = new ReadingsLake(shared.resolve("lake"));
        lake.write(portfolio.telemetry().apartments(), portfolio.telemetry().weather(), LakeWriteMode.MERGE);
        registry = new FileModelRegistry(shared.resolve("registry"));
        portfolio.trainAndApprove(CONFIG, registry, Clock.systemUTC(), shared.resolve("training"));
    }

    private InferenceOutcome score(TelemetrySource source, LocalDate day, String name) throws IOException {
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve(name + ".db"))) {
            return new InferenceWorkflow(CONFIG, registry, alerts, Clock.systemUTC(), ProgressListener.NONE,
                    WorkflowRun.StepListener.NONE).run(source, DaySelection.of(day, day), dir.resolve(name));
        }
    }

    @Test
    void given_a_model_with_history_when_the_lake_scores_a_day_then_it_reads_that_history_and_scores_as_the_files()
            throws IOException {
        LocalDate day = portfolio.lastDay();
        TelemetryLoader loader = new TelemetryLoader(CONFIG, null, ProgressListener.NONE);

        InferenceOutcome fromLake = score(TelemetrySource.lake(lake, portfolio.inputs().weather(),
                portfolio.inputs().buildings(), loader), day, "lake");
        InferenceOutcome fromFiles = score(TelemetrySource.files(portfolio.inputs(), loader), day, "files");

        Map<String, Object> read = fromLake.report().steps().get(1).facts();
        assertThat(read).containsEntry("lookback_days", CONFIG.featureEngineering().lookbackDays() + 3)
                .containsEntry("partitions", (long) CONFIG.featureEngineering().lookbackDays() + 3 + 1);
        assertThat(fromLake.report().steps().stream().filter(st -> st.name().equals("BatchScore")).findFirst().orElseThrow()
                .facts()).containsEntry("history_days_needed", 3)
                .doesNotContainKey("history_short_of_detector");
        assertThat(fromLake.scores().values()).containsExactly(fromFiles.scores().values());
        assertThat(fromLake.scores().scoredCount()).isEqualTo(12);
    }

    @Test
    void given_no_end_day_when_scored_then_the_last_day_of_the_data_is_scored() throws IOException {
        InferenceOutcome r = score0(DaySelection.defaults());

        assertThat(r.from()).isEqualTo(portfolio.lastDay());
        assertThat(r.to()).isEqualTo(portfolio.lastDay());
        assertThat(r.ingest().apartments()).isEqualTo(12);
    }

    private InferenceOutcome score0(DaySelection days) throws IOException {
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("d.db"))) {
            return new InferenceWorkflow(CONFIG, registry, alerts, Clock.systemUTC(), ProgressListener.NONE,
                    WorkflowRun.StepListener.NONE).run(TelemetrySource.loaded(portfolio.telemetry()), days, dir.resolve("d"));
        }
    }

    @Test
    void given_rows_with_less_history_than_the_detector_reads_when_scored_then_the_shortfall_is_reported() throws IOException {
        ModelScoring scoring = new ModelScoring("global/1", ModelArtifact.read(registry.artifactPath(
                registry.latestApproved("global").orElseThrow())), DataContract.none(), ProgressListener.NONE);
        FeatureFrame all = scoring.features(portfolio.telemetry().apartments(), portfolio.telemetry().weather(),
                new HashMap<>());
        LocalDate day = portfolio.lastDay();
        Map<String, Object> full = new HashMap<>();
        Map<String, Object> cut = new HashMap<>();

        scoring.score(all, day, day, full);
        scoring.score(TrainingSplit.between(all, day.minusDays(1), day), day, day, cut);

        assertThat(scoring.lookbackDays(7)).isEqualTo(10);
        assertThat(full).containsEntry("history_days_needed", 3).doesNotContainKey("history_short_of_detector");
        assertThat(cut).containsEntry("history_short_of_detector", true);
    }

    @Test
    void given_a_model_trained_on_a_csv_when_used_to_score_days_then_it_is_refused_naming_the_csv_mode() throws IOException {
        FeatureFrame train = new ModelScoring("global/1", ModelArtifact.read(registry.artifactPath(
                registry.latestApproved("global").orElseThrow())), DataContract.none(), ProgressListener.NONE)
                .features(portfolio.telemetry().apartments(), portfolio.telemetry().weather(), new HashMap<>());
        Detector d = DetectorStrategies.byName("isolation_forest").bind(Map.of("trees", 10))
                .fit(train, Labels.empty(), FitContext.seeded(1));
        Path csvModel = dir.resolve("csv-model.tar.gz");
        ModelArtifact.write(csvModel, d, ArtifactMetadata.of(TrainingLineage.of(train, Labels.empty())));

        assertThatThrownBy(() -> new ModelScoring(csvModel.toString(), ModelArtifact.read(csvModel), DataContract.none(),
                ProgressListener.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("records no feature pipeline", "--input FEATURES.csv");
    }
}
