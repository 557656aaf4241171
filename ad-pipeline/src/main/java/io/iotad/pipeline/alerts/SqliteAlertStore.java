package io.iotad.pipeline.alerts;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertBatch;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.alert.AlertStore;
import io.iotad.core.alert.PublishResult;
import io.iotad.pipeline.sqlite.SqliteDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An {@link AlertStore} in an SQLite file: the table {@code alerts} with the columns of the seed's
 * alert table ({@code AlertID} primary key, {@code ApartmentID}, {@code BuildingID},
 * {@code EventDate}, {@code AlertTimestamp}, {@code AnomalyScore}, {@code Threshold},
 * {@code Status}, {@code ModelVersion}, {@code FeedbackCause}, {@code FeedbackNotes}) plus
 * {@code UpdatedTimestamp}, {@code SupersededBy} and {@code Reason} (the JSON of
 * {@link io.iotad.core.explain.Reason#toJson()}, empty when unknown), and the seed's two global secondary indexes as
 * SQLite indexes: {@code ApartmentStatusIndex} on (ApartmentID, Status, EventDate DESC) and
 * {@code BuildingAlertsIndex} on (BuildingID, AlertTimestamp DESC, AlertID DESC). Dates are
 * {@code YYYY-MM-DD}; timestamps are ISO-8601 UTC with nine fraction digits so that text order is
 * time order.
 *
 * <p>The table's schema is versioned ({@link #SCHEMA_VERSION}); a file written by an earlier release
 * is migrated when opened. Methods are synchronised (one connection per store); other processes may
 * use the same file at once (WAL journal, busy timeout).
 */
public final class SqliteAlertStore implements AlertStore {
    /** Schema version of the alert table this code writes. */
    public static final int SCHEMA_VERSION = AlertSchema.MIGRATIONS.size();

    static final String COLUMNS = "AlertID, ApartmentID, BuildingID, EventDate, AlertTimestamp, UpdatedTimestamp, "
            + "AnomalyScore, Threshold, Status, ModelVersion, FeedbackCause, FeedbackNotes, SupersededBy, Reason";
    static final String BY_APARTMENT_SQL = "SELECT " + COLUMNS + " FROM alerts WHERE ApartmentID = ? "
            + "ORDER BY EventDate DESC";
    static final String BY_APARTMENT_AND_STATUS_SQL = "SELECT " + COLUMNS + " FROM alerts WHERE ApartmentID = ? "
            + "AND Status = ? ORDER BY EventDate DESC";
    static final String BY_BUILDING_SQL = "SELECT " + COLUMNS + " FROM alerts WHERE BuildingID = ? "
            + "ORDER BY AlertTimestamp DESC, AlertID DESC LIMIT ?";
    private static final String INSERT_SQL = "INSERT INTO alerts (" + COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    // MAX keeps UpdatedTimestamp >= AlertTimestamp when the writer's clock is behind the creator's
    private static final String REFRESH_SQL = "UPDATE alerts SET AnomalyScore = ?, Threshold = ?, ModelVersion = ?, "
            + "UpdatedTimestamp = MAX(AlertTimestamp, ?), Status = ?, SupersededBy = '', Reason = ? WHERE AlertID = ?";
    private static final String SUPERSEDE_SQL = "UPDATE alerts SET Status = ?, SupersededBy = ?, "
            + "UpdatedTimestamp = MAX(AlertTimestamp, ?) WHERE AlertID = ?";
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final SqliteDatabase db;
    private final Clock clock;

    private SqliteAlertStore(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * @param file the database file (created when absent, migrated when older; may be shared with a label store)
     * @return the store, with {@link SqliteDatabase#DEFAULT_BUSY_TIMEOUT_MILLIS} and the UTC system clock
     */
    public static SqliteAlertStore open(Path file) {
        return open(file, SqliteDatabase.DEFAULT_BUSY_TIMEOUT_MILLIS);
    }

    /**
     * @param file the database file (created when absent, migrated when older; may be shared with a label store)
     * @param busyTimeoutMillis how long a write waits for another process's write, 0 to 600000 ms
     * @return the store, with the UTC system clock
     */
    public static SqliteAlertStore open(Path file, int busyTimeoutMillis) {
        return open(file, busyTimeoutMillis, Clock.systemUTC());
    }

    /**
     * @param file the database file (created when absent, migrated when older; may be shared with a label store)
     * @param busyTimeoutMillis how long a write waits for another process's write, 0 to 600000 ms
     * @param clock the time of technicians' verdicts ({@code UpdatedTimestamp} of {@link #recordFeedback})
     * @return the store
     * @throws io.iotad.core.artifact.UnsupportedVersionException when the file was written by a later release
     */
    public static SqliteAlertStore open(Path file, int busyTimeoutMillis, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        SqliteDatabase db = SqliteDatabase.open(file, busyTimeoutMillis);
        try {
            db.migrate("alerts", AlertSchema.MIGRATIONS);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new SqliteAlertStore(db, clock);
    }

    /** @return the database file */
    public Path file() {
        return db.file();
    }

    @Override
    public synchronized PublishResult publish(AlertBatch batch) {
        Objects.requireNonNull(batch, "batch");
        return db.inTransaction(c -> {
            Map<String, Alert> onDays = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM alerts WHERE EventDate BETWEEN ? AND ?")) {
                q.setString(1, batch.firstDay().toString());
                q.setString(2, batch.lastDay().toString());
                for (Alert a : readAll(q)) {
                    onDays.put(a.alertId(), a);
                }
            }
            int created = 0;
            int refreshed = 0;
            int kept = 0;
            int superseded = 0;
            Set<String> raised = new HashSet<>();
            try (PreparedStatement insert = c.prepareStatement(INSERT_SQL);
                 PreparedStatement refresh = c.prepareStatement(REFRESH_SQL);
                 PreparedStatement supersede = c.prepareStatement(SUPERSEDE_SQL)) {
                for (Alert a : batch.alerts()) {
                    raised.add(a.alertId());
                    Alert existing = onDays.get(a.alertId());
                    if (existing == null) {
                        bind(insert, a);
                        insert.executeUpdate();
                        created++;
                    } else if (existing.status().isReviewed()) {
                        kept++;
                    } else {
                        refresh.setDouble(1, a.anomalyScore());
                        refresh.setDouble(2, a.threshold());
                        refresh.setString(3, a.modelVersion());
                        refresh.setString(4, TIMESTAMP.format(a.updatedTimestamp()));
                        refresh.setString(5, AlertStatus.UNSEEN.display());
                        refresh.setString(6, a.reason().toJson());
                        refresh.setString(7, a.alertId());
                        refresh.executeUpdate();
                        refreshed++;
                    }
                }
                String at = TIMESTAMP.format(batch.publishedAt());
                for (Alert e : onDays.values()) {
                    if (e.status() == AlertStatus.UNSEEN && !raised.contains(e.alertId())
                            && e.modelGroup().equals(batch.modelGroup())) {
                        supersede.setString(1, AlertStatus.SUPERSEDED.display());
                        supersede.setString(2, batch.modelVersion());
                        supersede.setString(3, at);
                        supersede.setString(4, e.alertId());
                        supersede.executeUpdate();
                        superseded++;
                    }
                }
            }
            return new PublishResult(created, refreshed, superseded, kept);
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
    public synchronized Alert recordFeedback(String alertId, AlertStatus status, String cause, String notes,
                                             Consumer<Alert> alongside) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(alongside, "alongside");
        return db.inTransaction(c -> {
            Alert current = find(c, alertId).orElseThrow(() -> new NoSuchElementException("no alert '" + alertId
                    + "' in " + db.file()));
            if (!current.status().canMoveTo(status)) {
                throw new IllegalStateException("alert " + alertId + " cannot move from " + current.status().display()
                        + " to " + status.display() + "; from " + current.status().display() + " it may move to "
                        + current.status().next().stream().map(AlertStatus::display).toList());
            }
            Instant now = clock.instant();
            Instant updatedAt = now.isBefore(current.alertTimestamp()) ? current.alertTimestamp() : now;
            Alert updated = new Alert(current.alertId(), current.apartmentId(), current.buildingId(), current.eventDate(),
                    current.alertTimestamp(), updatedAt, current.anomalyScore(), current.threshold(), status,
                    current.modelVersion(), cause, notes, "", current.reason());
            try (PreparedStatement u = c.prepareStatement("UPDATE alerts SET Status = ?, FeedbackCause = ?, "
                    + "FeedbackNotes = ?, SupersededBy = '', UpdatedTimestamp = ? WHERE AlertID = ?")) {
                u.setString(1, updated.status().display());
                u.setString(2, updated.feedbackCause());
                u.setString(3, updated.feedbackNotes());
                u.setString(4, TIMESTAMP.format(updated.updatedTimestamp()));
                u.setString(5, alertId);
                u.executeUpdate();
            }
            // inside the transaction: when it throws, the update above is rolled back
            alongside.accept(updated);
            return updated;
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
        p.setString(6, TIMESTAMP.format(a.updatedTimestamp()));
        p.setDouble(7, a.anomalyScore());
        p.setDouble(8, a.threshold());
        p.setString(9, a.status().display());
        p.setString(10, a.modelVersion());
        p.setString(11, a.feedbackCause());
        p.setString(12, a.feedbackNotes());
        p.setString(13, a.supersededBy());
        p.setString(14, a.reason().toJson());
    }

    private static io.iotad.core.explain.Reason reason(String alertId, String json) {
        try {
            return io.iotad.core.explain.Reason.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("alert " + alertId + ": column Reason holds no valid reason: " + e.getMessage(), e);
        }
    }

    private static List<Alert> readAll(PreparedStatement q) throws SQLException {
        List<Alert> out = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(new Alert(rs.getString(1), rs.getString(2), rs.getString(3), LocalDate.parse(rs.getString(4)),
                        Instant.parse(rs.getString(5)), Instant.parse(rs.getString(6)), rs.getDouble(7), rs.getDouble(8),
                        AlertStatus.parse(rs.getString(9)), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getString(13), reason(rs.getString(1), rs.getString(14))));
            }
        }
        return out;
    }
}
