package io.iotad.features.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.extract.ReadingsBuilder;
import io.iotad.features.pipeline.FeaturePipeline;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replays the seed's Challenge 1: a weather join that lost one building's weather for a day must
 * leave every other building's outdoor temperature intact and that building-day missing (never 0);
 * a batch whose outdoor temperature is missing beyond the limit must fail loudly, never be filled.
 */
class ChallengeOneReplayTest {
    static final int BUILDINGS = 25;
    static final int DAYS = 10;
    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDate GAP_DAY = START.plusDays(4);

    static List<ApartmentReadings> portfolio() {
        List<ApartmentReadings> out = new ArrayList<>();
        for (int b = 0; b < BUILDINGS; b++) {
            for (int a = 0; a < 2; a++) {
                ReadingsBuilder r = new ReadingsBuilder(String.format("apt_%02d_%d", b, a), building(b));
                long t0 = START.toEpochDay() * 86400L * 1_000_000_000L;
                for (int h = 0; h < DAYS * 24; h++) {
                    r.atNanos(t0 + h * 3600L * 1_000_000_000L).energy(h * (1.0 + a)).temp("lr", 20 + (h % 3) * 0.5).setpoint("lr", 21);
                }
                out.add(r.build());
            }
        }
        return out;
    }

    static String building(int b) {
        return String.format("b%02d", b);
    }

    /** Hourly weather of every building, with the hours of {@code dropped} (building → day) removed. */
    static Map<String, HourlyWeather> weather(Map<String, LocalDate> dropped) {
        Map<String, HourlyWeather> out = new LinkedHashMap<>();
        for (int b = 0; b < BUILDINGS; b++) {
            List<Long> hours = new ArrayList<>();
            List<Double> temps = new ArrayList<>();
            for (int h = 0; h < DAYS * 24; h++) {
                long start = START.toEpochDay() * 86400L + h * 3600L;
                if (START.plusDays(h / 24).equals(dropped.get(building(b))) || dropped.containsKey("*") && START.plusDays(h / 24).equals(dropped.get("*"))) {
                    continue;
                }
                hours.add(start);
                temps.add(b - 5.0 + (h % 24) / 24.0);
            }
            double[] nan = new double[hours.size()];
            Arrays.fill(nan, Double.NaN);
            out.put(building(b), new HourlyWeather(building(b), hours.stream().mapToLong(Long::longValue).toArray(),
                    temps.stream().mapToDouble(Double::doubleValue).toArray(), nan, nan.clone()));
        }
        return out;
    }

    static FeatureFrame features(Map<String, HourlyWeather> weather) {
        return new FeaturePipeline(FeaturePipelineSpec.standard(), 2).run(portfolio(), weather, ProgressListener.NONE);
    }

    @Test
    void given_one_building_without_weather_for_a_day_when_computing_features_then_only_that_building_day_is_missing() {
        FeatureFrame intact = features(weather(Map.of()));
        FeatureFrame gap = features(weather(Map.of("b07", GAP_DAY)));

        double[] before = intact.column("avg_outdoor_temp_c");
        double[] after = gap.column("avg_outdoor_temp_c");
        double[] hdd = gap.column("hdd");
        int missing = 0;
        for (int i = 0; i < gap.rowCount(); i++) {
            if (gap.buildingId(i).equals("b07") && gap.eventDate(i).equals(GAP_DAY)) {
                assertThat(after[i]).isNaN();
                assertThat(hdd[i]).isNaN();
                missing++;
            } else {
                assertThat(after[i]).isEqualTo(before[i]).isNotNaN();
            }
        }
        assertThat(missing).isEqualTo(2);
        ContractReport report = DataContract.standard().enforce(gap); // 2 of 50 rows that day: 4% <= 5%
        assertThat(report.passed()).isTrue();
    }

    @Test
    void given_a_batch_whose_outdoor_temperature_is_missing_beyond_the_limit_when_enforcing_the_contract_then_the_run_fails() {
        FeatureFrame broken = features(weather(Map.of("*", GAP_DAY)));

        assertThat(broken.column("avg_outdoor_temp_c")).doesNotContain(0.0);
        assertThatThrownBy(() -> DataContract.standard().enforce(broken))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("avg_outdoor_temp_c")
                .hasMessageContaining("100.0% missing")
                .hasMessageContaining("limit 5.0%")
                .hasMessageContaining("day " + GAP_DAY)
                .hasMessageContaining("(b00, " + GAP_DAY + ") 2 of 2");
    }

    @Test
    void given_three_buildings_missing_on_a_day_when_enforcing_then_the_report_names_the_day_and_every_failing_feature() {
        FeatureFrame broken = features(weather(Map.of("b01", GAP_DAY, "b02", GAP_DAY, "b03", GAP_DAY)));

        ContractReport report = DataContract.standard().check(broken);

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).extracting(ContractCheck::feature).containsExactly("avg_outdoor_temp_c", "hdd");
        assertThat(report.failures()).allMatch(c -> c.partition().equals("day " + GAP_DAY) && c.observed() == 6.0 / 50);
        assertThat(report.toMap()).containsEntry("passed", false).containsEntry("rows", broken.rowCount());
    }
}
