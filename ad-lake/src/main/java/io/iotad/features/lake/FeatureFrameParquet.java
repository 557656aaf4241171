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
import java.time.LocalDate;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes a {@link FeatureFrame} as a Parquet file through DuckDB: the same columns as
 * {@link FeatureFrameCsv} (identity columns as strings, {@code event_date} as DATE, features as
 * DOUBLE with missing (NaN) = null), in the frame's row order. The rows go into an in-memory DuckDB
 * table through its appender (binary values, no text round trip), which is then copied to a temporary
 * Parquet file beside the target and renamed into place.
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
        List<String> names = frame.schema().names();
        StringBuilder ddl = new StringBuilder("CREATE TABLE frame (apartment_record_id VARCHAR, apartment_id VARCHAR, "
                + "building_id VARCHAR, event_date DATE");
        for (String f : names) {
            ddl.append(", ").append(identifier(f)).append(" DOUBLE");
        }
        ddl.append(')');
        AtomicFile.write(file, tmp -> {
            Files.delete(tmp); // DuckDB creates the file
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                s.execute(ddl.toString());
                int cols = names.size();
                try (DuckDBAppender a = ((DuckDBConnection) c).createAppender("main", "frame")) {
                    for (int i = 0; i < frame.rowCount(); i++) {
                        String apt = frame.apartmentId(i);
                        LocalDate date = frame.eventDate(i);
                        a.beginRow();
                        a.append(apt + "_" + date);
                        a.append(apt);
                        a.append(frame.buildingId(i));
                        a.appendEpochDays(Math.toIntExact(date.toEpochDay()));
                        for (int j = 0; j < cols; j++) {
                            double v = frame.value(i, j);
                            if (Double.isNaN(v)) {
                                a.appendNull();
                            } else {
                                a.append(v);
                            }
                        }
                        a.endRow();
                    }
                }
                s.execute("COPY frame TO " + literal(tmp.toString()) + " (FORMAT PARQUET)");
            } catch (SQLException e) {
                throw new IOException("cannot write Parquet file " + file + ": " + e.getMessage(), e);
            }
        });
    }

    private static String identifier(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
