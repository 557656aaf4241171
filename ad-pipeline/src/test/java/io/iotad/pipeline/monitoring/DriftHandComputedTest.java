package io.iotad.pipeline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.config.MonitoringConfig;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The two drift statistics not covered by {@link DriftStatisticsTest} against values worked out by hand:
 * the null-rate rise of a segment and the outdoor-temperature offset of a building.
 */
class DriftHandComputedTest {
    private static final LocalDate DAY = LocalDate.of(2025, 1, 10);
    private static final FeatureSchema SCHEMA = FeatureSchema.of("daily_energy_kwh", "hdd", "avg_outdoor_temp_c");

    @Test
    void the_outdoor_temperature_offset_is_each_rows_temperature_minus_the_days_median() {
        // one day, three buildings at 1, 2 and 6 degC (two rows each) and one row without weather:
        // the day's median over the six present values is 2, so the offsets are -1, 0 and 4
        FeatureFrame.Builder b = FeatureFrame.builder(SCHEMA);
        double[] temps = {1, 1, 2, 2, 6, 6, Double.NaN};
        for (int i = 0; i < temps.length; i++) {
            b.add(new RowKey("apt_" + i, "bldg_" + (i / 2), DAY), 10.0, 16.0, temps[i]);
        }
        // a second day with its own median (10): the offsets are per day
        b.add(new RowKey("apt_0", "bldg_0", DAY.plusDays(1)), 10.0, 8.0, 9.0);
        b.add(new RowKey("apt_2", "bldg_1", DAY.plusDays(1)), 10.0, 8.0, 11.0);

        double[] offset = FeatureProfiler.outdoorTempOffset(b.build());

        assertThat(offset).hasSize(9);
        assertThat(offset[0]).isEqualTo(-1.0);
        assertThat(offset[1]).isEqualTo(-1.0);
        assertThat(offset[2]).isEqualTo(0.0);
        assertThat(offset[4]).isEqualTo(4.0);
        assertThat(offset[6]).isNaN();
        assertThat(offset[7]).isEqualTo(-1.0);
        assertThat(offset[8]).isEqualTo(1.0);
    }

    @Test
    void the_null_rate_statistic_is_the_days_missing_share_minus_the_training_share() {
        // training: one building of 20 apartments over 10 days, energy missing on 2 of every 20 rows (10 %)
        FeatureFrame.Builder train = FeatureFrame.builder(SCHEMA);
        for (int d = 0; d < 10; d++) {
            for (int a = 0; a < 20; a++) {
                train.add(new RowKey("apt_" + a, "bldg_1", DAY.minusDays(20 - d)), a < 2 ? Double.NaN : 10.0 + a, 16.0, 2.0);
            }
        }
        FeatureProfile profile = FeatureProfiler.profile(train.build(), Set.of("hdd", "avg_outdoor_temp_c"), new HddBands(5));
        // the scored day: 7 of 20 missing (35 %): a rise of 35 % - 10 % = 0.25
        FeatureFrame.Builder day = FeatureFrame.builder(SCHEMA);
        for (int a = 0; a < 20; a++) {
            day.add(new RowKey("apt_" + a, "bldg_1", DAY), a < 7 ? Double.NaN : 10.0 + a, 16.0, 2.0);
        }
        MonitoringConfig limits = IotadConfig.defaults().withOverrides(List.of("monitoring.null_rate_warn=0.2",
                "monitoring.null_rate_stop=0.3", "monitoring.min_reference_rows=10")).monitoring();

        DayDrift verdict = new DriftCheck(profile, limits).check(day.build(), DAY, DAY).days().get(0);

        DriftFinding rise = verdict.findings().stream()
                .filter(f -> f.statistic().equals("null_rate") && f.feature().equals("daily_energy_kwh")
                        && f.segment().equals("bldg_1"))
                .findFirst().orElseThrow();
        assertThat(rise.value()).isCloseTo(0.25, within(1e-12));
        assertThat(rise.level()).isEqualTo(DriftLevel.WARN);
        assertThat(rise.batchRows()).isEqualTo(20);
        assertThat(rise.referenceRows()).isEqualTo(200);
    }
}
