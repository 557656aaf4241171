package io.iotad.pipeline.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertBatch;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.label.LabelStore;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import io.iotad.pipeline.labels.FeedbackRecorder.Verdict;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackRecorderTest {
    private static final LocalDate DAY = LocalDate.of(2024, 2, 5);
    private static final Instant RUN = Instant.parse("2024-02-06T03:00:00Z");
    private static final String ID = "A1#2024-02-05";

    @TempDir
    Path dir;
    private SqliteAlertStore alerts;

    @BeforeEach
    void open() {
        alerts = SqliteAlertStore.open(dir.resolve("alerts.db"));
        alerts.publish(new AlertBatch("global/1", DAY, DAY, RUN, List.of(Alert.unseen("A1", "B1", DAY, RUN, 3, 2, "global/1"))));
    }

    @AfterEach
    void close() {
        alerts.close();
    }

    private static Verdict verdict(AlertStatus status, String cause) {
        return new Verdict(ID, status, Optional.ofNullable(cause), Optional.empty());
    }

    @Test
    void given_a_resolution_when_recorded_then_status_and_label_are_both_written() {
        CsvLabelStore labels = new CsvLabelStore(dir.resolve("labels.csv"));
        FeedbackRecorder.Outcome o = new FeedbackRecorder(alerts, labels).record(verdict(AlertStatus.RESOLVED_TRUE_POSITIVE, "pump"));
        assertThat(o.before().status()).isEqualTo(AlertStatus.UNSEEN);
        assertThat(o.after().status()).isEqualTo(AlertStatus.RESOLVED_TRUE_POSITIVE);
        assertThat(o.label()).contains(new Label("A1", DAY, 1, "pump"));
        assertThat(labels.load().get("A1", DAY)).contains(new Label("A1", DAY, 1, "pump"));
    }

    @Test
    void given_a_cause_with_a_line_break_when_recorded_then_refused_before_anything_is_written() {
        assertThatThrownBy(() -> verdict(AlertStatus.RESOLVED_TRUE_POSITIVE, "pump\nsecond line"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cause")
                .hasMessageContaining("line break").hasMessageContaining("position 5");
        assertThatThrownBy(() -> new Verdict(ID, AlertStatus.INVESTIGATING, Optional.empty(), Optional.of("a\tb")))
                .hasMessageContaining("notes holds a control character (U+0009)");
        assertThatThrownBy(() -> verdict(AlertStatus.INVESTIGATING, "x".repeat(FeedbackRecorder.MAX_TEXT_CHARS + 1)))
                .hasMessageContaining("2001 characters long");
        assertThatThrownBy(() -> verdict(AlertStatus.SUPERSEDED, null)).hasMessageContaining("cannot set an alert to Superseded");
        assertThatThrownBy(() -> verdict(AlertStatus.UNSEEN, null)).hasMessageContaining("cannot set an alert to Unseen");
        assertThat(alerts.find(ID).orElseThrow().status()).isEqualTo(AlertStatus.UNSEEN);
    }

    @Test
    void given_labels_pointing_at_a_folder_when_resolving_then_refused_first_the_alert_unchanged_and_a_retry_works() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("labels-folder"));
        FeedbackRecorder wrong = new FeedbackRecorder(alerts, new CsvLabelStore(folder));

        assertThatThrownBy(() -> wrong.record(verdict(AlertStatus.RESOLVED_TRUE_POSITIVE, "pump")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(folder.toString()).hasMessageContaining("a folder");
        assertThat(alerts.find(ID).orElseThrow().status()).isEqualTo(AlertStatus.UNSEEN);

        CsvLabelStore right = new CsvLabelStore(dir.resolve("labels.csv"));
        assertThat(new FeedbackRecorder(alerts, right).record(verdict(AlertStatus.RESOLVED_TRUE_POSITIVE, "pump")).label()).isPresent();
        assertThat(alerts.find(ID).orElseThrow().status()).isEqualTo(AlertStatus.RESOLVED_TRUE_POSITIVE);
    }

    @Test
    void given_a_label_write_that_fails_late_when_resolving_then_the_alert_keeps_its_status() throws Exception {
        // passes the up-front check, then fails while appending
        LabelStore failing = new LabelStore() {
            @Override
            public void append(java.util.Collection<Label> labels, String source) {
                throw new UncheckedIOException(new java.io.IOException("No space left on device"));
            }

            @Override
            public Labels load() {
                return Labels.empty();
            }
        };
        assertThatThrownBy(() -> new FeedbackRecorder(alerts, failing).record(verdict(AlertStatus.RESOLVED_FALSE_POSITIVE, "away")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("No space left");
        Alert a = alerts.find(ID).orElseThrow();
        assertThat(a.status()).isEqualTo(AlertStatus.UNSEEN);
        assertThat(a.feedbackCause()).isEmpty();
    }

    @Test
    void given_an_illegal_move_or_unknown_alert_when_recorded_then_refused_and_no_label_written() {
        Path file = dir.resolve("labels.csv");
        FeedbackRecorder r = new FeedbackRecorder(alerts, new CsvLabelStore(file));
        r.record(verdict(AlertStatus.RESOLVED_FALSE_POSITIVE, "away"));
        assertThatThrownBy(() -> r.record(verdict(AlertStatus.RESOLVED_TRUE_POSITIVE, "pump")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("from Resolved-False Positive to Resolved-True Positive");
        assertThatThrownBy(() -> r.record(new Verdict("A9#2024-02-05", AlertStatus.INVESTIGATING, Optional.empty(), Optional.empty())))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("A9#2024-02-05");
        assertThat(new CsvLabelStore(file).load().all()).containsExactly(new Label("A1", DAY, 0, "away"));
    }

    @Test
    void given_no_cause_or_notes_when_recorded_then_the_current_ones_are_kept() {
        FeedbackRecorder r = new FeedbackRecorder(alerts, new CsvLabelStore(dir.resolve("labels.csv")));
        r.record(new Verdict(ID, AlertStatus.INVESTIGATING, Optional.of("pump"), Optional.of("visit booked")));
        Alert after = r.record(verdict(AlertStatus.RESOLVED_TRUE_POSITIVE, null)).after();
        assertThat(after.feedbackCause()).isEqualTo("pump");
        assertThat(after.feedbackNotes()).isEqualTo("visit booked");
    }
}
