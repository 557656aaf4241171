package io.iotad.pipeline.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertBatch;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.alert.PublishResult;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
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

    private PublishResult upsertAll(List<Alert> alerts) {
        LocalDate first = alerts.stream().map(Alert::eventDate).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = alerts.stream().map(Alert::eventDate).max(LocalDate::compareTo).orElseThrow();
        return store.publish(new AlertBatch("global/1", first, last, RUN, alerts));
    }

    private static Alert alert(String apt, String building, LocalDate day, Instant at, double score) {
        return Alert.unseen(apt, building, day, at, score, 2.0, "global/1");
    }

    @Test
    void given_new_alerts_when_upserted_then_stored_unseen_and_counted_as_new() {
        PublishResult r = upsertAll(List.of(alert("A1", "B1", DAY, RUN, 3.5), alert("A2", "B1", DAY, RUN, 2.5)));
        assertThat(r).isEqualTo(new PublishResult(2, 0, 0, 0));
        Alert a1 = store.find("A1#2024-02-05").orElseThrow();
        assertThat(a1).isEqualTo(alert("A1", "B1", DAY, RUN, 3.5));
        assertThat(store.find("A9#2024-02-05")).isEmpty();
    }

    private PublishResult publish(String model, LocalDate day, Instant at, Alert... alerts) {
        return store.publish(new AlertBatch(model, day, day, at, List.of(alerts)));
    }

    private static Alert raised(String apt, LocalDate day, Instant at, double score, String model) {
        return Alert.unseen(apt, "B1", day, at, score, 2.0, model);
    }

    @Test
    void given_feedback_with_a_step_alongside_when_the_step_fails_then_the_alert_is_unchanged_and_a_retry_works() {
        store.close();
        store = SqliteAlertStore.open(dir.resolve("alerts.db"), 1000, Clock.fixed(RUN.plusSeconds(60), ZoneOffset.UTC));
        publish("global/1", DAY, RUN, raised("A1", DAY, RUN, 3.5, "global/1"));
        Alert before = store.find("A1#" + DAY).orElseThrow();

        assertThatThrownBy(() -> store.recordFeedback("A1#" + DAY, AlertStatus.RESOLVED_TRUE_POSITIVE, "pump", "",
                updated -> {
                    throw new UncheckedIOException(new IOException("labels file is a folder"));
                })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("labels file is a folder");
        assertThat(store.find("A1#" + DAY).orElseThrow()).isEqualTo(before);

        List<Alert> seen = new ArrayList<>();
        Alert after = store.recordFeedback("A1#" + DAY, AlertStatus.RESOLVED_TRUE_POSITIVE, "pump", "", seen::add);
        assertThat(seen).containsExactly(after);
        assertThat(after.status()).isEqualTo(AlertStatus.RESOLVED_TRUE_POSITIVE);
        assertThat(after.updatedTimestamp()).isEqualTo(RUN.plusSeconds(60));
        assertThat(after.alertTimestamp()).isEqualTo(RUN);
        assertThat(store.find("A1#" + DAY).orElseThrow()).isEqualTo(after);
    }

    @Test
    void given_an_illegal_transition_when_recording_feedback_then_refused_naming_both_states() {
        upsertAll(List.of(alert("A1", "B1", DAY, RUN, 3.5)));
        store.recordFeedback("A1#2024-02-05", AlertStatus.RESOLVED_FALSE_POSITIVE, "resident_away", "");
        assertThatThrownBy(() -> store.recordFeedback("A1#2024-02-05", AlertStatus.RESOLVED_TRUE_POSITIVE, "", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("from Resolved-False Positive to Resolved-True Positive");
        assertThatThrownBy(() -> store.recordFeedback("A1#2024-02-05", AlertStatus.UNSEEN, "", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("to Unseen");
        assertThat(store.find("A1#2024-02-05").orElseThrow().status()).isEqualTo(AlertStatus.RESOLVED_FALSE_POSITIVE);
        // reopening is legal
        assertThat(store.recordFeedback("A1#2024-02-05", AlertStatus.INVESTIGATING, "resident_away", "second look")
                .status()).isEqualTo(AlertStatus.INVESTIGATING);
        assertThatThrownBy(() -> store.recordFeedback("nope#2024-01-01", AlertStatus.INVESTIGATING, "", ""))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("nope#2024-01-01");
    }

    @Test
    void given_alerts_of_an_apartment_when_queried_by_status_then_newest_event_first() {
        List<Alert> alerts = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            alerts.add(alert("A1", "B1", DAY.plusDays(d), RUN, d));
        }
        alerts.add(alert("A2", "B1", DAY, RUN, 9));
        upsertAll(alerts);
        store.recordFeedback("A1#" + DAY.plusDays(1), AlertStatus.INVESTIGATING, "", "");
        store.recordFeedback("A1#" + DAY.plusDays(3), AlertStatus.INVESTIGATING, "", "");

        assertThat(store.byApartment("A1", AlertStatus.UNSEEN)).extracting(Alert::eventDate)
                .containsExactly(DAY.plusDays(4), DAY.plusDays(2), DAY);
        assertThat(store.byApartment("A1", AlertStatus.INVESTIGATING)).extracting(Alert::eventDate)
                .containsExactly(DAY.plusDays(3), DAY.plusDays(1));
        assertThat(store.byApartment("A1", null)).hasSize(5).first().extracting(Alert::eventDate).isEqualTo(DAY.plusDays(4));
    }

    @Test
    void given_alerts_of_a_building_when_queried_then_newest_timestamp_first_and_limited() {
        // sub-second differences must order correctly too (fixed-width timestamps)
        upsertAll(List.of(
                alert("A1", "B1", DAY, Instant.parse("2024-02-06T03:00:00Z"), 1),
                alert("A2", "B1", DAY, Instant.parse("2024-02-06T03:00:00.5Z"), 1),
                alert("A3", "B1", DAY, Instant.parse("2024-02-06T02:59:59.999999999Z"), 1),
                alert("A4", "B2", DAY, Instant.parse("2024-02-07T00:00:00Z"), 1)));
        assertThat(store.byBuilding("B1", 10)).extracting(Alert::apartmentId).containsExactly("A2", "A1", "A3");
        assertThat(store.byBuilding("B1", 2)).extracting(Alert::apartmentId).containsExactly("A2", "A1");
        assertThat(store.find("A3#2024-02-05").orElseThrow().alertTimestamp())
                .isEqualTo(Instant.parse("2024-02-06T02:59:59.999999999Z"));
        assertThatThrownBy(() -> store.byBuilding("B1", 0)).hasMessageContaining("limit must be >= 1, got 0");
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
    void given_a_date_range_when_queried_then_by_day_then_descending_score() {
        upsertAll(List.of(alert("A1", "B1", DAY, RUN, 1), alert("A2", "B1", DAY, RUN, 5),
                alert("A1", "B1", DAY.plusDays(1), RUN, 3), alert("A1", "B1", DAY.plusDays(9), RUN, 3)));
        store.recordFeedback("A2#" + DAY, AlertStatus.RESOLVED_TRUE_POSITIVE, "leak", "");
        assertThat(store.byDateRange(DAY, DAY.plusDays(1), null)).extracting(Alert::alertId)
                .containsExactly("A2#2024-02-05", "A1#2024-02-05", "A1#2024-02-06");
        assertThat(store.byDateRange(DAY, DAY.plusDays(1), AlertStatus.RESOLVED_TRUE_POSITIVE)).hasSize(1);
        assertThatThrownBy(() -> store.byDateRange(DAY, DAY.minusDays(1), null)).hasMessageContaining("before it starts");
    }

    @Test
    void given_a_nan_score_when_upserting_then_rejected_and_nothing_written() {
        assertThatThrownBy(() -> upsertAll(List.of(alert("A1", "B1", DAY, RUN, 1), alert("A2", "B1", DAY, RUN, Double.NaN))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A2#2024-02-05");
        assertThat(store.find("A1#2024-02-05")).isEmpty();
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
