package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertBatch;
import io.iotad.core.alert.AlertStatus;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 item 3: a failed feedback attempt leaves the alert as it was, and a retry works. */
class FeedbackCommandTest {
    private static final LocalDate DAY = LocalDate.of(2024, 11, 29);
    private static final String ID = "apt_1#2024-11-29";

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void oneAlert() {
        db = dir.resolve("alerts.db");
        Instant at = Instant.parse("2024-11-30T06:15:00Z");
        try (SqliteAlertStore s = SqliteAlertStore.open(db)) {
            s.publish(new AlertBatch("global/1", DAY, DAY, at, List.of(Alert.unseen("apt_1", "bldg_1", DAY, at, 0.9, 0.5, "global/1"))));
        }
    }

    private AlertStatus status() {
        try (SqliteAlertStore s = SqliteAlertStore.open(db)) {
            return s.find(ID).orElseThrow().status();
        }
    }

    @Test
    void given_a_cause_with_a_line_break_when_resolving_then_exit_2_nothing_changes_and_a_retry_works() throws Exception {
        Path labels = dir.resolve("labels.csv");
        CliRun bad = CliRun.of("feedback", ID, "--alerts", db.toString(), "--status", "Resolved-True Positive",
                "--cause", "pump\nsecond line", "--labels", labels.toString());

        bad.assertUsageError("cause", "line break");
        assertThat(status()).isEqualTo(AlertStatus.UNSEEN);
        assertThat(labels).doesNotExist();

        CliRun retry = CliRun.of("feedback", ID, "--alerts", db.toString(), "--status", "Resolved-True Positive",
                "--cause", "pump", "--labels", labels.toString());
        assertThat(retry.exit()).as(retry.both()).isZero();
        assertThat(status()).isEqualTo(AlertStatus.RESOLVED_TRUE_POSITIVE);
        assertThat(Files.readAllLines(labels)).containsExactly("apartment_id,event_date,label,cause", "apt_1,2024-11-29,1,pump");
    }

    @Test
    void given_labels_pointing_at_a_folder_when_resolving_then_exit_2_naming_it_nothing_changes_and_a_retry_works() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("somewhere"));
        CliRun bad = CliRun.of("feedback", ID, "--alerts", db.toString(), "--status", "Resolved-False Positive",
                "--cause", "resident away", "--labels", folder.toString());

        bad.assertUsageError(folder.toString(), "is a folder");
        assertThat(status()).isEqualTo(AlertStatus.UNSEEN);

        Path labels = folder.resolve("labels.csv");
        CliRun retry = CliRun.of("feedback", ID, "--alerts", db.toString(), "--status", "Resolved-False Positive",
                "--cause", "resident away", "--labels", labels.toString());
        assertThat(retry.exit()).as(retry.both()).isZero();
        assertThat(retry.json().get("label").asInt()).isZero();
        assertThat(status()).isEqualTo(AlertStatus.RESOLVED_FALSE_POSITIVE);
    }

    @Test
    void given_an_unknown_status_or_alert_when_giving_feedback_then_exit_2_with_the_accepted_values() throws Exception {
        CliRun unknownStatus = CliRun.of("feedback", ID, "--alerts", db.toString(), "--status", "Done");
        unknownStatus.assertUsageError("unknown alert status 'Done'", "Investigating");
        CliRun unknownAlert = CliRun.of("feedback", "apt_9#2024-11-29", "--alerts", db.toString(), "--status", "Investigating");
        unknownAlert.assertUsageError("no alert 'apt_9#2024-11-29'", "iotad alerts list");
        assertThat(status()).isEqualTo(AlertStatus.UNSEEN);
    }
}
