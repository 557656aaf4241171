package io.iotad.features.lake;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.core.data.DataException;
import io.iotad.core.files.AtomicFile;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The feature store of the daily run: each day's feature rows of one feature pipeline spec, written once and
 * read back as the history of the next days (docs/features.md, "The daily run"). Layout, under a root such as
 * {@code LAKE/features}: one folder per spec, {@code spec-<first 16 hex digits of the SHA-256 of spec.json>/},
 * holding {@code spec.json} (the store's format version and the spec, {@link FeaturePipelineSpec#toMap()}),
 * and per day {@code day=YYYY-MM-DD.parquet} (the rows, {@link FeatureFrameParquet}'s columns) with
 * {@code day=YYYY-MM-DD.json} (the sources: the fingerprint of every processed-zone partition the rows were
 * computed from, {@link #fingerprint}; written after the rows, so a day without it is not stored).
 *
 * <p>Rows of another spec are never mixed in: another spec has its own folder, and a folder whose
 * {@code spec.json} is not the spec asked for (another format version, or a changed file) is refused. A day
 * whose sources no longer match the processed zone (a late file re-ingested a partition it read) is reported
 * as stale by {@link #storedDay}; the caller recomputes it. One writer at a time.
 */
public final class FeatureStore {
    /** Version of this layout, recorded in {@code spec.json}. */
    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final FeatureSchema schema;

    private FeatureStore(Path directory, FeatureSchema schema) {
        this.directory = directory;
        this.schema = schema;
    }

    /**
     * Opens (creating it when absent) the store of one spec.
     *
     * @param root the folder holding the stores of every spec, e.g. {@code LAKE/features}
     * @param spec the feature pipeline spec whose rows it holds
     * @return the store
     * @throws IOException when the folder cannot be created or read
     * @throws DataException when the folder's {@code spec.json} is not this spec's
     */
    public static FeatureStore open(Path root, FeaturePipelineSpec spec) throws IOException {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("store_version", FORMAT_VERSION);
        head.put("spec", spec.toMap());
        byte[] text = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(head);
        Path dir = root.resolve("spec-" + sha256(text).substring(0, 16));
        Path specFile = dir.resolve("spec.json");
        if (Files.exists(specFile)) {
            byte[] found = Files.readAllBytes(specFile);
            if (!java.util.Arrays.equals(found, text)) {
                throw new DataException(specFile.toString(), 0, "spec", "a different feature spec or store version",
                        "the store of exactly this spec (store_version " + FORMAT_VERSION + "); move the folder away "
                                + "and the next run recomputes its days from the processed zone");
            }
        } else {
            Files.createDirectories(dir);
            AtomicFile.write(specFile, tmp -> Files.write(tmp, text));
        }
        return new FeatureStore(dir, spec.outputSchema());
    }

    /** @return the spec's folder */
    public Path directory() {
        return directory;
    }

    /**
     * @param lake the processed zone
     * @param day a UTC day
     * @return the fingerprint of its partition now: {@code size:modified-millis} of its file, or {@code absent}
     * @throws IOException when the file cannot be read
     */
    public static String fingerprint(ReadingsLake lake, LocalDate day) throws IOException {
        Path f = lake.partitionFile(day);
        if (!Files.exists(f)) {
            return "absent";
        }
        return Files.size(f) + ":" + Files.getLastModifiedTime(f).toMillis();
    }

    /**
     * Whether a day is stored with these sources.
     *
     * @param day the day
     * @param sources the fingerprints of the partitions its rows are computed from, as they are now
     * @return {@code true} when the day is stored and was computed from exactly these partitions
     * @throws IOException when its files cannot be read
     */
    public boolean storedDay(LocalDate day, Map<LocalDate, String> sources) throws IOException {
        Path meta = metaFile(day);
        if (!Files.exists(meta) || !Files.exists(rowsFile(day))) {
            return false;
        }
        Map<String, String> recorded = JSON.readValue(meta.toFile(), new TypeReference<Map<String, Object>>() { })
                .entrySet().stream().filter(e -> e.getKey().equals("sources")).findFirst()
                .map(e -> toStrings(e.getValue())).orElse(Map.of());
        Map<String, String> now = new TreeMap<>();
        sources.forEach((d, f) -> now.put(d.toString(), f));
        return recorded.equals(now);
    }

    private static Map<String, String> toStrings(Object o) {
        Map<String, String> out = new TreeMap<>();
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }

    /**
     * Stores a day's rows, replacing what the day held.
     *
     * @param day the day
     * @param rows its rows (every row of that day), with the spec's schema
     * @param sources the fingerprints of the partitions they were computed from
     * @throws IOException when the files cannot be written
     * @throws IllegalArgumentException when a row is of another day or the columns are not the spec's
     */
    public void write(LocalDate day, FeatureFrame rows, Map<LocalDate, String> sources) throws IOException {
        if (!rows.schema().equals(schema)) {
            throw new IllegalArgumentException("rows have columns " + rows.schema().names() + ", the store holds " + schema.names());
        }
        for (int i = 0; i < rows.rowCount(); i++) {
            if (!rows.eventDate(i).equals(day)) {
                throw new IllegalArgumentException("row " + i + " is of " + rows.eventDate(i) + ", not " + day);
            }
        }
        Files.deleteIfExists(metaFile(day));
        FeatureFrameParquet.write(rows, rowsFile(day));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("day", day.toString());
        meta.put("rows", rows.rowCount());
        Map<String, String> src = new TreeMap<>();
        sources.forEach((d, f) -> src.put(d.toString(), f));
        meta.put("sources", src);
        byte[] text = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta);
        AtomicFile.write(metaFile(day), tmp -> Files.write(tmp, text));
    }

    /**
     * Reads stored days back.
     *
     * @param days stored days ({@link #storedDay})
     * @return their rows, sorted by apartment id then date; empty when no day is given
     * @throws IOException when the files cannot be read
     */
    public FeatureFrame read(List<LocalDate> days) throws IOException {
        List<String> files = new ArrayList<>();
        for (LocalDate d : days) {
            files.add("'" + rowsFile(d).toAbsolutePath().toString().replace("'", "''") + "'");
        }
        if (files.isEmpty()) {
            return FeatureFrame.of(schema, new String[0], new String[0], new LocalDate[0], new double[schema.size()][0]);
        }
        StringBuilder sql = new StringBuilder("SELECT apartment_id, building_id, (event_date - DATE '1970-01-01')::INTEGER");
        for (String f : schema.names()) {
            sql.append(", \"").append(f.replace("\"", "\"\"")).append('"');
        }
        sql.append(" FROM read_parquet([").append(String.join(", ", files)).append("]) ORDER BY apartment_id, event_date");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql.toString())) {
            List<String> apts = new ArrayList<>();
            List<String> bldgs = new ArrayList<>();
            List<LocalDate> dates = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            int n = schema.size();
            while (rs.next()) {
                apts.add(rs.getString(1));
                bldgs.add(rs.getString(2));
                dates.add(LocalDate.ofEpochDay(rs.getInt(3)));
                double[] row = new double[n];
                for (int j = 0; j < n; j++) {
                    double v = rs.getDouble(j + 4);
                    row[j] = rs.wasNull() ? Double.NaN : v;
                }
                values.add(row);
            }
            double[][] cols = new double[n][values.size()];
            for (int i = 0; i < values.size(); i++) {
                double[] row = values.get(i);
                for (int j = 0; j < n; j++) {
                    cols[j][i] = row[j];
                }
            }
            return FeatureFrame.of(schema, apts.toArray(String[]::new), bldgs.toArray(String[]::new),
                    dates.toArray(LocalDate[]::new), cols);
        } catch (SQLException e) {
            throw new IOException("reading the feature store at " + directory + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * @param day a day
     * @return its rows file, when it is stored (whatever its sources)
     */
    public Optional<Path> rowsOf(LocalDate day) {
        Path f = rowsFile(day);
        return Files.exists(f) && Files.exists(metaFile(day)) ? Optional.of(f) : Optional.empty();
    }

    private Path rowsFile(LocalDate day) {
        return directory.resolve("day=" + day + ".parquet");
    }

    private Path metaFile(LocalDate day) {
        return directory.resolve("day=" + day + ".json");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "FeatureStore[" + Objects.toString(directory) + "]";
    }
}
