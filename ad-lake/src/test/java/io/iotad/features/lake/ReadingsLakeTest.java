package io.iotad.features.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.readings.SensorSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingsLakeTest {
    private static final long DAY = 86_400_000_000_000L;
    private static final long T0 = 1_704_067_200_000_000_000L; // 2024-01-01T00:00Z
    private static final long HOUR = 3_600_000_000_000L;

    @TempDir
    Path dir;

    private static ApartmentReadings apartment(String id, long... instants) {
        double[] energy = new double[instants.length];
        double[] temp = new double[instants.length];
        for (int i = 0; i < instants.length; i++) {
            energy[i] = 100 + i;
            temp[i] = 20 + i / 10.0;
        }
        return new ApartmentReadings(id, "b1", List.of(
                new SensorSeries("co2_ppm", "lr", instants.clone(), temp.clone()),
                new SensorSeries("heating_energy_kwh", "default", instants.clone(), energy),
                new SensorSeries("room_temp_c", "lr", instants.clone(), temp)), instants.clone());
    }

    private long analystCount() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + dir.resolve("lake") + "/**/*.parquet', "
                     + "hive_partitioning=true)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void given_readings_over_two_days_when_written_then_each_day_is_a_hive_partition_queryable_by_duckdb() throws Exception {
        ReadingsLake lake = new ReadingsLake(dir.resolve("lake"));
        HourlyWeather w = new HourlyWeather("b1", new long[] {T0 / 1_000_000_000L}, new double[] {-3.5},
                new double[] {Double.NaN}, new double[] {Double.NaN});

        LakeWriteReport report = lake.write(List.of(apartment("a1", T0 + 60_000_000_000L, T0 + DAY + HOUR)), Map.of("b1", w),
                LakeWriteMode.MERGE);

        assertThat(report.rowsByDay()).containsOnlyKeys(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2));
        assertThat(report.rowsFromBatch()).isEqualTo(4); // (default, lr) x 2 instants
        assertThat(report.readingsNotStored()).containsEntry("co2_ppm", 2L);
        assertThat(lake.partitionFile(LocalDate.of(2024, 1, 2))).exists()
                .hasToString(dir.resolve("lake/year=2024/month=1/day=2/readings.parquet").toString());
        assertThat(analystCount()).isEqualTo(4);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT year, month, day, room_name, heating_energy_kwh, room_temp_c, outdoor_temp_c, "
                     + "epoch_ns(event_ts) FROM read_parquet('" + dir.resolve("lake") + "/**/*.parquet', hive_partitioning=true) "
                     + "ORDER BY event_epoch_ns, room_name LIMIT 1")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2024);
            assertThat(rs.getInt(3)).isEqualTo(1);
            assertThat(rs.getString(4)).isEqualTo("default");
            assertThat(rs.getDouble(5)).isEqualTo(100.0);
            rs.getDouble(6);
            assertThat(rs.wasNull()).isTrue();
            assertThat(rs.getDouble(7)).isEqualTo(-3.5);
            assertThat(rs.getLong(8)).isEqualTo(T0 + 60_000_000_000L);
        }
    }

    @Test
    void given_the_same_batch_twice_when_written_then_no_day_is_duplicated() throws Exception {
        ReadingsLake lake = new ReadingsLake(dir.resolve("lake"));
        List<ApartmentReadings> batch = List.of(apartment("a1", T0, T0 + HOUR, T0 + DAY), apartment("a2", T0 + 2 * HOUR));

        lake.write(batch, Map.of(), LakeWriteMode.MERGE);
        long once = analystCount();
        lake.write(batch, Map.of(), LakeWriteMode.MERGE);
        lake.write(batch, Map.of(), LakeWriteMode.REPLACE);

        assertThat(once).isEqualTo(8);
        assertThat(analystCount()).isEqualTo(once);
        try (Stream<Path> files = Files.walk(dir.resolve("lake"))) {
            assertThat(files.filter(Files::isRegularFile)).allSatisfy(p -> assertThat(p.getFileName()).hasToString("readings.parquet"))
                    .hasSize(2);
        }
    }

    @Test
    void given_late_readings_for_a_day_when_merged_then_they_join_the_day_and_replace_mode_keeps_only_the_batch()
            throws Exception {
        ReadingsLake lake = new ReadingsLake(dir.resolve("lake"));
        lake.write(List.of(apartment("a1", T0, T0 + HOUR)), Map.of(), LakeWriteMode.MERGE);

        lake.write(List.of(apartment("a1", T0 + 2 * HOUR)), Map.of(), LakeWriteMode.MERGE);
        long merged = analystCount();
        lake.write(List.of(apartment("a1", T0 + 2 * HOUR)), Map.of(), LakeWriteMode.REPLACE);

        assertThat(merged).isEqualTo(6);
        assertThat(analystCount()).isEqualTo(2);
    }

    @Test
    void given_a_written_lake_when_a_range_is_read_back_with_lookback_then_the_stored_readings_return_exactly() throws Exception {
        ReadingsLake lake = new ReadingsLake(dir.resolve("lake"));
        long[] instants = {T0 + 7, T0 + HOUR, T0 + DAY + 5, T0 + 2 * DAY, T0 + 3 * DAY};
        lake.write(List.of(apartment("a1", instants), apartment("a0", T0 + DAY)), Map.of(), LakeWriteMode.MERGE);

        List<ApartmentReadings> back = lake.read(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), 1);

        assertThat(back).extracting(ApartmentReadings::apartmentId).containsExactly("a0", "a1");
        ApartmentReadings a1 = back.get(1);
        assertThat(a1.reportInstants()).containsExactly(T0 + 7, T0 + HOUR, T0 + DAY + 5, T0 + 2 * DAY);
        assertThat(a1.series()).extracting(SensorSeries::sensorType).containsExactly("heating_energy_kwh", "room_temp_c");
        assertThat(a1.series().get(0).values()).containsExactly(100, 101, 102, 103);
        assertThat(a1.series().get(1).roomName()).isEqualTo("lr");
        assertThat(lake.read(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2), 0)).isEmpty();
        assertThat(lake.days()).hasSize(4);
    }

    @Test
    void given_an_inverted_range_or_negative_lookback_when_read_then_the_message_names_it() {
        ReadingsLake lake = new ReadingsLake(dir.resolve("lake"));
        LocalDate d = LocalDate.of(2024, 1, 2);

        assertThatThrownBy(() -> lake.read(d, d.minusDays(1), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to (2024-01-01)");
        assertThatThrownBy(() -> lake.read(d, d, -1)).hasMessageContaining("lookbackDays");
    }
}
