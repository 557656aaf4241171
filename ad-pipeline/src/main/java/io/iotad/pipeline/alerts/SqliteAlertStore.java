package io.iotad.pipeline.alerts;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.alert.AlertStore;
import io.iotad.pipeline.sqlite.SqliteDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link AlertStore} in an SQLite file: the table {@code alerts} with the columns of the seed's
 * alert table ({@code AlertID} primary key, {@code ApartmentID}, {@code BuildingID},
 * {@code EventDate}, {@code AlertTimestamp}, {@code AnomalyScore}, {@code Threshold},
 * {@code Status}, {@code ModelVersion}, {@code FeedbackCause}, {@code FeedbackNotes}) and its two
 * global secondary indexes as SQLite indexes: {@code ApartmentStatusIndex} on
 * (ApartmentID, Status, EventDate DESC) and {@code BuildingAlertsIndex} on
 * (BuildingID, AlertTimestamp DESC, AlertID DESC). Dates are {@code YYYY-MM-DD}; timestamps are
 * ISO-8601 UTC with nine fraction digits so that text order is time order.
 *
 * <p>Methods are synchronised (one connection per store); other processes may use the same file at
 * once (WAL journal, busy timeout).
 */
public final class SqliteAlertStore implements AlertStore {
    /** Schema version of the alert table. */
    public static final int SCHEMA_VERSION = 1;

    static final String COLUMNS = "AlertID, ApartmentID, BuildingID, EventDate, AlertTimestamp, AnomalyScore, Threshold, "
            + "Status, ModelVersion, FeedbackCause, FeedbackNotes";
    static final String BY_APARTMENT_SQL = "SELECT " + COLUMNS + " FROM alerts WHERE ApartmentID = ? "
            + "ORDER BY EventDate DESC";
    static final String BY_APARTMENT_AND_STATUS_SQL = "SELECT " + COLUMNS + " FROM alerts WHERE ApartmentID = ? "
            + "AND Status = ? ORDER BY EventDate DESC";
    static final String BY_BUILDING_SQL = "SELECT " + COLUMNS + " FROM alerts WHERE BuildingID = ? "
            + "ORDER BY AlertTimestamp DESC, AlertID DESC LIMIT ?";
    private static final String UPSERT_SQL = "INSERT INTO alerts (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT(AlertID) DO UPDATE SET AlertTimestamp = excluded.AlertTimestamp, "
            + "AnomalyScore = excluded.AnomalyScore, Threshold = excluded.Threshold, "
            + "ModelVersion = excluded.ModelVersion";
    private static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS alerts (AlertID TEXT PRIMARY KEY NOT NULL, ApartmentID TEXT NOT NULL, "
                    + "BuildingID TEXT NOT NULL, EventDate TEXT NOT NULL, AlertTimestamp TEXT NOT NULL, "
                    + "AnomalyScore REAL NOT NULL, Threshold REAL NOT NULL, Status TEXT NOT NULL, "
                    + "ModelVersion TEXT NOT NULL, FeedbackCause TEXT NOT NULL DEFAULT '', "
                    + "FeedbackNotes TEXT NOT NULL DEFAULT '')",
            "CREATE INDEX IF NOT EXISTS ApartmentStatusIndex ON alerts (ApartmentID, Status, EventDate DESC)",
            "CREATE INDEX IF NOT EXISTS BuildingAlertsIndex ON alerts (BuildingID, AlertTimestamp DESC, AlertID DESC)",
            "CREATE INDEX IF NOT EXISTS AlertEventDateIndex ON alerts (EventDate)");
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final SqliteDatabase db;

    private SqliteAlertStore(SqliteDatabase db) {
        this.db = db;
    }

    /**
     * @param file the database file (created when absent; may be shared with a label store)
     * @return the store, with {@link SqliteDatabase#DEFAULT_BUSY_TIMEOUT_MILLIS}
     */
    public static SqliteAlertStore open(Path file) {
        return open(file, SqliteDatabase.DEFAULT_BUSY_TIMEOUT_MILLIS);
    }

    /**
     * @param file the database file (created when absent; may be shared with a label store)
     * @param busyTimeoutMillis how long a write waits for another process's write, 0 to 600000 ms
     * @return the store
     */
    public static SqliteAlertStore open(Path file, int busyTimeoutMillis) {
        SqliteDatabase db = SqliteDatabase.open(file, busyTimeoutMillis);
        try {
            db.ensureSchema("alerts", SCHEMA_VERSION, DDL);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new SqliteAlertStore(db);
    }

    /** @return the database file */
    public Path file() {
        return db.file();
    }

    @Override
    public synchronized int upsert(Collection<Alert> alerts) {
        for (Alert a : alerts) {
            if (!Double.isFinite(a.anomalyScore()) || !Double.isFinite(a.threshold())) {
                throw new IllegalArgumentException("alert " + a.alertId() + " needs a finite score and threshold, got "
                        + a.anomalyScore() + " and " + a.threshold());
            }
        }
        return db.inTransaction(c -> {
            int created = 0;
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM alerts WHERE AlertID = ?");
                 PreparedStatement upsert = c.prepareStatement(UPSERT_SQL)) {
                for (Alert a : alerts) {
                    exists.setString(1, a.alertId());
                    try (ResultSet rs = exists.executeQuery()) {
                        created += rs.next() ? 0 : 1;
                    }
                    bind(upsert, a);
                    upsert.executeUpdate();
                }
            }
            return created;
        });
    }

    @Override
    public synchronized Optional<Alert> find(String alertId) {
        return db.read(c -> find(c, alertId));
    }

    @Override
    public synchronized List<Alert> byApartment(String apartmentId, AlertStatus status) {
        Objects.requireNonNull(apartmentId, "apartmentId");
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(status == null ? BY_APARTMENT_SQL : BY_APARTMENT_AND_STATUS_SQL)) {
                q.setString(1, apartmentId);
                if (status != null) {
                    q.setString(2, status.display());
                }
                return readAll(q);
            }
        });
    }

    @Override
    public synchronized List<Alert> byBuilding(String buildingId, int limit) {
        Objects.requireNonNull(buildingId, "buildingId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(BY_BUILDING_SQL)) {
                q.setString(1, buildingId);
                q.setInt(2, limit);
                return readAll(q);
            }
        });
    }

    @Override
    public synchronized List<Alert> byDateRange(LocalDate from, LocalDate to, AlertStatus status) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
        }
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM alerts WHERE EventDate BETWEEN ? "
                    + "AND ?" + (status == null ? "" : " AND Status = ?") + " ORDER BY EventDate, AnomalyScore DESC, AlertID")) {
                q.setString(1, from.toString());
                q.setString(2, to.toString());
                if (status != null) {
                    q.setString(3, status.display());
                }
                return readAll(q);
            }
        });
    }

    @Override
    public synchronized Alert recordFeedback(String alertId, AlertStatus status, String cause, String notes) {
        Objects.requireNonNull(status, "status");
        return db.inTransaction(c -> {
            Alert current = find(c, alertId).orElseThrow(() -> new NoSuchElementException("no alert '" + alertId
                    + "' in " + db.file()));
            if (!current.status().canMoveTo(status)) {
                throw new IllegalStateException("alert " + alertId + " cannot move from " + current.status().display()
                        + " to " + status.display() + "; from " + current.status().display() + " it may move to "
                        + current.status().next().stream().map(AlertStatus::display).toList());
            }
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE alerts SET Status = ?, FeedbackCause = ?, FeedbackNotes = ? WHERE AlertID = ?")) {
                u.setString(1, status.display());
                u.setString(2, cause == null ? "" : cause);
                u.setString(3, notes == null ? "" : notes);
                u.setString(4, alertId);
                u.executeUpdate();
            }
            return find(c, alertId).orElseThrow();
        });
    }

    @Override
    public synchronized void close() {
        db.close();
    }

    private static Optional<Alert> find(Connection c, String alertId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM alerts WHERE AlertID = ?")) {
            q.setString(1, alertId);
            List<Alert> found = readAll(q);
            return found.stream().findFirst();
        }
    }

    private static void bind(PreparedStatement p, Alert a) throws SQLException {
        p.setString(1, a.alertId());
        p.setString(2, a.apartmentId());
        p.setString(3, a.buildingId());
        p.setString(4, a.eventDate().toString());
        p.setString(5, TIMESTAMP.format(a.alertTimestamp()));
        p.setDouble(6, a.anomalyScore());
        p.setDouble(7, a.threshold());
        p.setString(8, a.status().display());
        p.setString(9, a.modelVersion());
        p.setString(10, a.feedbackCause());
        p.setString(11, a.feedbackNotes());
    }

    private static List<Alert> readAll(PreparedStatement q) throws SQLException {
        List<Alert> out = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(new Alert(rs.getString(1), rs.getString(2), rs.getString(3), LocalDate.parse(rs.getString(4)),
                        Instant.parse(rs.getString(5)), rs.getDouble(6), rs.getDouble(7), AlertStatus.parse(rs.getString(8)),
                        rs.getString(9), rs.getString(10), rs.getString(11)));
            }
        }
        return out;
    }
}
