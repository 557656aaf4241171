package io.iotad.models.stats;

import java.util.Arrays;

/**
 * Quantiles and robust scale of samples that may contain NaN (missing) values, which are ignored.
 *
 * <p>Quantiles interpolate linearly between order statistics: for sorted values
 * x<sub>1</sub> ≤ … ≤ x<sub>n</sub>, Q(p) = x<sub>⌊h⌋</sub> + (h − ⌊h⌋)(x<sub>⌊h⌋+1</sub> −
 * x<sub>⌊h⌋</sub>) with h = (n − 1)p + 1 — definition 7 of Hyndman &amp; Fan, "Sample Quantiles in
 * Statistical Packages", The American Statistician 50(4), 1996 (the default of R and NumPy).
 *
 * <p>{@link #quantile}, {@link #median} and {@link #scaledMad} find the two order statistics they need
 * by selection (expected linear time; a sort of the remaining range after too many partitions, so never
 * worse than n log n) instead of sorting the whole sample; values are ordered as {@link Arrays#sort(double[])}
 * orders them ({@code -0.0} before {@code 0.0}), so the results are bit for bit those of sorting.
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
        return quantileInPlace(present(values), p);
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
        double[] v = present(values);
        if (v.length == 0) {
            return Double.NaN;
        }
        double med = quantileInPlace(v, 0.5);
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.abs(v[i] - med);
        }
        return MAD_TO_SIGMA * quantileInPlace(v, 0.5);
    }

    private static double[] present(double[] values) {
        int n = 0;
        for (double x : values) {
            if (!Double.isNaN(x)) {
                n++;
            }
        }
        double[] v = new double[n];
        int k = 0;
        for (double x : values) {
            if (!Double.isNaN(x)) {
                v[k++] = x;
            }
        }
        return v;
    }

    /** The type-7 quantile of {@code v} (present values, any order), which it reorders. */
    private static double quantileInPlace(double[] v, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile probability must be in [0, 1], got " + p);
        }
        int n = v.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        select(v, lo);
        double xLo = v[lo];
        double xHi = xLo;
        if (hi > lo) { // after the selection every value right of lo is at or above it: the next order statistic is their least
            xHi = v[hi];
            for (int i = hi + 1; i < n; i++) {
                if (Double.compare(v[i], xHi) < 0) {
                    xHi = v[i];
                }
            }
        }
        return xLo + (h - lo) * (xHi - xLo);
    }

    /**
     * Reorders {@code v} so that {@code v[k]} holds the value sorting would put there, every value
     * left of it at or below it and every value right of it at or above it (in {@link Double#compare}
     * order). Hoare partitioning around the median of three; after 2 log2(n) + 8 rounds the remaining
     * range is sorted instead.
     */
    static void select(double[] v, int k) {
        int left = 0;
        int right = v.length - 1;
        int rounds = 2 * (32 - Integer.numberOfLeadingZeros(v.length)) + 8;
        while (right > left) {
            if (rounds-- == 0 || right - left < 16) {
                Arrays.sort(v, left, right + 1);
                return;
            }
            int mid = (left + right) >>> 1;
            double pivot = medianOfThree(v[left], v[mid], v[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (Double.compare(v[i], pivot) < 0) {
                    i++;
                }
                while (Double.compare(v[j], pivot) > 0) {
                    j--;
                }
                if (i <= j) {
                    double t = v[i];
                    v[i] = v[j];
                    v[j] = t;
                    i++;
                    j--;
                }
            }
            // now v[left..j] <= pivot <= v[i..right], and every value between j and i equals the pivot
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return;
            }
        }
    }

    private static double medianOfThree(double a, double b, double c) {
        if (Double.compare(a, b) > 0) {
            double t = a;
            a = b;
            b = t;
        }
        if (Double.compare(b, c) > 0) {
            b = c;
        }
        return Double.compare(a, b) > 0 ? a : b;
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
