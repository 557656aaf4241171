package io.iotad.features.lake;

import io.iotad.core.files.AtomicFile;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The processed zone (DATA-CONTRACT §2): readings as Parquet, one file per UTC day under
 * {@code ROOT/year=YYYY/month=M/day=D/readings.parquet} (Hive layout, as DuckDB's and Spark's partitioned
 * writers name it), columns {@code apartment_id, building_id, event_ts} (TIMESTAMP WITH TIME ZONE, µs),
 * {@code event_epoch_ns} (the exact instant, ns), {@code room_name, heating_energy_kwh, hot_water_litres,
 * room_temp_c, setpoint_temp_c, outdoor_temp_c}; {@code year, month, day} come from the path. An analyst
 * queries it with {@code SELECT ... FROM read_parquet('ROOT/**}{@code /*.parquet', hive_partitioning=true)}.
 *
 * <p>A write touches only the days of its batch, and replaces each day's file atomically: the new file is
 * written beside it under a hidden name, then renamed over it, so a reader sees the old day or the new day,
 * never half of one, and a day is never duplicated. See {@link LakeWriteMode} for how a batch meets a day
 * that already exists. The lake owns its partition directories: other files placed there are not managed.
 * One writer at a time.
 */
public final class ReadingsLake {
    private static final String ROW_KEY = "apartment_id, room_name, event_epoch_ns";
    private static final String EVENT_TS = "make_timestamp(event_epoch_ns // 1000)::TIMESTAMPTZ AS event_ts";
    /**
     * No dictionary encoding: on these columns (mostly distinct doubles, and ids that ZSTD compresses as well)
     * DuckDB's attempt at a dictionary costs more CPU than the rest of the write and leaves a larger file.
     */
    private static final String PARQUET_TUNING = "DICTIONARY_SIZE_LIMIT 1";

    private final Path root;

    /** @param root the lake's root directory (created on the first write) */
    public ReadingsLake(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** @return the root directory */
    public Path root() {
        return root;
    }

    /**
     * @param day a UTC calendar day
     * @return the file of that day's partition, {@code year=Y/month=M/day=D/} under the root (it may not exist)
     */
    public Path partitionFile(LocalDate day) {
        return root.resolve("year=" + day.getYear()).resolve("month=" + day.getMonthValue())
                .resolve("day=" + day.getDayOfMonth()).resolve(LakeColumns.FILE_NAME);
    }

    /**
     * Writes a batch of readings into the day partitions of their UTC days.
     *
     * @param apartments the batch (typically one ingestion's result)
     * @param weather per-building hourly weather for {@code outdoor_temp_c} (may be empty: the column is then NULL)
     * @param mode how the batch meets existing days
     * @return what was written
     * @throws IOException when the lake cannot be written
     */
    public LakeWriteReport write(List<ApartmentReadings> apartments, Map<String, HourlyWeather> weather, LakeWriteMode mode)
            throws IOException {
        Objects.requireNonNull(mode, "mode");
        LakeRowWriter rows = new LakeRowWriter(weather);
        for (ApartmentReadings a : apartments) {
            rows.write(a);
        }
        Files.createDirectories(root);
        Path staging = root.resolve(".staging-" + UUID.randomUUID());
        try (Connection c = connect(); Statement st = c.createStatement()) {
            Files.createDirectories(staging);
            TreeMap<LocalDate, Long> rowsByDay = new TreeMap<>();
            for (Map.Entry<Long, List<LakeRowWriter.Group>> e : rows.byDay().entrySet()) {
                LocalDate day = LocalDate.ofEpochDay(e.getKey());
                st.execute("CREATE TABLE batch_groups (" + LakeColumns.groupsDdl() + ")");
                try (DuckDBAppender appender = ((DuckDBConnection) c).createAppender("main", "batch_groups")) {
                    for (LakeRowWriter.Group g : e.getValue()) {
                        g.appendTo(appender);
                    }
                }
                st.execute("CREATE VIEW batch AS " + LakeColumns.rowsOfGroups("batch_groups"));
                Path existing = partitionFile(day);
                String query = mode == LakeWriteMode.MERGE && Files.exists(existing) ? mergedRows(existing) : batchRows();
                long written = st.executeUpdate("COPY (" + query + ") TO " + literal(staging.resolve(day + ".parquet"))
                        + " (FORMAT PARQUET, COMPRESSION ZSTD, " + PARQUET_TUNING + ")");
                rowsByDay.put(day, written);
                st.execute("DROP VIEW batch");
                st.execute("DROP TABLE batch_groups");
            }
            for (LocalDate day : rowsByDay.keySet()) {
                swap(staging.resolve(day + ".parquet"), partitionFile(day));
            }
            return new LakeWriteReport(rowsByDay, rows.rows(), new TreeMap<>(rows.notStored()));
        } catch (SQLException e) {
            throw new IOException("writing the processed zone at " + root + " failed: " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Rows of one day of a batch alone: its keys are unique, and they were appended in key order already
     * (apartments as given, sorted by id; rooms sorted; instants), which unnesting keeps.
     */
    private static String batchRows() {
        return "SELECT apartment_id, building_id, " + EVENT_TS + ", event_epoch_ns, room_name, "
                + String.join(", ", columnsToMerge()) + " FROM batch";
    }

    /**
     * Rows of one day of a batch merged with the day's existing rows: a full outer join on the row key, where
     * each column takes the batch's value when it has one and keeps the old one otherwise.
     */
    private static String mergedRows(Path existing) {
        StringBuilder b = new StringBuilder("SELECT coalesce(n.apartment_id, o.apartment_id) AS apartment_id, "
                + "coalesce(n.building_id, o.building_id) AS building_id, "
                + "make_timestamp(coalesce(n.event_epoch_ns, o.event_epoch_ns) // 1000)::TIMESTAMPTZ AS event_ts, "
                + "coalesce(n.event_epoch_ns, o.event_epoch_ns) AS event_epoch_ns, coalesce(n.room_name, o.room_name) AS room_name");
        for (String col : columnsToMerge()) {
            b.append(", coalesce(n.").append(col).append(", o.").append(col).append(") AS ").append(col);
        }
        return b.append(" FROM batch n FULL OUTER JOIN (SELECT apartment_id, building_id, event_epoch_ns, room_name, ")
                .append(String.join(", ", columnsToMerge())).append(" FROM read_parquet(").append(literal(existing))
                .append(")) o ON n.apartment_id = o.apartment_id AND n.room_name = o.room_name ")
                .append("AND n.event_epoch_ns = o.event_epoch_ns ORDER BY ").append(ROW_KEY).toString();
    }

    private static List<String> columnsToMerge() {
        List<String> cols = new ArrayList<>(LakeColumns.SENSORS);
        cols.add("outdoor_temp_c");
        return cols;
    }

    /** Moves {@code produced} over {@code target} in one rename (through {@link AtomicFile}). */
    private static void swap(Path produced, Path target) throws IOException {
        try {
            AtomicFile.write(target, tmp -> Files.move(produced, tmp, StandardCopyOption.REPLACE_EXISTING));
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + target + " cannot replace a file atomically", e);
        }
    }

    /**
     * @return the UTC days that have a partition, sorted; empty when the root does not exist yet
     * @throws IOException when the root cannot be listed
     */
    public List<LocalDate> days() throws IOException {
        List<LocalDate> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(root, 4)) {
            walk.filter(p -> p.getFileName().toString().equals(LakeColumns.FILE_NAME)).forEach(p -> {
                LocalDate d = dayOf(p);
                if (d != null) {
                    out.add(d);
                }
            });
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private LocalDate dayOf(Path file) {
        Path rel = root.relativize(file);
        if (rel.getNameCount() != 4) {
            return null;
        }
        try {
            return LocalDate.of(value(rel.getName(0), "year"), value(rel.getName(1), "month"), value(rel.getName(2), "day"));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int value(Path part, String key) {
        String s = part.toString();
        if (!s.startsWith(key + "=")) {
            throw new IllegalArgumentException(s);
        }
        return Integer.parseInt(s.substring(key.length() + 1));
    }

    /**
     * Reads the readings of UTC days {@code from - lookbackDays .. to} back into per-apartment readings, so
     * training and scoring can run from the processed zone.
     *
     * @param from first day wanted
     * @param to last day wanted (inclusive), not before {@code from}
     * @param lookbackDays extra days before {@code from} (for lags and rolling windows), at least 0
     * @return the readings, sorted by apartment id (empty when no partition is in range)
     * @throws IOException when the lake cannot be read
     */
    public List<ApartmentReadings> read(LocalDate from, LocalDate to, int lookbackDays) throws IOException {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
        if (lookbackDays < 0) {
            throw new IllegalArgumentException("lookbackDays must be >= 0, was " + lookbackDays);
        }
        LocalDate start = from.minusDays(lookbackDays);
        List<String> files = new ArrayList<>();
        for (LocalDate d : days()) {
            if (!d.isBefore(start) && !d.isAfter(to)) {
                files.add(literal(partitionFile(d)));
            }
        }
        if (files.isEmpty()) {
            return List.of();
        }
        // Apartment and room names travel as small integer codes: the JDBC driver turns every VARCHAR value of a
        // fetched chunk into a Java String, which made a string-keyed fetch of a month's rows ~4x slower.
        String rows = "read_parquet([" + String.join(", ", files) + "])";
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP VIEW r AS SELECT * FROM " + rows);
            st.execute("CREATE TEMP TABLE ap AS SELECT apartment_id, arg_min(building_id, event_epoch_ns) AS building_id, "
                    + "(row_number() OVER (ORDER BY apartment_id) - 1)::INTEGER AS ai FROM r GROUP BY apartment_id");
            st.execute("CREATE TEMP TABLE rm AS SELECT room_name, (row_number() OVER (ORDER BY room_name) - 1)::INTEGER AS ri "
                    + "FROM (SELECT DISTINCT room_name FROM r)");
            List<String[]> apartments = strings(st, "SELECT apartment_id, building_id FROM ap ORDER BY ai", 2);
            List<String[]> rooms = strings(st, "SELECT room_name FROM rm ORDER BY ri", 1);
            String sql = "SELECT ai, event_epoch_ns, ri, " + String.join(", ", LakeColumns.SENSORS)
                    + " FROM r JOIN ap USING (apartment_id) JOIN rm USING (room_name) ORDER BY ai, event_epoch_ns, ri";
            try (ResultSet rs = st.executeQuery(sql)) {
                return LakeReadingsReader.read(rs, apartments, rooms.stream().map(x -> x[0]).toList());
            }
        } catch (SQLException e) {
            throw new IOException("reading the processed zone at " + root + " failed: " + e.getMessage(), e);
        }
    }

    private static List<String[]> strings(Statement st, String sql, int columns) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getString(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }

    private static Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = c.createStatement()) {
            st.execute("SET TimeZone = 'UTC'");
        }
        return c;
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the staging directory " + dir, e);
        }
    }
}
