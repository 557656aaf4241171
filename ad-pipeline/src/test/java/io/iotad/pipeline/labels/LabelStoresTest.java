package io.iotad.pipeline.labels;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertBatch;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.label.LabelStore;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelStoresTest {
    private static final LocalDate DAY = LocalDate.of(2024, 1, 15);
    private static final Instant RUN = Instant.parse("2024-01-16T03:00:00Z");

    @TempDir
    Path dir;

    @Test
    void given_a_csv_store_when_appending_twice_then_the_later_verdict_replaces_the_earlier() throws Exception {
        CsvLabelStore store = new CsvLabelStore(dir.resolve("data/labels.csv"));
        assertThat(store.load().size()).isZero();
        store.append(List.of(new Label("A1", DAY, 1, "leak"), new Label("A2", DAY, 1, "valve_stuck_closed")), "simulator");
        store.append(List.of(new Label("A1", DAY, 0, "resident_away")), "technician:alice");
        Labels labels = store.load();
        assertThat(labels.size()).isEqualTo(2);
        assertThat(labels.get("A1", DAY).orElseThrow().label()).isZero();
        assertThat(Files.readAllLines(store.file())).hasSize(4).first().isEqualTo(LabelsCsv.HEADER);
    }

    @Test
    void given_concurrent_csv_appends_when_loaded_then_no_line_is_lost_or_torn() throws Exception {
        CsvLabelStore store = new CsvLabelStore(dir.resolve("labels.csv"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        store.append(List.of(new Label("T" + thread + "A" + i, DAY, i % 2, "c")), "t");
                    }
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.load().size()).isEqualTo(200);
        assertThat(Files.readAllLines(store.file()).stream().filter(LabelsCsv.HEADER::equals).count()).isEqualTo(1);
    }

    @Test
    void given_an_sqlite_store_when_appending_twice_then_the_later_verdict_and_source_win() {
        try (SqliteLabelStore store = SqliteLabelStore.open(dir.resolve("iotad.db"), 1000,
                Clock.fixed(RUN, ZoneOffset.UTC))) {
            store.append(List.of(new Label("A1", DAY, 1, "leak"), new Label("A2", DAY.plusDays(1), 0, "")), "simulator");
            store.append(List.of(new Label("A1", DAY, 0, "resident_away")), "technician:alice");
            Labels labels = store.load();
            assertThat(labels.all()).containsExactly(new Label("A1", DAY, 0, "resident_away"),
                    new Label("A2", DAY.plusDays(1), 0, ""));
            assertThat(store.sourceOf("A1", DAY)).isEqualTo("technician:alice");
            assertThat(store.sourceOf("A9", DAY)).isEmpty();
        }
    }

    @Test
    void given_resolved_alerts_when_transferred_then_true_positives_are_faults_and_false_positives_not() {
        Path db = dir.resolve("iotad.db");
        try (SqliteAlertStore alerts = SqliteAlertStore.open(db); SqliteLabelStore labels = SqliteLabelStore.open(db)) {
            alerts.publish(new AlertBatch("global/1", DAY, DAY, RUN, List.of(alert("A1"), alert("A2"), alert("A3"), alert("A4"))));
            alerts.recordFeedback("A1#" + DAY, AlertStatus.RESOLVED_TRUE_POSITIVE, "valve_stuck_closed", "fixed");
            alerts.recordFeedback("A2#" + DAY, AlertStatus.RESOLVED_FALSE_POSITIVE, "resident_away", "");
            alerts.recordFeedback("A3#" + DAY, AlertStatus.INVESTIGATING, "", "");

            int written = FeedbackLabels.transfer(alerts, labels, DAY, DAY);

            assertThat(written).isEqualTo(2);
            Labels l = labels.load();
            assertThat(l.get("A1", DAY)).contains(new Label("A1", DAY, 1, "valve_stuck_closed"));
            assertThat(l.get("A2", DAY)).contains(new Label("A2", DAY, 0, "resident_away"));
            assertThat(l.get("A3", DAY)).isEmpty();
            assertThat(labels.sourceOf("A1", DAY)).isEqualTo(FeedbackLabels.SOURCE);
        }
    }

    @Test
    void given_unresolved_alerts_when_converted_then_no_labels() {
        LabelStore none = new CsvLabelStore(dir.resolve("labels.csv"));
        assertThat(FeedbackLabels.toLabels(List.of(alert("A1")))).isEmpty();
        assertThat(none.load().size()).isZero();
    }

    private static Alert alert(String apt) {
        return Alert.unseen(apt, "B1", DAY, RUN, 3.0, 2.0, "global/1");
    }
}
