package io.iotad.pipeline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 11 item 2: every drift statistic against values computed by hand. */
class DriftStatisticsTest {
    /** 0, 1, ..., 20: its quantiles at 0, 0.05, ..., 1 are exactly 0, 1, ..., 20 and its CDF is x / 20. */
    private static final ReferenceDistribution UNIFORM = ReferenceDistribution.of(
            IntStream.rangeClosed(0, 20).asDoubleStream().toArray());
    /** A point mass at 0, as the outdoor-temperature offset of a building in a one-region portfolio. */
    private static final ReferenceDistribution POINT = ReferenceDistribution.of(new double[100]);

    @Test
    void quantiles_are_type_7_and_the_null_rate_counts_missing_values() {
        ReferenceDistribution r = ReferenceDistribution.of(new double[] {4, 1, Double.NaN, 3, 2});
        // sorted 1,2,3,4; level 0.5: h = 3 * 0.5 = 1.5 -> 2 + 0.5 * (3 - 2) = 2.5; level 0.05: h = 0.15 -> 1.15
        assertThat(r.quantiles()[10]).isEqualTo(2.5);
        assertThat(r.quantiles()[1]).isCloseTo(1.15, within(1e-12));
        assertThat(r.nullRate()).isEqualTo(0.2);
        assertThat(r.rows()).isEqualTo(5);
        assertThat(r.presentRows()).isEqualTo(4);
    }

    @Test
    void the_cdf_is_linear_between_quantiles_and_steps_at_a_point_mass() {
        assertThat(UNIFORM.cdf(5)).isEqualTo(0.25);
        assertThat(UNIFORM.cdf(5.5)).isCloseTo(0.275, within(1e-12));
        assertThat(UNIFORM.cdf(-1)).isZero();
        assertThat(UNIFORM.cdf(21)).isEqualTo(1);
        assertThat(POINT.cdf(0)).isEqualTo(1);
        assertThat(POINT.cdfBelow(0)).isZero();
        assertThat(POINT.cdf(-0.1)).isZero();
    }

    @Test
    void psi_is_the_sum_of_share_differences_times_their_log_ratio() {
        // e = (0.5, 0.5), a = (0.25, 0.75): (0.25-0.5) ln(0.5) + (0.75-0.5) ln(1.5) = 0.1732868 + 0.1013663
        assertThat(DriftStatistics.psi(new double[] {0.5, 0.5}, new double[] {0.25, 0.75}))
                .isCloseTo(0.25 * Math.log(2) + 0.25 * Math.log(1.5), within(1e-12))
                .isCloseTo(0.2746531, within(1e-7));
        assertThat(DriftStatistics.psi(new double[] {0.3, 0.7}, new double[] {0.3, 0.7})).isZero();
    }

    @Test
    void psi_against_decile_bins_counts_values_beyond_the_training_maximum() {
        // deciles 0,2,...,20: ten bins of 0.1; sample {1, 3, 25, 25}: 0.25 in [0,2), 0.25 in [2,4), 0.5 above 20,
        // 0 in the other 8 deciles (floored at 1e-4):
        // 2 (0.25-0.1) ln 2.5 + 8 (1e-4-0.1) ln(1e-4/0.1) + (0.5-1e-4) ln(0.5/1e-4) = 10.0533101
        assertThat(DriftStatistics.psi(UNIFORM, new double[] {1, 3, 25, 25})).isCloseTo(10.0533101, within(1e-6));
    }

    @Test
    void psi_of_a_point_mass_moved_away_is_twice_the_log_of_the_floor() {
        // bins (-inf,0) [0,0] (0,inf): e = (0, 1, 0), a = (0, 0, 1): 2 (1 - 1e-4) ln(1e4) = 18.4188387
        assertThat(DriftStatistics.psi(POINT, new double[] {3, 3, 3})).isCloseTo(18.4188387, within(1e-6));
        assertThat(DriftStatistics.psi(POINT, new double[] {0, 0})).isZero();
    }

    @Test
    void ks_is_the_largest_gap_between_the_distribution_functions() {
        // at 5: F_n jumps 0 -> 0.5 where F = 0.25; at 15: 0.5 -> 1 where F = 0.75: D = 0.25
        assertThat(DriftStatistics.ks(UNIFORM, new double[] {5, 15})).isCloseTo(0.25, within(1e-12));
        // one value beyond the maximum: F_n(25-) = 0 where F = 1
        assertThat(DriftStatistics.ks(UNIFORM, new double[] {25})).isEqualTo(1);
        // {0, 10, 20}: at 0, F_n = 1/3 vs 0; at 10, F_n(10-) = 1/3 vs 0.5, F_n(10) = 2/3 vs 0.5; D = 1/3
        assertThat(DriftStatistics.ks(UNIFORM, new double[] {0, 10, 20})).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(DriftStatistics.ks(POINT, new double[] {0, 0, 0})).isZero();
        assertThat(DriftStatistics.ks(POINT, new double[] {3})).isEqualTo(1);
    }

    @Test
    void an_empty_sample_or_a_missing_value_is_refused() {
        assertThatThrownBy(() -> DriftStatistics.ks(UNIFORM, new double[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> DriftStatistics.psi(UNIFORM, new double[] {Double.NaN}))
                .hasMessageContaining("missing value");
    }

    @Test
    void hdd_bands_have_half_open_intervals_of_the_width() {
        HddBands b = new HddBands(5);
        assertThat(b.band(0)).isZero();
        assertThat(b.band(4.999)).isZero();
        assertThat(b.band(5)).isEqualTo(1);
        assertThat(b.band(-3)).isZero();
        assertThat(b.band(Double.NaN)).isEqualTo(HddBands.ALL);
        assertThat(b.label(2)).isEqualTo("hdd [10, 15)");
        assertThatThrownBy(() -> new HddBands(0)).hasMessageContaining("above 0");
    }
}
