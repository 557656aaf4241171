package io.iotad.models.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SampleStatisticsTest {
    @Test
    void given_a_sample_with_gaps_when_summarised_then_nan_is_ignored_and_type_7_quantiles_hold() {
        double[] x = {4, Double.NaN, 1, 3, 2};
        assertThat(SampleStatistics.median(x)).isEqualTo(2.5);
        assertThat(SampleStatistics.quantile(x, 0.9)).isCloseTo(3.7, within(1e-12)); // numpy.quantile([1,2,3,4], .9)
        assertThat(SampleStatistics.quantile(x, 0)).isEqualTo(1);
        assertThat(SampleStatistics.quantile(x, 1)).isEqualTo(4);
        assertThat(SampleStatistics.scaledMad(new double[] {1, 2, 3, 4, 100})).isCloseTo(1.4826, within(1e-4));
        assertThat(SampleStatistics.median(new double[] {Double.NaN})).isNaN();
        assertThat(SampleStatistics.scaledMad(new double[0])).isNaN();
    }

    @Test
    void given_a_probability_outside_the_unit_interval_when_asked_then_it_is_rejected() {
        assertThatThrownBy(() -> SampleStatistics.quantile(new double[] {1}, 1.5)).hasMessageContaining("1.5");
    }

    @Test
    void given_a_sorted_reference_when_ranking_then_the_empirical_cdf_counts_ties_as_below_or_equal() {
        double[] ref = {1, 2, 2, 3};
        assertThat(SampleStatistics.empiricalCdf(ref, 0)).isZero();
        assertThat(SampleStatistics.empiricalCdf(ref, 2)).isEqualTo(0.75);
        assertThat(SampleStatistics.empiricalCdf(ref, 9)).isEqualTo(1.0);
        assertThat(SampleStatistics.empiricalCdf(ref, Double.NaN)).isNaN();
    }

    @Property(tries = 50)
    void quantiles_are_monotone_and_within_the_sample_range(
            @ForAll @Size(min = 1, max = 50) double[] values, @ForAll @DoubleRange(min = 0, max = 1) double p,
            @ForAll @DoubleRange(min = 0, max = 1) double q) {
        double[] x = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
        if (x.length == 0) {
            return;
        }
        double lo = Math.min(p, q);
        double hi = Math.max(p, q);
        assertThat(SampleStatistics.quantile(x, lo)).isLessThanOrEqualTo(SampleStatistics.quantile(x, hi));
        double min = java.util.Arrays.stream(x).min().orElseThrow();
        double max = java.util.Arrays.stream(x).max().orElseThrow();
        assertThat(SampleStatistics.quantile(x, p)).isBetween(min, max);
    }
}
