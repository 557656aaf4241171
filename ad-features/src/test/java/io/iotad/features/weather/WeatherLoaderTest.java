package io.iotad.features.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.data.DataException;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.topology.Building;
import io.iotad.features.topology.TopologyCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeatherLoaderTest {
    private static final String HEADER = "building_id,timestamp_hour,temperature_c,humidity,solar_irradiance_ghi,is_holiday_flag\n";
    private static final long H0 = 1_704_067_200L; // 2024-01-01T00:00Z

    @TempDir
    Path dir;

    private final WeatherLoader loader = new WeatherLoader(WeatherOptions.defaults());

    private Path write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void given_processed_csv_with_empty_cells_and_an_identical_repeat_when_loaded_then_empties_are_nan_and_the_repeat_is_counted()
            throws IOException {
        Path f = write("w.csv", HEADER
                + "b1,2024-01-01T01:00:00Z,2.0,80,0,0\n"
                + "b1,2024-01-01T00:00:00Z,,,,1\n"
                + "b2,2024-01-01 00:00:00,5.5,70,10.5,0\n"
                + "b1,2024-01-01T02:00:00+01:00,2.0,80,0,0\n");

        WeatherSet w = loader.load(List.of(f), Map.of());

        HourlyWeather b1 = w.byBuilding().get("b1");
        assertThat(b1.hourStartEpochSeconds()).containsExactly(H0, H0 + 3600);
        assertThat(b1.temperatureC()[0]).isNaN();
        assertThat(b1.humidityPct()[0]).isNaN();
        assertThat(b1.temperatureC()[1]).isEqualTo(2.0);
        assertThat(w.holidayHours().get("b1")).containsExactly(H0);
        assertThat(w.byBuilding().get("b2").solarIrradianceWm2()).containsExactly(10.5);
        assertThat(w.duplicateHours()).isEqualTo(1);
        assertThat(w.revisedHours()).isZero();
    }

    @Test
    void given_a_window_when_loaded_then_only_its_hours_are_kept_the_rest_counted_and_a_bad_value_outside_is_not_read()
            throws IOException {
        Path f = write("w.csv", HEADER
                + "b1,2023-12-31T23:00:00Z,not-a-number,80,0,0\n" // outside: its temperature is never parsed
                + "b1,2024-01-01T00:00:00Z,1.0,80,0,0\n"
                + "b1,2024-01-01T01:00:00Z,2.0,80,0,1\n"
                + "b2,2024-01-01T02:00:00Z,3.0,80,0,0\n" // the window's end is exclusive
                + "b2,2024-01-01T01:00:00+01:00,4.0,80,0,0\n");
        java.time.Instant from = java.time.Instant.ofEpochSecond(H0);

        WeatherSet w = loader.load(List.of(f), Map.of(), from, from.plusSeconds(2 * 3600));

        assertThat(w.byBuilding().get("b1").hourStartEpochSeconds()).containsExactly(H0, H0 + 3600);
        assertThat(w.byBuilding().get("b1").temperatureC()).containsExactly(1.0, 2.0);
        assertThat(w.byBuilding().get("b2").temperatureC()).containsExactly(4.0);
        assertThat(w.holidayHours().get("b1")).containsExactly(H0 + 3600);
        assertThat(w.rowsOutsideWindow()).isEqualTo(2);
        // the whole file, without a window, is the same rows plus the two, and refuses the bad cell
        assertThatThrownBy(() -> loader.load(List.of(f), Map.of())).isInstanceOf(DataException.class)
                .hasMessageContaining(f + ":2").hasMessageContaining("not-a-number");
        // a bad hour stamp is refused even outside the window: the row's hour must be read to place it
        Path g = write("g.csv", HEADER + "b1,2023-12-31T23:30:00Z,1.0,80,0,0\n");
        assertThatThrownBy(() -> loader.load(List.of(g), Map.of(), from, from.plusSeconds(3600)))
                .isInstanceOf(DataException.class).hasMessageContaining("timestamp_hour");
        assertThatThrownBy(() -> loader.load(List.of(f), Map.of(), from, from))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end after it starts");
    }

    @Test
    void given_processed_csv_with_the_same_building_hour_twice_and_different_values_when_loaded_then_it_is_refused_naming_both_rows()
            throws IOException {
        Path first = write("a.csv", HEADER + "b1,2024-01-01T01:00:00Z,2.0,80,0,0\n");
        Path second = write("b.csv", HEADER + "b2,2024-01-01T01:00:00Z,9.0,80,0,0\n" + "b1,2024-01-01T02:00:00+01:00,1.5,80,0,0\n");

        assertThatThrownBy(() -> loader.load(List.of(first, second), Map.of())).isInstanceOf(DataException.class)
                .hasMessageContaining(second + ":3").hasMessageContaining("'temperature_c'").hasMessageContaining("'1.5'")
                .hasMessageContaining(first + ":2 gave 2.0").hasMessageContaining("building b1")
                .hasMessageContaining("2024-01-01T01:00:00Z");
    }

    @Test
    void given_overlapping_raw_forecasts_when_loaded_then_the_later_file_revises_the_hours_and_the_revisions_are_counted()
            throws IOException {
        Map<String, Building> buildings = TopologyCsv.readBuildings(write("topo/buildings.csv",
                "building_id,latitude,longitude\nparis,48.8566,2.3522\n"));
        write("wx/2024-01-01.json", forecast(48.85, 2.35, "2024-01-01T01:00", "[3.0, 4.0]"));
        write("wx/2024-01-02.json", forecast(48.85, 2.35, "2024-01-01T01:00", "[3.0, 4.5]"));

        WeatherSet w = loader.load(List.of(dir.resolve("wx")), buildings);

        assertThat(w.byBuilding().get("paris").temperatureC()).containsExactly(3.0, 4.5);
        assertThat(w.revisedHours()).isEqualTo(1);
        assertThat(w.duplicateHours()).isEqualTo(1);
    }

    @Test
    void given_bad_weather_cells_when_loaded_then_the_error_names_file_line_field_value_and_expectation() throws IOException {
        Path text = write("a.csv", HEADER + "b1,2024-01-01T00:00:00Z,warm,80,0,0\n");
        Path offHour = write("b.csv", HEADER + "b1,2024-01-01T00:30:00Z,1,80,0,0\n");
        Path badDate = write("c.csv", HEADER + "b1,2024-02-30T00:00:00Z,1,80,0,0\n");
        Path flag = write("d.csv", HEADER + "b1,2024-01-01T00:00:00Z,1,80,0,yes\n");
        Path hot = write("e.csv", HEADER + "b1,2024-01-01T00:00:00Z,999,80,0,0\n");
        Path noTemp = write("f.csv", "building_id,timestamp_hour\nb1,2024-01-01T00:00:00Z\n");

        assertThatThrownBy(() -> loader.load(List.of(text), Map.of())).isInstanceOf(DataException.class)
                .hasMessageContaining(text + ":2").hasMessageContaining("'temperature_c'").hasMessageContaining("'warm'")
                .hasMessageContaining("finite number");
        assertThatThrownBy(() -> loader.load(List.of(offHour), Map.of())).hasMessageContaining("start of an hour");
        assertThatThrownBy(() -> loader.load(List.of(badDate), Map.of())).hasMessageContaining("2024-02-30");
        assertThatThrownBy(() -> loader.load(List.of(flag), Map.of())).hasMessageContaining("is_holiday_flag");
        assertThatThrownBy(() -> loader.load(List.of(hot), Map.of())).hasMessageContaining("[-90, 60]");
        assertThatThrownBy(() -> loader.load(List.of(noTemp), Map.of())).hasMessageContaining("'temperature_c'");
    }

    private static String forecast(double lat, double lon, String time0, String temps) {
        return "{\"latitude\": " + lat + ", \"longitude\": " + lon + ", \"generationtime_ms\": 0.2, \"utc_offset_seconds\": 3600,"
                + " \"hourly\": {\"time\": [\"" + time0 + "\", \"2024-01-01T02:00\"], \"temperature_2m\": " + temps + ","
                + " \"cloudcover\": [10, 20], \"shortwave_radiation\": [0.0, null]}}";
    }

    @Test
    void given_raw_forecasts_when_loaded_then_each_building_gets_its_nearest_location_within_the_tolerance() throws IOException {
        Map<String, Building> buildings = TopologyCsv.readBuildings(write("topo/buildings.csv",
                "building_id,latitude,longitude\nparis,48.8566,2.3522\nparis_b,48.86,2.36\nlyon,45.764,4.8357\n"));
        write("wx/paris.json", forecast(48.85, 2.35, "2024-01-01T01:00", "[3.0, 4.0]"));
        write("wx/lyon.json", forecast(45.75, 4.85, "2024-01-01T01:00", "[7.0, null]"));

        WeatherSet w = loader.load(List.of(dir.resolve("wx")), buildings);

        assertThat(w.byBuilding()).containsOnlyKeys("lyon", "paris", "paris_b");
        HourlyWeather paris = w.byBuilding().get("paris_b");
        assertThat(paris.hourStartEpochSeconds()).containsExactly(H0, H0 + 3600); // local +01:00
        assertThat(paris.temperatureC()).containsExactly(3.0, 4.0);
        assertThat(paris.humidityPct()[0]).isNaN();
        assertThat(paris.solarIrradianceWm2()[1]).isNaN();
        assertThat(w.byBuilding().get("lyon").temperatureC()[1]).isNaN();
    }

    @Test
    void given_a_building_far_from_every_forecast_when_loaded_then_the_error_names_it_and_the_nearest_location()
            throws IOException {
        Map<String, Building> buildings = TopologyCsv.readBuildings(write("topo/buildings.csv",
                "building_id,latitude,longitude\nparis,48.8566,2.3522\nmarseille,43.2965,5.3698\n"));
        write("wx/paris.json", forecast(48.85, 2.35, "2024-01-01T01:00", "[3.0, 4.0]"));

        assertThatThrownBy(() -> loader.load(List.of(dir.resolve("wx")), buildings)).isInstanceOf(DataException.class)
                .hasMessageContaining("marseille").hasMessageContaining("paris.json").hasMessageContaining("km away");
    }

    @Test
    void given_a_malformed_forecast_when_loaded_then_the_error_names_the_field() throws IOException {
        Map<String, Building> buildings = TopologyCsv.readBuildings(write("topo/buildings.csv",
                "building_id,latitude,longitude\nparis,48.8566,2.3522\n"));
        Path shortArray = write("x/a.json", forecast(48.85, 2.35, "2024-01-01T01:00", "[3.0]"));
        Path textValue = write("y/a.json", forecast(48.85, 2.35, "2024-01-01T01:00", "[3.0, \"4\"]"));
        Path notJson = write("z/a.json", "{\"latitude\": ");

        assertThatThrownBy(() -> loader.load(List.of(shortArray), buildings)).hasMessageContaining("hourly.temperature_2m")
                .hasMessageContaining("as many as hourly.time");
        assertThatThrownBy(() -> loader.load(List.of(textValue), buildings)).hasMessageContaining("temperature_2m[1]");
        assertThatThrownBy(() -> loader.load(List.of(notJson), buildings)).isInstanceOf(DataException.class)
                .hasMessageContaining("a JSON object");
        Path valid = write("v/a.json", forecast(48.85, 2.35, "2024-01-01T01:00", "[3.0, 4.0]"));
        assertThatThrownBy(() -> loader.load(List.of(valid), Map.of())).hasMessageContaining("buildings.csv");
    }

    @Test
    void given_a_tolerance_that_is_not_positive_when_constructed_then_the_message_names_it() {
        assertThatThrownBy(() -> new WeatherOptions(0)).hasMessageContaining("maxDistanceKm");
        assertThatThrownBy(() -> new WeatherOptions(Double.NaN)).hasMessageContaining("maxDistanceKm");
    }

    @Test
    void given_two_points_when_measuring_then_the_haversine_distance_is_right() {
        assertThat(WeatherLoader.distanceKm(48.8566, 2.3522, 45.764, 4.8357)).isBetween(391.0, 393.0); // Paris-Lyon ~392 km
    }
}
