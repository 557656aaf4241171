package io.iotad.features.extract;

import static io.iotad.features.extract.StandardExtractorsTest.constantWeather;
import static io.iotad.features.extract.StandardExtractorsTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.iotad.features.readings.ApartmentReadings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionalExtractorsTest {
    private static List<FeatureExtractor> standardPlus(String... names) {
        List<FeatureExtractor> all = new ArrayList<>(FeatureExtractors.standard(18));
        for (String n : names) {
            all.add(FeatureExtractors.named(n));
        }
        return all;
    }

    /** Energy rises 1 kWh per hour, plus 6 extra kWh in hour 19, over three days. */
    private static ApartmentReadings hourlyEnergy() {
        ReadingsBuilder b = new ReadingsBuilder("a", "b");
        double e = 0;
        long t0 = java.time.Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;
        for (int h = 0; h <= 72; h++) {
            b.atNanos(t0 + h * 3600L * 1_000_000_000L).energy(e).temp("lr", 20).setpoint("lr", 21 + (h / 24));
            e += 1 + (h % 24 == 18 ? 6 : 0);
        }
        return b.build();
    }

    @Test
    void given_hourly_readings_when_extracting_the_hourly_profile_then_shares_and_peak_describe_the_day() {
        DailyColumns cols = run(hourlyEnergy(), null, List.of(new HourlyEnergyProfile()));

        assertThat(cols.get("energy_share_night")[1]).isCloseTo(6.0 / 30, within(1e-12));
        assertThat(cols.get("energy_share_morning")[1]).isCloseTo(6.0 / 30, within(1e-12));
        assertThat(cols.get("energy_share_evening")[1]).isCloseTo(12.0 / 30, within(1e-12));
        assertThat(cols.get("peak_energy_hour")[1]).isEqualTo(18.0);
        assertThat(cols.get("peak_energy_hour")[3]).isNaN(); // the last day used no energy
    }

    @Test
    void given_the_standard_columns_when_extracting_lags_windows_and_interactions_then_they_follow_their_definitions() {
        DailyColumns cols = run(hourlyEnergy(), constantWeather("b", "2024-01-01", 96, 8.0),
                standardPlus("energy_lag_2d", "energy_lag_7d", "energy_roll_std_7d", "temp_diff_roll_avg_3d",
                        "outdoor_temp_x_temp_diff", "energy_per_hdd", "calendar"));

        assertThat(cols.get("daily_energy_kwh")).containsExactly(30.0, 30.0, 30.0, 0.0); // the last day: no reading, not silent
        assertThat(cols.get("energy_lag_2d")).containsExactly(Double.NaN, Double.NaN, 30.0, 30.0);
        assertThat(cols.get("energy_lag_7d")).containsOnly(Double.NaN);
        assertThat(cols.get("energy_roll_std_7d")).containsExactly(Double.NaN, Double.NaN, Double.NaN, 15.0);
        assertThat(cols.get("temp_diff_roll_avg_3d")[2]).isCloseTo(2.0, within(0.1));
        assertThat(cols.get("outdoor_temp_x_temp_diff")[0]).isCloseTo(8.0 * cols.get("avg_temp_diff")[0], within(1e-12));
        assertThat(cols.get("energy_per_hdd")[0]).isCloseTo(30.0 / 10.0, within(1e-12));
        assertThat(cols.get("day_of_week")).containsExactly(1.0, 2.0, 3.0, 4.0); // 2024-01-01 was a Monday
        assertThat(cols.get("is_weekend")).containsOnly(0.0);
    }

    @Test
    void given_a_warm_day_when_extracting_energy_per_hdd_then_it_is_missing_not_infinite() {
        DailyColumns cols = run(hourlyEnergy(), constantWeather("b", "2024-01-01", 96, 17.5), standardPlus("energy_per_hdd"));

        assertThat(cols.get("hdd")[0]).isEqualTo(0.5);
        assertThat(cols.get("energy_per_hdd")[0]).isNaN();
    }
}
