package io.iotad.models.stats;

import java.util.Arrays;

/**
 * Quantiles and robust scale of samples that may contain NaN (missing) values, which are ignored.
 *
 * <p>Quantiles interpolate linearly between order statistics: for sorted values
 * x<sub>1</sub> ≤ … ≤ x<sub>n</sub>, Q(p) = x<sub>⌊h⌋</sub> + (h − ⌊h⌋)(x<sub>⌊h⌋+1</sub> −
 * x<sub>⌊h⌋</sub>) with h = (n − 1)p + 1 — definition 7 of Hyndman &amp; Fan, "Sample Quantiles in
 * Statistical Packages", The American Statistician 50(4), 1996 (the default of R and NumPy).
 */
public final class SampleStatistics {
    /** 1 / Φ⁻¹(3/4): makes the MAD a consistent estimator of a normal standard deviation. */
    public static final double MAD_TO_SIGMA = 1.482602218505602;

    private SampleStatistics() {
    }

    /**
     * @param values a sample; NaN values are ignored; not modified
     * @return the present values, sorted ascending
     */
    public static double[] sortedPresent(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
        Arrays.sort(v);
        return v;
    }

    /**
     * @param sorted present values sorted ascending
     * @param p the probability, in [0, 1]
     * @return the type-7 quantile, NaN when {@code sorted} is empty
     * @throws IllegalArgumentException when {@code p} is outside [0, 1]
     */
    public static double quantileOfSorted(double[] sorted, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile probability must be in [0, 1], got " + p);
        }
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * @param values a sample, NaN ignored
     * @param p the probability, in [0, 1]
     * @return the type-7 quantile of the present values, NaN when none is present
     */
    public static double quantile(double[] values, double p) {
        return quantileOfSorted(sortedPresent(values), p);
    }

    /**
     * @param values a sample, NaN ignored
     * @return the median of the present values, NaN when none
     */
    public static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /**
     * @param values a sample, NaN ignored
     * @return 1.4826 × median(|x − median(x)|), a robust standard deviation (same unit as the
     *     values); NaN when no value is present
     */
    public static double scaledMad(double[] values) {
        double[] v = sortedPresent(values);
        if (v.length == 0) {
            return Double.NaN;
        }
        double med = quantileOfSorted(v, 0.5);
        double[] dev = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            dev[i] = Math.abs(v[i] - med);
        }
        Arrays.sort(dev);
        return MAD_TO_SIGMA * quantileOfSorted(dev, 0.5);
    }

    /**
     * @param sorted present values sorted ascending
     * @param x a value
     * @return the fraction of {@code sorted} that is ≤ {@code x}, in [0, 1] (the empirical CDF);
     *     NaN when {@code x} is NaN or {@code sorted} is empty
     */
    public static double empiricalCdf(double[] sorted, double x) {
        if (Double.isNaN(x) || sorted.length == 0) {
            return Double.NaN;
        }
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) { // first index with sorted[i] > x
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) lo / sorted.length;
    }
}
