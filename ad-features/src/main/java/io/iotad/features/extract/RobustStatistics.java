package io.iotad.features.extract;

import java.util.Arrays;

/**
 * Median and median absolute deviation of the present (non-NaN) values of a slice, the robust
 * location and scale the relative extractors ({@link TrailingBaseline}, {@link Occupancy},
 * {@link PeerRelative}) compare a value against. Package-private helpers, no state.
 */
final class RobustStatistics {
    /** Factor that makes the MAD a consistent estimate of a normal distribution's standard deviation. */
    static final double MAD_TO_SIGMA = 1.4826;

    private RobustStatistics() {
    }

    /**
     * @param values the values
     * @param from first index (inclusive), clipped to 0
     * @param to last index (exclusive), clipped to {@code values.length}
     * @param scratch a buffer of at least {@code to - from} values
     * @return the number of present values copied, sorted ascending, into the start of {@code scratch}
     */
    static int sortedPresent(double[] values, int from, int to, double[] scratch) {
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(values.length, to); i++) {
            if (!Double.isNaN(values[i])) {
                scratch[n++] = values[i];
            }
        }
        Arrays.sort(scratch, 0, n);
        return n;
    }

    /** @param sorted ascending values @param n how many, {@code >= 1} @return their median */
    static double median(double[] sorted, int n) {
        return (n & 1) == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    /**
     * @param sorted ascending values @param n how many, {@code >= 1} @param median their median
     * @param scratch a buffer of at least {@code n} values (may not be {@code sorted})
     * @return the median of the absolute deviations from {@code median}
     */
    static double mad(double[] sorted, int n, double median, double[] scratch) {
        for (int i = 0; i < n; i++) {
            scratch[i] = Math.abs(sorted[i] - median);
        }
        Arrays.sort(scratch, 0, n);
        return median(scratch, n);
    }
}
