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

    /** The sorting definition the selection replaced, kept as the reference. */
    private static double sortedQuantile(double[] values, double p) {
        return SampleStatistics.quantileOfSorted(SampleStatistics.sortedPresent(values), p);
    }

    private static double sortedScaledMad(double[] values) {
        double[] v = SampleStatistics.sortedPresent(values);
        if (v.length == 0) {
            return Double.NaN;
        }
        double med = SampleStatistics.quantileOfSorted(v, 0.5);
        double[] dev = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            dev[i] = Math.abs(v[i] - med);
        }
        java.util.Arrays.sort(dev);
        return SampleStatistics.MAD_TO_SIGMA * SampleStatistics.quantileOfSorted(dev, 0.5);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<double[]> awkwardSamples() {
        net.jqwik.api.Arbitrary<Double> special = net.jqwik.api.Arbitraries.of(0.0, -0.0, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, -1.0, Double.MIN_VALUE);
        net.jqwik.api.Arbitrary<Double> small = net.jqwik.api.Arbitraries.integers().between(-3, 3).map(i -> i / 2.0);
        net.jqwik.api.Arbitrary<Double> any = net.jqwik.api.Arbitraries.doubles().between(-1e6, 1e6);
        return net.jqwik.api.Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(2, special), net.jqwik.api.Tuple.of(3, small), net.jqwik.api.Tuple.of(5, any))
                .array(double[].class).ofMinSize(0).ofMaxSize(300);
    }

    @Property(tries = 500)
    void selection_gives_bit_for_bit_the_quantiles_and_mad_of_sorting(
            @ForAll("awkwardSamples") double[] x, @ForAll @DoubleRange(min = 0, max = 1) double p) {
        double[] copy = x.clone();
        for (double q : new double[] {p, 0, 0.5, 1}) {
            assertThat(Double.doubleToRawLongBits(SampleStatistics.quantile(x, q)))
                    .as("quantile %s of %s", q, java.util.Arrays.toString(x))
                    .isEqualTo(Double.doubleToRawLongBits(sortedQuantile(x, q)));
        }
        assertThat(Double.doubleToRawLongBits(SampleStatistics.scaledMad(x)))
                .isEqualTo(Double.doubleToRawLongBits(sortedScaledMad(x)));
        assertThat(x).isEqualTo(copy);
    }

    @Test
    void selection_on_large_adversarial_orders_matches_sorting() {
        int n = 100_001;
        double[] ascending = new double[n];
        double[] organPipe = new double[n];
        double[] fewValues = new double[n];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            ascending[i] = i;
            organPipe[i] = Math.min(i, n - i);
            fewValues[i] = rnd.nextInt(3) - 1 == 0 ? (rnd.nextBoolean() ? 0.0 : -0.0) : rnd.nextInt(3);
        }
        for (double[] x : new double[][] {ascending, organPipe, fewValues}) {
            for (double q : new double[] {0, 0.05, 0.5, 0.95, 1}) {
                assertThat(Double.doubleToRawLongBits(SampleStatistics.quantile(x, q)))
                        .isEqualTo(Double.doubleToRawLongBits(sortedQuantile(x, q)));
            }
            assertThat(SampleStatistics.scaledMad(x)).isEqualTo(sortedScaledMad(x));
        }
    }

    @Property(tries = 200)
    void select_puts_the_kth_order_statistic_in_place(@ForAll("awkwardSamples") double[] x, @ForAll int seed) {
        double[] v = java.util.Arrays.stream(x).filter(d -> !Double.isNaN(d)).toArray();
        if (v.length == 0) {
            return;
        }
        int k = Math.floorMod(seed, v.length);
        double[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        SampleStatistics.select(v, k);
        assertThat(Double.doubleToRawLongBits(v[k])).isEqualTo(Double.doubleToRawLongBits(sorted[k]));
        for (int i = 0; i < v.length; i++) {
            assertThat(Double.compare(v[i], v[k]) * Integer.signum(i - k)).isGreaterThanOrEqualTo(0);
        }
    }
}
