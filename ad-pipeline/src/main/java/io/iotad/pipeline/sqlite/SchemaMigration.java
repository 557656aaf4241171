package io.iotad.pipeline.sqlite;

import java.util.List;

/**
 * One step of a component's SQLite schema: the statements that take it from version
 * {@code version - 1} to {@code version}. A component's migrations are numbered 1, 2, 3, ...;
 * migration 1 creates the tables. A released migration is never edited: a change to the schema is
 * a new migration at the end of the list, so every existing database file can be brought forward.
 *
 * @param version the version this step produces, from 1
 * @param description what it changes, for the log (e.g. "alerts: UpdatedTimestamp, SupersededBy")
 * @param statements the SQL statements, run in order in the migration's transaction
 */
public record SchemaMigration(int version, String description, List<String> statements) {
    /** Validates the fields and copies the statements. */
    public SchemaMigration {
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, got " + version);
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("migration " + version + " has no description");
        }
        statements = List.copyOf(statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("migration " + version + " has no statements");
        }
    }
}
