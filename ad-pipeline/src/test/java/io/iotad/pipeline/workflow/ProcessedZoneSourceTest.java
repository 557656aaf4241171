package io.iotad.pipeline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.data.DataException;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.lake.LakeWriteMode;
import io.iotad.features.lake.ReadingsLake;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training and scoring can read the processed zone instead of raw files, with the same features. */
class ProcessedZoneSourceTest {
    @TempDir
    static Path dir;
    static TinyPortfolio portfolio;
    static ReadingsLake lake;

    @BeforeAll
    static void ingestIntoTheLake() throws Exception {
        portfolio = TinyPortfolio.simulate(dir.resolve("data"), 12, 3, 30, 5);
        lake = new ReadingsLake(dir.resolve("lake"));
        lake.write(portfolio.telemetry().apartments(), portfolio.telemetry().weather(), LakeWriteMode.MERGE);
    }

    @Test
    void given_the_lake_with_enough_lookback_when_features_are_computed_then_the_days_equal_the_raw_paths()
            throws Exception {
        LocalDate from = portfolio.firstDay().plusDays(15);
        LocalDate to = portfolio.lastDay();
        TelemetryLoader loader = new TelemetryLoader(IotadConfig.defaults(), null, ProgressListener.NONE);
        Map<String, Object> facts = new HashMap<>();
        Telemetry fromLake = TelemetrySource.lake(lake, from, to, 10, portfolio.inputs().weather(),
                portfolio.inputs().buildings(), loader).load(facts);

        FeatureEngineering fe = new FeatureEngineering(FeatureEngineering.specFrom(IotadConfig.defaults().featureEngineering()),
                io.iotad.features.contract.DataContract.none(), ProgressListener.NONE);
        FeatureFrame viaLake = TrainingSplit.between(fe.compute(fromLake, new HashMap<>()), from, to);
        FeatureFrame viaRaw = TrainingSplit.between(fe.compute(portfolio.telemetry(), new HashMap<>()), from, to);

        assertThat(viaLake.rowCount()).isEqualTo(viaRaw.rowCount()).isPositive();
        for (String f : viaRaw.schema().names()) {
            double[] a = viaLake.column(f);
            double[] b = viaRaw.column(f);
            for (int i = 0; i < a.length; i++) {
                // the same bits: a counter's increments of a day are summed within the day, so a window that
                // starts later than the season gives the same value
                assertThat(Double.doubleToLongBits(a[i])).as("%s row %d (%s): %s vs %s", f, i, viaRaw.key(i), a[i], b[i])
                        .isEqualTo(Double.doubleToLongBits(b[i]));
            }
        }
        assertThat(facts).containsEntry("apartments", 12).containsKey("partitions");
        assertThat(fromLake.ingest().quarantinedLines()).isZero();
    }

    @Test
    void a_range_without_partitions_is_refused_naming_the_lake_and_the_range() {
        TelemetryLoader loader = new TelemetryLoader(IotadConfig.defaults(), null, ProgressListener.NONE);
        LocalDate far = LocalDate.of(2030, 1, 10);
        assertThatThrownBy(() -> loader.loadFromLake(lake, far, far, 3, portfolio.inputs().weather(),
                portfolio.inputs().buildings(), new HashMap<>()))
                .isInstanceOf(DataException.class).hasMessageContaining("lake").hasMessageContaining("2030-01-07..2030-01-10");
    }

    @Test
    void the_lake_source_drives_a_training_run() throws Exception {
        LocalDate to = portfolio.lastDay();
        LocalDate from = portfolio.firstDay();
        TelemetryLoader loader = new TelemetryLoader(IotadConfig.defaults(), null, ProgressListener.NONE);
        IotadConfig config = IotadConfig.defaults().withOverrides(List.of("training.holdout_days=7"));
        TrainingOutcome out = new TrainingWorkflow(config, new io.iotad.pipeline.registry.FileModelRegistry(dir.resolve("registry")),
                java.time.Clock.systemUTC(), ProgressListener.NONE, io.iotad.pipeline.run.WorkflowRun.StepListener.NONE)
                .run(TelemetrySource.lake(lake, from, to, 0, portfolio.inputs().weather(), portfolio.inputs().buildings(), loader),
                        portfolio.labels(), true, dir.resolve("train"));
        assertThat(out.report().succeeded()).isTrue();
        assertThat(out.report().steps().get(0).facts()).containsKey("partitions");
    }
}
