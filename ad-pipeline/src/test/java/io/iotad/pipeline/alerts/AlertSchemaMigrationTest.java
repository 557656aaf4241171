package io.iotad.pipeline.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertBatch;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.alert.PublishResult;
import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.explain.Contribution;
import io.iotad.core.explain.Direction;
import io.iotad.core.explain.Reason;
import io.iotad.core.score.Label;
import io.iotad.pipeline.labels.SqliteLabelStore;
import io.iotad.pipeline.sqlite.SchemaMigration;
import io.iotad.pipeline.sqlite.SqliteDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Database files written by earlier releases keep working. {@code alerts-schema-v1.db} was written
 * by iotad 0.1 (commit 1f2466c, alert schema version 1, label schema version 1): three alerts on
 * 2024-02-05/06 by {@code global/1}, {@code apt_2#2024-02-05} resolved as a true positive with its label.
 */
class AlertSchemaMigrationTest {
    private static final LocalDate DAY = LocalDate.of(2024, 2, 5);

    @TempDir
    Path dir;

    private Path fixture() throws IOException {
        Path db = dir.resolve("alerts.db");
        try (InputStream in = getClass().getResourceAsStream("alerts-schema-v1.db")) {
            Files.copy(in, db);
        }
        return db;
    }

    @Test
    void given_a_version_1_file_when_opened_then_it_is_migrated_and_every_alert_and_verdict_reads_back() throws Exception {
        Path db = fixture();
        assertThat(schemaVersion(db, "alerts")).isEqualTo(1);

        try (SqliteAlertStore store = SqliteAlertStore.open(db)) {
            assertThat(schemaVersion(db, "alerts")).isEqualTo(SqliteAlertStore.SCHEMA_VERSION).isEqualTo(3);
            Alert a1 = store.find("apt_1#2024-02-05").orElseThrow();
            assertThat(a1.status()).isEqualTo(AlertStatus.UNSEEN);
            assertThat(a1.alertTimestamp()).isEqualTo(Instant.parse("2024-02-06T03:00:00Z"));
            assertThat(a1.updatedTimestamp()).isEqualTo(a1.alertTimestamp());
            assertThat(a1.supersededBy()).isEmpty();
            assertThat(a1.reason()).isEqualTo(Reason.NONE);
            Alert a2 = store.find("apt_2#2024-02-05").orElseThrow();
            assertThat(a2.status()).isEqualTo(AlertStatus.RESOLVED_TRUE_POSITIVE);
            assertThat(a2.feedbackCause()).isEqualTo("valve_stuck_closed");
            assertThat(a2.feedbackNotes()).isEqualTo("replaced valve");
            assertThat(store.byDateRange(DAY, DAY.plusDays(1), null)).hasSize(3);

            // the migrated file works like a new one: a newer model supersedes, the verdict stays
            Instant rerun = Instant.parse("2024-02-07T09:00:00Z");
            PublishResult r = store.publish(new AlertBatch("global/2", DAY, DAY, rerun, List.of(
                    Alert.unseen("apt_2", "bldg_A", DAY, rerun, 0.9, 0.5, "global/2"),
                    Alert.unseen("apt_9", "bldg_A", DAY, rerun, 0.8, 0.5, "global/2"))));
            assertThat(r).isEqualTo(new PublishResult(1, 0, 1, 1));
            assertThat(store.find("apt_1#2024-02-05").orElseThrow().status()).isEqualTo(AlertStatus.SUPERSEDED);
        }
        try (SqliteLabelStore labels = SqliteLabelStore.open(db)) {
            assertThat(labels.load().get("apt_2", DAY)).contains(new Label("apt_2", DAY, 1, "valve_stuck_closed"));
        }
    }

    @Test
    void given_a_migrated_file_and_a_new_one_when_compared_then_their_alert_tables_have_the_same_columns() throws Exception {
        Path old = fixture();
        Path fresh = dir.resolve("fresh.db");
        SqliteAlertStore.open(old).close();
        SqliteAlertStore.open(fresh).close();
        assertThat(columns(old)).isEqualTo(columns(fresh)).contains("UpdatedTimestamp TEXT 1 ''", "SupersededBy TEXT 1 ''", "Reason TEXT 1 ''");
    }

    @Test
    void given_a_migrated_file_when_opened_again_then_nothing_is_run_twice() throws Exception {
        Path db = fixture();
        SqliteAlertStore.open(db).close();
        try (SqliteAlertStore store = SqliteAlertStore.open(db)) {
            assertThat(store.byDateRange(DAY, DAY.plusDays(1), null)).hasSize(3);
        }
        assertThat(schemaVersion(db, "alerts")).isEqualTo(3);
    }

    @Test
    void given_a_version_2_file_when_opened_then_its_alerts_gain_an_empty_reason_and_a_rescore_gives_them_one()
            throws Exception {
        Path db = dir.resolve("v2.db");
        try (SqliteDatabase d = SqliteDatabase.open(db, 1000)) {
            d.migrate("alerts", AlertSchema.MIGRATIONS.subList(0, 2));
            d.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO alerts (AlertID, ApartmentID, BuildingID, EventDate, AlertTimestamp, "
                            + "UpdatedTimestamp, AnomalyScore, Threshold, Status, ModelVersion) VALUES ('apt_1#2024-02-05', "
                            + "'apt_1', 'bldg_A', '2024-02-05', '2024-02-06T03:00:00.000000000Z', "
                            + "'2024-02-06T03:00:00.000000000Z', 0.7, 0.5, 'Unseen', 'global/1')");
                }
                return null;
            });
        }
        assertThat(schemaVersion(db, "alerts")).isEqualTo(2);
        Reason why = new Reason(Reason.TREE_SHAP, List.of(
                new Contribution("room_temp_min", Direction.LOW, 16.5, 1.25),
                new Contribution("energy_per_hdd", Direction.HIGH, 3.0, 0.5)));
        try (SqliteAlertStore store = SqliteAlertStore.open(db)) {
            assertThat(schemaVersion(db, "alerts")).isEqualTo(3);
            assertThat(store.find("apt_1#2024-02-05").orElseThrow().reason()).isEqualTo(Reason.NONE);
            Instant rerun = Instant.parse("2024-02-07T09:00:00Z");
            store.publish(new AlertBatch("global/2", DAY, DAY, rerun, List.of(
                    Alert.unseen("apt_1", "bldg_A", DAY, rerun, 0.9, 0.5, "global/2", why),
                    Alert.unseen("apt_9", "bldg_A", DAY, rerun, 0.8, 0.5, "global/2", why))));
            assertThat(store.find("apt_1#2024-02-05").orElseThrow().reason()).isEqualTo(why);
            assertThat(store.find("apt_9#2024-02-05").orElseThrow().reason()).isEqualTo(why);
        }
    }

    @Test
    void given_a_file_from_a_later_release_when_opened_then_refused_naming_both_versions() throws Exception {
        Path db = fixture();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE iotad_schema SET Version = 7 WHERE Component = 'alerts'");
        }
        assertThatThrownBy(() -> SqliteAlertStore.open(db)).isInstanceOf(UnsupportedVersionException.class)
                .hasMessageContaining("7").hasMessageContaining(String.valueOf(SqliteAlertStore.SCHEMA_VERSION));
    }

    @Test
    void given_a_failing_migration_when_applied_then_the_file_is_left_at_its_old_version() throws Exception {
        Path db = fixture();
        try (SqliteDatabase d = SqliteDatabase.open(db, 1000)) {
            List<SchemaMigration> broken = new ArrayList<>(AlertSchema.MIGRATIONS);
            broken.add(new SchemaMigration(4, "broken", List.of("ALTER TABLE alerts ADD COLUMN Extra TEXT NOT NULL "
                    + "DEFAULT ''", "ALTER TABLE no_such_table ADD COLUMN x TEXT")));
            assertThatThrownBy(() -> d.migrate("alerts", broken)).hasMessageContaining("no_such_table");
            assertThat(d.schemaVersion("alerts")).isEqualTo(1);
        }
        assertThat(columns(db)).extracting(c -> c.split(" ")[0]).contains("AlertID").doesNotContain("Reason", "UpdatedTimestamp", "Extra");
    }

    @Test
    void given_migrations_out_of_order_when_applied_then_refused_naming_the_position() throws Exception {
        try (SqliteDatabase d = SqliteDatabase.open(dir.resolve("x.db"), 1000)) {
            assertThatThrownBy(() -> d.migrate("alerts", List.of(AlertSchema.V2_UPDATED_AND_SUPERSEDED)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 1 holds version 2");
        }
        assertThatThrownBy(() -> new SchemaMigration(0, "x", List.of("SELECT 1"))).hasMessageContaining("version must be >= 1");
        assertThatThrownBy(() -> new SchemaMigration(1, " ", List.of("SELECT 1"))).hasMessageContaining("no description");
        assertThatThrownBy(() -> new SchemaMigration(1, "x", List.of())).hasMessageContaining("no statements");
    }

    private static int schemaVersion(Path db, String component) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT Version FROM iotad_schema WHERE Component = '" + component + "'")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<String> columns(Path db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA table_info(alerts)")) {
            while (rs.next()) {
                out.add(rs.getString("name") + " " + rs.getString("type") + " " + rs.getInt("notnull") + " "
                        + rs.getString("dflt_value"));
            }
        }
        out.sort(String::compareTo);
        return out;
    }
}
