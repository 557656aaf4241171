package io.iotad.pipeline.sqlite;

import io.iotad.core.artifact.UnsupportedVersionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import org.sqlite.SQLiteConfig;

/**
 * One connection to an SQLite database file in WAL mode (readers never block the writer) with a
 * busy timeout (a writer waits for another process's write instead of failing), and write
 * transactions that take the write lock up front ({@code BEGIN IMMEDIATE}). Several components
 * (alerts, labels) may share one file: each records its schema version in the table
 * {@code iotad_schema} and is brought forward by its list of {@link SchemaMigration}s
 * ({@link #migrate}). Not thread-safe by itself: callers synchronise.
 */
public final class SqliteDatabase implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SqliteDatabase.class);

    /** Default time a statement waits for another writer's lock, in milliseconds. */
    public static final int DEFAULT_BUSY_TIMEOUT_MILLIS = 10_000;

    private final Path file;
    private final Connection connection;

    private SqliteDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating when absent) a database file.
     *
     * @param file the database file; its folder is created
     * @param busyTimeoutMillis how long to wait for another writer, 0 to 600000 ms
     * @return the open database
     * @throws IllegalStateException when the file cannot be opened as a database
     */
    public static SqliteDatabase open(Path file, int busyTimeoutMillis) {
        Objects.requireNonNull(file, "file");
        if (busyTimeoutMillis < 0 || busyTimeoutMillis > 600_000) {
            throw new IllegalArgumentException("busyTimeoutMillis must be in [0, 600000], got " + busyTimeoutMillis);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(busyTimeoutMillis);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS iotad_schema (Component TEXT PRIMARY KEY NOT NULL, "
                        + "Version INTEGER NOT NULL)");
            }
            return new SqliteDatabase(file, c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open SQLite database " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the database file */
    public Path file() {
        return file;
    }

    /** @return the connection, for statements of the owning store */
    public Connection connection() {
        return connection;
    }

    /**
     * Brings a component's tables to the latest of its migrations: a new file gets them all, a file
     * written by an earlier release gets the ones it lacks, in order, in one write transaction (so
     * two processes opening an old file at once migrate it once, and a failed step leaves it as it
     * was).
     *
     * @param component e.g. {@code alerts}
     * @param migrations the component's migrations, numbered 1, 2, ... in order
     * @return the version the file was at before (0 for a new component)
     * @throws UnsupportedVersionException when the file holds a later version of the component than
     *     this code knows
     * @throws IllegalArgumentException when the migrations are not numbered 1..N in order
     */
    public int migrate(String component, List<SchemaMigration> migrations) {
        Objects.requireNonNull(component, "component");
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException(component + " migrations must be numbered 1.." + migrations.size()
                        + " in order; position " + (i + 1) + " holds version " + migrations.get(i).version());
            }
        }
        int latest = migrations.size();
        return inTransaction(c -> {
            int current = 0;
            try (PreparedStatement q = c.prepareStatement("SELECT Version FROM iotad_schema WHERE Component = ?")) {
                q.setString(1, component);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        current = rs.getInt(1);
                    }
                }
            }
            if (current > latest) {
                throw new UnsupportedVersionException(component + " schema in " + file, current, latest);
            }
            try (Statement s = c.createStatement()) {
                for (SchemaMigration m : migrations.subList(current, latest)) {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                    if (current > 0) {
                        LOG.info("{}: {} schema migrated to version {} ({})", file, component, m.version(), m.description());
                    }
                }
            }
            try (PreparedStatement u = c.prepareStatement("INSERT INTO iotad_schema (Component, Version) VALUES (?, ?) "
                    + "ON CONFLICT(Component) DO UPDATE SET Version = excluded.Version")) {
                u.setString(1, component);
                u.setInt(2, latest);
                u.executeUpdate();
            }
            return current;
        });
    }

    /**
     * @param component e.g. {@code alerts}
     * @return the component's schema version in the file, 0 when it has none
     */
    public int schemaVersion(String component) {
        return read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT Version FROM iotad_schema WHERE Component = ?")) {
                q.setString(1, component);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Work on the connection.
     *
     * @param <T> result type
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @param c the connection, in a transaction
         * @return the result
         * @throws SQLException on database errors (the transaction is rolled back)
         */
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs work in one write transaction, rolled back on any exception.
     *
     * @param work the work
     * @param <T> result type
     * @return its result
     * @throws IllegalStateException wrapping an {@link SQLException}, naming the file
     */
    public <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQLite error on " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs a read without an explicit transaction.
     *
     * @param work the work
     * @param <T> result type
     * @return its result
     * @throws IllegalStateException wrapping an {@link SQLException}, naming the file
     */
    public <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("SQLite error on " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close SQLite database " + file + ": " + e.getMessage(), e);
        }
    }
}
