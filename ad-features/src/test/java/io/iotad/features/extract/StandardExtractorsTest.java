package io.iotad.features.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.data.DataException;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardExtractorsTest {
    static final long STALE = 48L * 3600 * 1_000_000_000L;

    static DailyColumns run(ApartmentReadings r, HourlyWeather w, List<FeatureExtractor> extractors) {
        ApartmentDays days = new ApartmentDays(r, w, ZoneId.of("UTC"), STALE);
        DailyColumns cols = new DailyColumns(days.dayCount());
        for (FeatureExtractor e : extractors) {
            e.extract(days, cols);
        }
        return cols;
    }

    static HourlyWeather constantWeather(String building, String fromDay, int hours, double temp) {
        long start = java.time.LocalDate.parse(fromDay).toEpochDay() * 86400;
        long[] h = new long[hours];
        double[] t = new double[hours];
        for (int i = 0; i < hours; i++) {
            h[i] = start + i * 3600L;
            t[i] = temp;
        }
        double[] nan = new double[hours];
        Arrays.fill(nan, Double.NaN);
        return new HourlyWeather(building, h, t, nan, nan.clone());
    }

    @Test
    void given_a_counter_reset_inside_a_day_when_extracting_energy_then_the_reset_counts_its_new_value() {
        ApartmentReadings r = new ReadingsBuilder("a", "b").at("2024-01-01T23:00:00Z").energy(100)
                .at("2024-01-02T06:00:00Z").energy(110).at("2024-01-02T07:00:00Z").energy(3)
                .at("2024-01-02T20:00:00Z").energy(5).build();

        double[] energy = run(r, null, List.of(CounterConsumption.heatingEnergy())).get("daily_energy_kwh");

        assertThat(energy[0]).isNaN();
        assertThat(energy[1]).isEqualTo(10 + 3 + 2);
    }

    @Test
    void given_a_silence_longer_than_the_limit_when_extracting_then_the_silent_days_are_missing_not_zero() {
        ApartmentReadings r = new ReadingsBuilder("a", "b").at("2024-01-01T00:00:00Z").energy(1).temp("lr", 20)
                .at("2024-01-01T12:00:00Z").energy(2).at("2024-01-06T12:00:00Z").energy(9).temp("lr", 21).build();

        DailyColumns cols = run(r, null, List.of(CounterConsumption.heatingEnergy(), new RoomClimateAverages()));

        assertThat(cols.dayCount()).isEqualTo(6);
        assertThat(cols.get("daily_energy_kwh")[1]).isEqualTo(0.0); // still within 48 h of the last reading
        assertThat(cols.get("daily_energy_kwh")[3]).isNaN();
        assertThat(cols.get("avg_room_temp_c")[4]).isNaN();
        assertThat(cols.get("avg_room_temp_c")[0]).isEqualTo(20.0);
    }

    @Test
    void given_a_room_without_setpoint_when_extracting_the_temperature_difference_then_only_rooms_with_both_count() {
        ApartmentReadings r = new ReadingsBuilder("a", "b").at("2024-01-01T00:00:00Z")
                .temp("lr", 20).setpoint("lr", 22).temp("bed", 10).at("2024-01-01T23:59:00Z").temp("lr", 20).build();

        DailyColumns cols = run(r, null, List.of(new RoomClimateAverages()));

        assertThat(cols.get("avg_room_temp_c")[0]).isEqualTo(15.0);
        assertThat(cols.get("avg_setpoint_temp_c")[0]).isEqualTo(22.0);
        assertThat(cols.get("avg_temp_diff")[0]).isEqualTo(2.0);
    }

    @Test
    void given_weather_with_17_hours_on_a_day_when_extracting_outdoor_temperature_then_that_day_is_missing() {
        ApartmentReadings r = new ReadingsBuilder("a", "b").at("2024-01-01T00:00:00Z").energy(1)
                .at("2024-01-02T12:00:00Z").energy(2).build();
        HourlyWeather w = constantWeather("b", "2024-01-01", 24 + 17, 4.0);

        DailyColumns cols = run(r, w, List.of(OutdoorTemperature.standard(), new HeatingDegreeDays(18)));

        assertThat(cols.get("avg_outdoor_temp_c")).containsExactly(4.0, Double.NaN);
        assertThat(cols.get("hdd")).containsExactly(14.0, Double.NaN);
    }

    @Test
    void given_a_building_without_weather_when_extracting_then_outdoor_temperature_and_hdd_are_missing() {
        ApartmentReadings r = new ReadingsBuilder("a", "b").at("2024-01-01T00:00:00Z").energy(1).build();

        DailyColumns cols = run(r, null, List.of(OutdoorTemperature.standard(), new HeatingDegreeDays(18)));

        assertThat(cols.get("avg_outdoor_temp_c")).containsExactly(Double.NaN);
        assertThat(cols.get("hdd")).containsExactly(Double.NaN);
    }

    @Test
    void given_a_counter_in_two_rooms_when_extracting_energy_then_it_fails_naming_the_apartment() {
        ApartmentReadings r = new ReadingsBuilder("apt_9", "b").at("2024-01-01T00:00:00Z")
                .reading("heating_energy_kwh", "x", 1).reading("heating_energy_kwh", "y", 2).build();

        assertThatThrownBy(() -> run(r, null, List.of(CounterConsumption.heatingEnergy())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apt_9").hasMessageContaining("2 rooms");
    }

    @Test
    void given_readings_spanning_decades_when_laying_out_days_then_it_fails_naming_the_apartment_and_span() {
        ApartmentReadings r = new ReadingsBuilder("apt_7", "b").at("1970-01-01T00:00:00Z").energy(1)
                .at("2024-01-01T00:00:00Z").energy(2).build();

        assertThatThrownBy(() -> run(r, null, List.of(CounterConsumption.heatingEnergy())))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("apt_7").hasMessageContaining("1970-01-01 .. 2024-01-01").hasMessageContaining("3660 days");
    }

    @Test
    void given_no_readings_when_laying_out_days_then_there_are_no_rows() {
        ApartmentReadings r = new ApartmentReadings("a", "b", List.of(), new long[0]);

        assertThat(run(r, null, FeatureExtractors.standard(18)).dayCount()).isZero();
    }
}
