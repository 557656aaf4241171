package io.iotad.features.lake;

import io.iotad.core.files.AtomicFile;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureFrameCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes a {@link FeatureFrame} as a Parquet file through DuckDB: the same columns as
 * {@link FeatureFrameCsv} (identity columns as strings, {@code event_date} as DATE, features as
 * DOUBLE with missing = null), written to a temporary file and renamed into place.
 */
public final class FeatureFrameParquet {
    private FeatureFrameParquet() {
    }

    /**
     * @param frame the frame
     * @param file the target {@code .parquet} file (replaced when it exists)
     * @throws IOException when writing fails
     */
    public static void write(FeatureFrame frame, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path csv = Files.createTempFile(parent, file.getFileName().toString(), ".csv.tmp");
        try {
            FeatureFrameCsv.write(frame, csv);
            StringBuilder columns = new StringBuilder("{'apartment_record_id': 'VARCHAR', 'apartment_id': 'VARCHAR', "
                    + "'building_id': 'VARCHAR', 'event_date': 'DATE'");
            for (String f : frame.schema().names()) {
                columns.append(", ").append(literal(f)).append(": 'DOUBLE'");
            }
            columns.append('}');
            AtomicFile.write(file, tmp -> {
                Files.delete(tmp); // DuckDB creates the file
                try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                    s.execute("COPY (SELECT * FROM read_csv(" + literal(csv.toString()) + ", header = true, delim = ',', "
                            + "quote = '\"', nullstr = '', columns = " + columns + ")) TO " + literal(tmp.toString())
                            + " (FORMAT PARQUET)");
                } catch (SQLException e) {
                    throw new IOException("cannot write Parquet file " + file + ": " + e.getMessage(), e);
                }
            });
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
