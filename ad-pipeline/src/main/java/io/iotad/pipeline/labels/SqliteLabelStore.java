package io.iotad.pipeline.labels;

import io.iotad.core.label.LabelStore;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.pipeline.sqlite.SchemaMigration;
import io.iotad.pipeline.sqlite.SqliteDatabase;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A {@link LabelStore} in an SQLite table {@code labels} (ApartmentID, EventDate, Label, Cause,
 * Source, RecordedAt; primary key ApartmentID + EventDate), usually in the same file as the
 * alerts. A later verdict on an apartment-day replaces the earlier one, source included.
 * Methods are synchronised; other processes may use the file at once.
 */
public final class SqliteLabelStore implements LabelStore, AutoCloseable {
    private static final List<SchemaMigration> MIGRATIONS = List.of(new SchemaMigration(1,
            "labels: apartment-day verdicts", List.of(
            "CREATE TABLE IF NOT EXISTS labels (ApartmentID TEXT NOT NULL, EventDate TEXT NOT NULL, "
                    + "Label INTEGER NOT NULL CHECK (Label IN (0, 1)), Cause TEXT NOT NULL DEFAULT '', "
                    + "Source TEXT NOT NULL DEFAULT '', RecordedAt TEXT NOT NULL, PRIMARY KEY (ApartmentID, EventDate))")));

    /** Schema version of the label table this code writes. */
    public static final int SCHEMA_VERSION = MIGRATIONS.size();

    private final SqliteDatabase db;
    private final Clock clock;

    private SqliteLabelStore(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * @param file the database file (created when absent; may be shared with the alert store)
     * @return the store
     */
    public static SqliteLabelStore open(Path file) {
        return open(file, SqliteDatabase.DEFAULT_BUSY_TIMEOUT_MILLIS, Clock.systemUTC());
    }

    /**
     * @param file the database file
     * @param busyTimeoutMillis how long a write waits for another process's write, 0 to 600000 ms
     * @param clock source of the RecordedAt times
     * @return the store
     */
    public static SqliteLabelStore open(Path file, int busyTimeoutMillis, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        SqliteDatabase db = SqliteDatabase.open(file, busyTimeoutMillis);
        try {
            db.migrate("labels", MIGRATIONS);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new SqliteLabelStore(db, clock);
    }

    @Override
    public synchronized void append(Collection<Label> labels, String source) {
        String recordedAt = clock.instant().toString();
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO labels (ApartmentID, EventDate, Label, Cause, "
                    + "Source, RecordedAt) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(ApartmentID, EventDate) DO UPDATE SET "
                    + "Label = excluded.Label, Cause = excluded.Cause, Source = excluded.Source, "
                    + "RecordedAt = excluded.RecordedAt")) {
                for (Label l : labels) {
                    p.setString(1, l.apartmentId());
                    p.setString(2, l.eventDate().toString());
                    p.setInt(3, l.label());
                    p.setString(4, l.cause());
                    p.setString(5, source == null ? "" : source);
                    p.setString(6, recordedAt);
                    p.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public synchronized Labels load() {
        return db.read(c -> {
            List<Label> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT ApartmentID, EventDate, Label, Cause FROM labels ORDER BY EventDate, ApartmentID");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new Label(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getInt(3), rs.getString(4)));
                }
            }
            return Labels.of(out);
        });
    }

    /**
     * @param apartmentId apartment
     * @param day day
     * @return the source recorded with that apartment-day's verdict, or empty when there is none
     */
    public synchronized String sourceOf(String apartmentId, LocalDate day) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT Source FROM labels WHERE ApartmentID = ? AND EventDate = ?")) {
                q.setString(1, apartmentId);
                q.setString(2, day.toString());
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }
        });
    }

    @Override
    public synchronized void close() {
        db.close();
    }
}
