package io.iotad.pipeline.alerts;

import io.iotad.pipeline.sqlite.SchemaMigration;
import java.util.List;

/**
 * The versions of the {@code alerts} table. Append a migration to change it (a new column is an
 * {@code ALTER TABLE ... ADD COLUMN} with a default, plus the statements that fill it for old rows);
 * never edit a released one: database files written by every earlier release are brought forward
 * by running the migrations they lack.
 */
final class AlertSchema {
    /** Version 1: the seed's alert table and its two secondary indexes (iotad 0.1). */
    static final SchemaMigration V1_SEED_TABLE = new SchemaMigration(1, "alerts: the seed's alert table", List.of(
            "CREATE TABLE IF NOT EXISTS alerts (AlertID TEXT PRIMARY KEY NOT NULL, ApartmentID TEXT NOT NULL, "
                    + "BuildingID TEXT NOT NULL, EventDate TEXT NOT NULL, AlertTimestamp TEXT NOT NULL, "
                    + "AnomalyScore REAL NOT NULL, Threshold REAL NOT NULL, Status TEXT NOT NULL, "
                    + "ModelVersion TEXT NOT NULL, FeedbackCause TEXT NOT NULL DEFAULT '', "
                    + "FeedbackNotes TEXT NOT NULL DEFAULT '')",
            "CREATE INDEX IF NOT EXISTS ApartmentStatusIndex ON alerts (ApartmentID, Status, EventDate DESC)",
            "CREATE INDEX IF NOT EXISTS BuildingAlertsIndex ON alerts (BuildingID, AlertTimestamp DESC, AlertID DESC)",
            "CREATE INDEX IF NOT EXISTS AlertEventDateIndex ON alerts (EventDate)"));

    /**
     * Version 2: {@code UpdatedTimestamp} and {@code SupersededBy}. Version 1 overwrote
     * {@code AlertTimestamp} on every re-score, so for an old row the only time known is its last
     * write: both timestamps start as that.
     */
    static final SchemaMigration V2_UPDATED_AND_SUPERSEDED = new SchemaMigration(2,
            "alerts: UpdatedTimestamp and SupersededBy", List.of(
            "ALTER TABLE alerts ADD COLUMN UpdatedTimestamp TEXT NOT NULL DEFAULT ''",
            "UPDATE alerts SET UpdatedTimestamp = AlertTimestamp",
            "ALTER TABLE alerts ADD COLUMN SupersededBy TEXT NOT NULL DEFAULT ''"));

    /**
     * Version 3: {@code Reason}, the top contributing features of the alert's score as JSON
     * ({@link io.iotad.core.explain.Reason#toJson()}). Alerts written before it have no reason (empty).
     */
    static final SchemaMigration V3_REASON = new SchemaMigration(3, "alerts: Reason", List.of(
            "ALTER TABLE alerts ADD COLUMN Reason TEXT NOT NULL DEFAULT ''"));

    /** Every migration, in order; the last one's version is the current schema version. */
    static final List<SchemaMigration> MIGRATIONS = List.of(V1_SEED_TABLE, V2_UPDATED_AND_SUPERSEDED, V3_REASON);

    private AlertSchema() {
    }
}
