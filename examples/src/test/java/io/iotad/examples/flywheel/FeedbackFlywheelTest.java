package io.iotad.examples.flywheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.alert.AlertStatus;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.artifact.ModelManifest;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelStatus;
import io.iotad.core.score.Labels;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import io.iotad.pipeline.labels.LabelsCsv;
import io.iotad.pipeline.labels.SqliteLabelStore;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.workflow.PortfolioInputs;
import io.iotad.pipeline.workflow.Telemetry;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.SimulationOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackFlywheelTest {
    @TempDir
    Path dir;

    @Test
    void given_an_unlabelled_portfolio_when_the_flywheel_turns_then_verdicts_become_labels_that_train_a_supervised_model()
            throws IOException {
        Path data = dir.resolve("data");
        new PortfolioSimulator(SimulationOptions.builder().apartments(20).buildings(4).days(40)
                .startDate(LocalDate.of(2024, 11, 1)).seed(3L).faultRate(4.0).weatherGaps(0).build()).run(data);
        IotadConfig config = IotadConfig.defaults().withOverrides(List.of("training.holdout_days=10"));
        PortfolioInputs inputs = PortfolioInputs.inDirectory(data);
        Telemetry telemetry = new TelemetryLoader(config, null, ProgressListener.NONE).load(inputs, new HashMap<>());
        Labels truth = LabelsCsv.read(inputs.labels());

        FlywheelResult r = new FeedbackFlywheel(config, 3, Clock.systemUTC()).turn(telemetry, truth, dir.resolve("out"));

        assertThat(r.firstModel().status()).isEqualTo(ModelStatus.APPROVED);
        assertThat(r.alerts()).isPositive().isLessThanOrEqualTo(3 * 40);
        assertThat(r.confirmedFaults()).isPositive();
        assertThat(r.confirmedFaults() + r.falseAlarms()).isEqualTo(r.alerts()).isEqualTo(r.labels());
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("out/alerts.db"));
             SqliteLabelStore labels = SqliteLabelStore.open(dir.resolve("out/labels.db"))) {
            LocalDate from = LocalDate.of(2024, 11, 1);
            LocalDate to = from.plusDays(39);
            assertThat(alerts.byDateRange(from, to, AlertStatus.UNSEEN)).isEmpty();
            assertThat(alerts.byDateRange(from, to, AlertStatus.RESOLVED_TRUE_POSITIVE)).hasSize(r.confirmedFaults());
            Labels learned = labels.load();
            assertThat(learned.size()).isEqualTo(r.labels());
            assertThat(learned.positives()).isEqualTo(r.confirmedFaults());
            learned.all().forEach(l -> assertThat(l.isFault()).isEqualTo(truth.get(l.apartmentId(), l.eventDate())
                    .map(t -> t.isFault()).orElse(false)));
        }
        ModelPackage second = r.retrained().registered().orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ModelStatus.PENDING_MANUAL_APPROVAL);
        ModelManifest manifest = ModelArtifact.readManifest(
                new FileModelRegistry(dir.resolve("out/registry")).artifactPath(second));
        assertThat(manifest.strategy()).isEqualTo("xgboost");
        assertThat(manifest.lineage().labelledRows()).isPositive().isLessThanOrEqualTo(r.labels());
    }

    @Test
    void given_no_review_capacity_when_constructed_then_refused_naming_the_option() {
        assertThatThrownBy(() -> new FeedbackFlywheel(IotadConfig.defaults(), 0, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reviewsPerDay").hasMessageContaining("0");
    }
}
