package io.iotad.pipeline.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertBatch;
import io.iotad.core.alert.AlertStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the SQLite store has (its indexes' query plans, WAL, an exact feedback clock); the
 * behaviours every store keeps, re-scoring and supersession included, are in {@code AlertStoreContract},
 * run on SQLite by {@code SqliteAlertStoreContractTest}.
 */
class SqliteAlertStoreTest {
    private static final LocalDate DAY = LocalDate.of(2024, 2, 5);
    private static final Instant RUN = Instant.parse("2024-02-06T03:00:00Z");

    @TempDir
    Path dir;
    private SqliteAlertStore store;

    @BeforeEach
    void open() {
        store = SqliteAlertStore.open(dir.resolve("alerts.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void upsertAll(List<Alert> alerts) {
        LocalDate first = alerts.stream().map(Alert::eventDate).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = alerts.stream().map(Alert::eventDate).max(LocalDate::compareTo).orElseThrow();
        store.publish(new AlertBatch("global/1", first, last, RUN, alerts));
    }

    private static Alert alert(String apt, String building, LocalDate day, Instant at, double score) {
        return Alert.unseen(apt, building, day, at, score, 2.0, "global/1");
    }

    @Test
    void given_a_clock_when_feedback_is_recorded_then_the_update_carries_its_time_and_the_alert_keeps_its_creation_time() {
        store.close();
        store = SqliteAlertStore.open(dir.resolve("alerts.db"), 1000, Clock.fixed(RUN.plusSeconds(60), ZoneOffset.UTC));
        upsertAll(List.of(alert("A1", "B1", DAY, RUN, 3.5)));

        Alert after = store.recordFeedback("A1#" + DAY, AlertStatus.RESOLVED_TRUE_POSITIVE, "pump", "");
        assertThat(after.updatedTimestamp()).isEqualTo(RUN.plusSeconds(60));
        assertThat(after.alertTimestamp()).isEqualTo(RUN);
        assertThat(store.find("A1#" + DAY)).contains(after);
    }

    @Test
    void given_both_access_paths_when_planned_then_sqlite_uses_the_seed_indexes() throws SQLException {
        upsertAll(List.of(alert("A1", "B1", DAY, RUN, 1)));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file())) {
            assertThat(plan(c, SqliteAlertStore.BY_APARTMENT_AND_STATUS_SQL, "A1", "Unseen"))
                    .contains("ApartmentStatusIndex").doesNotContain("TEMP B-TREE");
            assertThat(plan(c, SqliteAlertStore.BY_APARTMENT_SQL, "A1")).contains("ApartmentStatusIndex");
            assertThat(plan(c, SqliteAlertStore.BY_BUILDING_SQL, "B1", 10))
                    .contains("BuildingAlertsIndex").doesNotContain("TEMP B-TREE");
        }
    }

    @Test
    void given_a_reopened_file_when_reading_then_alerts_persist_and_the_journal_is_wal() throws SQLException {
        upsertAll(List.of(alert("A1", "B1", DAY, RUN, 1)));
        store.close();
        store = SqliteAlertStore.open(dir.resolve("alerts.db"), 500);
        assertThat(store.find("A1#2024-02-05")).isPresent();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
        assertThatThrownBy(() -> SqliteAlertStore.open(dir.resolve("x.db"), -1))
                .hasMessageContaining("busyTimeoutMillis must be in [0, 600000], got -1");
    }

    private static String plan(Connection c, String sql, Object... args) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (PreparedStatement p = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    b.append(rs.getString("detail")).append('\n');
                }
            }
        }
        return b.toString();
    }
}
