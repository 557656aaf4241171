package io.iotad.pipeline.flywheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelStatus;
import io.iotad.core.score.Label;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small season end to end: 40 apartments, 70 days, faults four times as frequent as by default. */
class FlywheelTest {
    private static final LocalDate START = LocalDate.of(2024, 11, 1);
    private static final int DAYS = 70;
    private static final int WARMUP = 14;

    @TempDir
    static Path shared;
    private static Telemetry telemetry;
    private static Labels truth;

    @TempDir
    Path dir;

    @BeforeAll
    static void simulate() throws IOException {
        Path data = shared.resolve("data");
        new PortfolioSimulator(SimulationOptions.builder().apartments(40).buildings(4).days(DAYS).startDate(START)
                .seed(5L).faultRate(4.0).weatherGaps(0).build()).run(data);
        PortfolioInputs inputs = PortfolioInputs.inDirectory(data);
        telemetry = new TelemetryLoader(IotadConfig.defaults(), null, ProgressListener.NONE).load(inputs, new HashMap<>());
        truth = LabelsCsv.read(inputs.labels());
    }

    private static FlywheelOptions options(boolean autoApprove) {
        // the default K of 180 apartments is 3, the capacity of this small portfolio
        return FlywheelOptions.defaults(180, 9L).withWarmupDays(WARMUP).withAutoApprove(autoApprove);
    }

    private static FlywheelResult run(FlywheelOptions options, Path out) throws IOException {
        return new Flywheel(IotadConfig.defaults(), options, new LabelCountTrigger(7, 5, 3), ProgressListener.NONE)
                .run(telemetry, truth, out);
    }

    @Test
    void a_season_runs_from_a_cold_start_and_only_visited_alerts_become_labels() throws IOException {
        FlywheelResult r = run(options(true), dir.resolve("run"));
        reportsHoldEveryWeek(r);

        assertThat(r.weeks()).hasSize((DAYS - WARMUP + 6) / 7);
        assertThat(r.weeks().get(0).from()).isEqualTo(START.plusDays(WARMUP));
        assertThat(r.weeks().get(0).model()).isEqualTo("flywheel/1");
        assertThat(r.weeks().get(0).strategy()).isEqualTo("lof");
        int visits = r.weeks().stream().mapToInt(FlywheelWeek::visits).sum();
        FlywheelWeek last = r.weeks().get(r.weeks().size() - 1);
        assertThat(last.labels()).isEqualTo(visits);
        for (FlywheelWeek w : r.weeks()) {
            assertThat(w.visits()).isLessThanOrEqualTo(3 * 7);
            assertThat(w.precisionAtK()).isEqualTo(w.visits() == 0 ? Double.NaN : w.hits() / (double) w.visits());
            assertThat(w.precisionAtDefaultK()).isEqualTo(w.precisionAtK()); // K is the default here
        }

        List<Alert> resolved = new ArrayList<>();
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("run/alerts.db"));
             SqliteLabelStore labels = SqliteLabelStore.open(dir.resolve("run/labels.db"))) {
            resolved.addAll(alerts.byDateRange(START, START.plusDays(DAYS), AlertStatus.RESOLVED_TRUE_POSITIVE));
            resolved.addAll(alerts.byDateRange(START, START.plusDays(DAYS), AlertStatus.RESOLVED_FALSE_POSITIVE));
            assertThat(alerts.byDateRange(START, START.plusDays(DAYS), AlertStatus.UNSEEN)).isEmpty();
            Labels stored = labels.load();
            Set<String> visited = resolved.stream().map(a -> a.apartmentId() + "#" + a.eventDate()).collect(Collectors.toSet());
            assertThat(stored.size()).isEqualTo(visits).isEqualTo(resolved.size());
            assertThat(stored.all()).allMatch(l -> visited.contains(l.apartmentId() + "#" + l.eventDate()));
            assertThat(stored.all()).noneMatch(l -> UnlabelledSampling.SAMPLED_CAUSE.equals(l.cause()));
            assertThat(stored.positives()).isEqualTo(last.positiveLabels());
        }

        FileModelRegistry registry = new FileModelRegistry(dir.resolve("run/registry"));
        List<ModelPackage> versions = registry.list("flywheel");
        long promoted = r.attempts().stream().filter(RetrainingAttempt::approved).count();
        assertThat(r.attempts()).isNotEmpty();
        assertThat(versions).hasSize(1 + (int) promoted);
        assertThat(versions).allMatch(p -> p.status() == ModelStatus.APPROVED);
        for (RetrainingAttempt a : r.attempts()) {
            assertThat(a.trainedTo()).isBefore(a.day());
            assertThat(a.registered().isPresent()).isEqualTo(a.approved());
            a.gate().ifPresent(g -> assertThat(g.promote()).isEqualTo(a.approved()));
            if (a.approved()) {
                ModelPackage p = registry.get("flywheel", Integer.parseInt(a.registered().get().split("/")[1])).orElseThrow();
                assertThat(p.metadata()).containsKeys("sampled_unlabelled", "visited_labels", "gate", "trigger");
                assertThat(p.metadata().get("strategy")).isEqualTo("xgboost");
            }
        }
    }

    @Test
    void without_auto_approval_candidates_wait_for_a_person_and_the_cold_start_model_keeps_scoring() throws IOException {
        FlywheelResult r = run(options(false), dir.resolve("run"));

        assertThat(r.weeks()).extracting(FlywheelWeek::model).containsOnly("flywheel/1");
        FileModelRegistry registry = new FileModelRegistry(dir.resolve("run/registry"));
        assertThat(registry.list("flywheel")).filteredOn(p -> p.version() > 1)
                .allMatch(p -> p.status() == ModelStatus.PENDING_MANUAL_APPROVAL);
        assertThat(r.attempts()).noneMatch(RetrainingAttempt::approved);
    }

    private void reportsHoldEveryWeek(FlywheelResult r) throws IOException {
        FlywheelReport.writeJson(r, dir.resolve(FlywheelReport.JSON_FILE));
        FlywheelReport.writeHtml(r, dir.resolve(FlywheelReport.HTML_FILE));

        JsonNode json = new ObjectMapper().readTree(dir.resolve(FlywheelReport.JSON_FILE).toFile());
        assertThat(json.get("weeks")).hasSize(r.weeks().size());
        for (JsonNode w : json.get("weeks")) {
            assertThat(w.has("week") && w.has("model") && w.has("precision_at_k") && w.has("recall_at_k") && w.has("labels"))
                    .as("%s", w).isTrue();
        }
        assertThat(json.get("attempts")).hasSize(r.attempts().size());
        String html = Files.readString(dir.resolve(FlywheelReport.HTML_FILE));
        assertThat(html).contains("<svg", "polyline", "Retraining attempts");
        assertThat(FlywheelReport.table(r)).hasSize(1 + r.weeks().size());
    }

    @Test
    void a_folder_with_files_in_it_is_refused_before_anything_runs() throws IOException {
        Files.writeString(dir.resolve("keep.txt"), "x");
        assertThatThrownBy(() -> run(options(true), dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not empty");
    }

    @Test
    void the_default_k_scales_the_seeds_fifty_a_day_for_three_thousand_apartments() {
        assertThat(FlywheelOptions.defaultK(300)).isEqualTo(5);
        assertThat(FlywheelOptions.defaultK(3000)).isEqualTo(50);
        assertThat(FlywheelOptions.defaultK(20)).isEqualTo(1);
    }
}
