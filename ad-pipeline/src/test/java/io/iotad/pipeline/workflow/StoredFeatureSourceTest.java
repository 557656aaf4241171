package io.iotad.pipeline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelStatus;
import io.iotad.features.extract.FeatureExtractors;
import io.iotad.features.lake.LakeWriteMode;
import io.iotad.features.lake.ReadingsLake;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.run.StepFailedException;
import io.iotad.pipeline.run.StepReport;
import io.iotad.pipeline.run.WorkflowRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily run from the processed zone with its feature store: each day's rows, whether computed
 * incrementally from the stored rows of the days before or recomputed from the lake because a stored day was
 * missing or its partition changed, equal the rows of a batch over the whole season bit for bit, in every
 * feature column (standard and fault-physics: 28-day baselines, trends, occupancy, peers), and score the same
 * as the batch run from the lake.
 */
class StoredFeatureSourceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-20T04:00:00Z"), ZoneOffset.UTC);
    private static final IotadConfig TRAINING = IotadConfig.defaults().withOverrides(List.of(
            "training.holdout_days=10", "training.model_strategy=isolation_forest",
            "feature_engineering.extractors=[" + String.join(", ", FeatureExtractors.FAULT_PHYSICS) + "]"));

    @TempDir
    static Path shared;
    private static TinyPortfolio portfolio;
    private static ReadingsLake lake;
    private static FileModelRegistry registry;
    private static FeatureFrame season;

    @TempDir
    Path dir;

    @BeforeAll
    static void simulateIngestTrainAndApprove() throws IOException {
        portfolio = TinyPortfolio.simulate(shared.resolve("portfolio"), 24, 4, 45, 29L);
        lake = new ReadingsLake(shared.resolve("lake"));
        lake.write(portfolio.telemetry().apartments(), portfolio.telemetry().weather(), LakeWriteMode.MERGE);
        registry = new FileModelRegistry(shared.resolve("registry"), CLOCK);
        TrainingOutcome trained = new TrainingWorkflow(TRAINING, registry, CLOCK, ProgressListener.NONE,
                WorkflowRun.StepListener.NONE).run(TelemetrySource.loaded(portfolio.telemetry()), portfolio.labels(), true,
                shared.resolve("training"));
        ModelPackage pkg = trained.registered().orElseThrow();
        registry.updateStatus(pkg.group(), pkg.version(), ModelStatus.APPROVED, "approved by the test");
        season = new FeatureEngineering(FeatureEngineering.specFrom(TRAINING.featureEngineering()),
                io.iotad.features.contract.DataContract.none(), ProgressListener.NONE)
                .compute(portfolio.telemetry(), new HashMap<>());
    }

    private InferenceOutcome score(TelemetrySource source, LocalDate day, String name) throws IOException {
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve(name + ".db"))) {
            return new InferenceWorkflow(IotadConfig.defaults(), registry, alerts, CLOCK, ProgressListener.NONE,
                    WorkflowRun.StepListener.NONE).run(source, day, day, dir.resolve(name));
        }
    }

    private StoredFeatureSource stored() {
        return new StoredFeatureSource(lake, dir.resolve("features"), portfolio.inputs().weather(),
                portfolio.inputs().buildings(), new TelemetryLoader(IotadConfig.defaults(), null, ProgressListener.NONE));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> storeFacts(InferenceOutcome out) {
        StepReport fe = out.report().steps().stream().filter(s -> s.name().equals("FeatureEngineeringInference"))
                .findFirst().orElseThrow();
        return (Map<String, Object>) fe.facts().get("feature_store");
    }

    private static void assertBitForBit(FeatureFrame actual, FeatureFrame expected, LocalDate day) {
        assertThat(actual.schema()).isEqualTo(expected.schema());
        assertThat(actual.rowCount()).as("rows of %s", day).isEqualTo(expected.rowCount()).isPositive();
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < expected.rowCount(); i++) {
            assertThat(actual.key(i)).isEqualTo(expected.key(i));
            for (int c = 0; c < expected.schema().size(); c++) {
                if (Double.doubleToLongBits(actual.value(i, c)) != Double.doubleToLongBits(expected.value(i, c))) {
                    differ.add(expected.key(i) + " " + expected.schema().names().get(c) + ": " + actual.value(i, c)
                            + " != " + expected.value(i, c));
                }
            }
        }
        assertThat(differ).as("feature values of %s that differ from the season's batch", day).isEmpty();
    }

    private InferenceOutcome scoreAndCompare(StoredFeatureSource source, LocalDate day, String expectedMode) throws IOException {
        InferenceOutcome out = score(source, day, "stored-" + day);
        assertThat(storeFacts(out)).as("feature store of %s", day).containsEntry("mode", expectedMode);
        assertBitForBit(out.scores().rows(), TrainingSplit.between(season, day, day), day);
        return out;
    }

    @Test
    void given_daily_runs_when_days_are_missing_or_late_then_every_days_rows_equal_the_seasons_batch_bit_for_bit()
            throws IOException {
        LocalDate first = portfolio.lastDay().minusDays(6);
        StoredFeatureSource source = stored();

        InferenceOutcome bootstrap = scoreAndCompare(source, first, "computed_from_lake");
        assertThat(storeFacts(bootstrap).get("computed_from_lake").toString()).endsWith(".." + first);
        InferenceOutcome incremental = scoreAndCompare(source, first.plusDays(1), "incremental");
        assertThat(incremental.report().steps().get(1).facts()).containsEntry("lookback_days_read", StoredFeatureSource.CONTEXT_DAYS);
        scoreAndCompare(source, first.plusDays(2), "incremental");

        // a missing day in the store: recomputed from the processed zone, from that day on
        Path store = dir.resolve("features");
        try (Stream<Path> days = Files.walk(store)) {
            for (Path p : days.filter(p -> p.getFileName().toString().startsWith("day=" + first.plusDays(1))).toList()) {
                Files.delete(p);
            }
        }
        InferenceOutcome refilled = scoreAndCompare(source, first.plusDays(3), "computed_from_lake");
        assertThat(storeFacts(refilled)).containsEntry("computed_from_lake", first.plusDays(1) + ".." + first.plusDays(3));
        // its readings reach a lookback further back than the weather the run loaded: read again, from there, and said
        assertThat(storeFacts(refilled)).containsKey("weather_reloaded_from");
        assertThat(incremental.report().steps().get(1).facts()).containsKey("weather_rows_outside_window");
        assertThat((Map<String, Object>) storeFacts(incremental)).doesNotContainKey("weather_reloaded_from");

        // a late file re-ingested the partition of a stored day: that day and the ones after it are recomputed
        Path partition = lake.partitionFile(first.plusDays(2));
        Files.setLastModifiedTime(partition, FileTime.from(Files.getLastModifiedTime(partition).toInstant().plusSeconds(60)));
        InferenceOutcome late = scoreAndCompare(source, first.plusDays(4), "computed_from_lake");
        assertThat(storeFacts(late)).containsEntry("computed_from_lake", first.plusDays(2) + ".." + first.plusDays(4));

        scoreAndCompare(source, first.plusDays(5), "incremental");
        InferenceOutcome last = scoreAndCompare(source, first.plusDays(6), "incremental");
        scoreAndCompare(source, first.plusDays(6), "stored");

        // the same scores as the batch run from the processed zone
        InferenceOutcome batch = score(TelemetrySource.lake(lake, portfolio.inputs().weather(), portfolio.inputs().buildings(),
                new TelemetryLoader(IotadConfig.defaults(), null, ProgressListener.NONE)), first.plusDays(6), "batch");
        assertThat(last.scores().size()).isEqualTo(batch.scores().size());
        for (int i = 0; i < batch.scores().size(); i++) {
            assertThat(Double.doubleToLongBits(last.scores().score(i))).isEqualTo(Double.doubleToLongBits(batch.scores().score(i)));
        }
    }

    @Test
    void given_a_store_whose_spec_file_was_changed_when_scoring_then_the_run_stops_naming_it() throws IOException {
        LocalDate day = portfolio.lastDay();
        scoreAndCompare(stored(), day, "computed_from_lake");
        Path specFile;
        try (Stream<Path> files = Files.walk(dir.resolve("features"))) {
            specFile = files.filter(p -> p.getFileName().toString().equals("spec.json")).findFirst().orElseThrow();
        }
        Files.writeString(specFile, Files.readString(specFile).replace("\"staleHours\" : 48.0", "\"staleHours\" : 24.0"));
        assertThatThrownBy(() -> score(stored(), day, "tampered"))
                .isInstanceOf(StepFailedException.class)
                .hasMessageContaining("spec.json").hasMessageContaining("store of exactly this spec");
    }
}
