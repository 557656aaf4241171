package io.iotad.features.lake;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureFrameParquetTest {
    @TempDir
    Path dir;

    private static FeatureFrame frame(int rows, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> names = List.of("daily_energy_kwh", "it's \"quoted\"", "hdd");
        String[] apts = new String[rows];
        String[] buildings = new String[rows];
        LocalDate[] dates = new LocalDate[rows];
        double[][] cols = new double[names.size()][rows];
        for (int i = 0; i < rows; i++) {
            apts[i] = "apt-" + r.nextInt(5) + (i % 7 == 0 ? ",'x\"" : "");
            buildings[i] = "b" + r.nextInt(3);
            dates[i] = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(400));
            for (int c = 0; c < cols.length; c++) {
                cols[c][i] = r.nextInt(6) == 0 ? Double.NaN : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-5, 6));
            }
        }
        return FeatureFrame.of(FeatureSchema.of(names), apts, buildings, dates, cols);
    }

    private static List<Object[]> readBack(Path file) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int k = 1; k <= n; k++) {
                    row[k - 1] = k == 4 ? rs.getObject(k, LocalDate.class) : rs.getObject(k);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Property(tries = 12)
    void every_value_reads_back_exactly_in_row_order_with_missing_as_null(@ForAll @IntRange(min = 0, max = 3000) int rows,
                                                                          @ForAll @LongRange(min = 0, max = 1000) long seed)
            throws Exception {
        FeatureFrame f = frame(rows, seed);
        Path tmp = Files.createTempDirectory("frame-parquet"); // jqwik properties get no @TempDir
        Path file = tmp.resolve("p.parquet");
        List<Object[]> back;
        try {
            FeatureFrameParquet.write(f, file);
            back = readBack(file);
        } finally {
            Files.deleteIfExists(file);
            Files.delete(tmp);
        }

        assertThat(back).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            Object[] row = back.get(i);
            assertThat(row[0]).isEqualTo(f.apartmentId(i) + "_" + f.eventDate(i));
            assertThat(row[1]).isEqualTo(f.apartmentId(i));
            assertThat(row[2]).isEqualTo(f.buildingId(i));
            assertThat(row[3]).isEqualTo(f.eventDate(i));
            for (int c = 0; c < f.schema().size(); c++) {
                double v = f.value(i, c);
                assertThat(row[4 + c]).as("row %d column %d", i, c).isEqualTo(Double.isNaN(v) ? null : v);
            }
        }
    }

    @Test
    void given_a_frame_when_written_then_the_columns_have_the_contract_names_and_types_and_no_temporary_file_stays()
            throws Exception {
        Path file = dir.resolve("out/features.parquet");
        FeatureFrameParquet.write(frame(50, 1), file);
        FeatureFrameParquet.write(frame(20, 2), file); // replaces

        List<String> columns = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
            while (rs.next()) {
                columns.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        assertThat(columns).containsExactly("apartment_record_id VARCHAR", "apartment_id VARCHAR", "building_id VARCHAR",
                "event_date DATE", "daily_energy_kwh DOUBLE", "it's \"quoted\" DOUBLE", "hdd DOUBLE");
        assertThat(readBack(file)).hasSize(20);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
