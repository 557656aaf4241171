package io.iotad.pipeline.monitoring;

import java.util.Arrays;

/**
 * The training distribution of one feature in one segment and band: how many rows, the share missing
 * and the quantiles of the present values at {@link #LEVELS}. Its cumulative distribution function
 * is the one of those quantiles: linear between distinct quantiles, with a step where several levels
 * share a value (a point mass, such as an outdoor-temperature offset that is always 0).
 *
 * @param rows training rows of the segment and band, present or not, at least 0
 * @param nullRate share of those rows whose value is missing, in [0, 1]
 * @param quantiles the present values' quantiles at {@link #LEVELS}, non-decreasing; empty when none is present
 */
public record ReferenceDistribution(long rows, double nullRate, double[] quantiles) {
    /** The quantile levels stored: 0, 0.05, …, 1 (21 levels; the first and last are the minimum and maximum). */
    public static final double[] LEVELS = levels(20);

    /** Validates the fields and copies the quantiles. */
    public ReferenceDistribution {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be at least 0, got " + rows);
        }
        if (!(nullRate >= 0 && nullRate <= 1)) {
            throw new IllegalArgumentException("nullRate must be in [0, 1], got " + nullRate);
        }
        quantiles = quantiles.clone();
        if (quantiles.length != 0 && quantiles.length != LEVELS.length) {
            throw new IllegalArgumentException("expected " + LEVELS.length + " quantiles, got " + quantiles.length);
        }
        for (int i = 0; i < quantiles.length; i++) {
            if (!Double.isFinite(quantiles[i]) || (i > 0 && quantiles[i] < quantiles[i - 1])) {
                throw new IllegalArgumentException("quantiles must be finite and non-decreasing, got " + Arrays.toString(quantiles));
            }
        }
    }

    /**
     * @param values a column's values, NaN = missing
     * @return their distribution (quantiles by linear interpolation between order statistics, type 7)
     */
    public static ReferenceDistribution of(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double nullRate = values.length == 0 ? 0 : (values.length - present.length) / (double) values.length;
        if (present.length == 0) {
            return new ReferenceDistribution(values.length, nullRate, new double[0]);
        }
        double[] q = new double[LEVELS.length];
        for (int i = 0; i < LEVELS.length; i++) {
            q[i] = quantile(present, LEVELS[i]);
        }
        return new ReferenceDistribution(values.length, nullRate, q);
    }

    /**
     * @param sorted ascending values, at least one
     * @param p a level in [0, 1]
     * @return the type-7 quantile: {@code x[h] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])} with {@code h = (n−1)p}
     */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** @return the number of present rows */
    public long presentRows() {
        return Math.round(rows * (1 - nullRate));
    }

    /** @return a copy of the quantiles */
    @Override
    public double[] quantiles() {
        return quantiles.clone();
    }

    /**
     * @param x a value
     * @return {@code F(x)}, the share of the reference at or below {@code x}
     * @throws IllegalStateException when the reference has no present value
     */
    public double cdf(double x) {
        requirePresent();
        if (x < quantiles[0]) {
            return 0;
        }
        int last = quantiles.length - 1;
        if (x >= quantiles[last]) {
            return 1;
        }
        int j = 0;
        while (j < last && quantiles[j + 1] <= x) {
            j++;
        }
        // quantiles[j] <= x < quantiles[j + 1]
        if (quantiles[j] == x) {
            return LEVELS[j];
        }
        return LEVELS[j] + (LEVELS[j + 1] - LEVELS[j]) * (x - quantiles[j]) / (quantiles[j + 1] - quantiles[j]);
    }

    /**
     * @param x a value
     * @return {@code F(x−)}, the share of the reference strictly below {@code x}: less than {@link #cdf} only at a point mass
     */
    public double cdfBelow(double x) {
        requirePresent();
        if (x <= quantiles[0]) {
            return 0;
        }
        int last = quantiles.length - 1;
        if (x > quantiles[last]) {
            return 1;
        }
        int first = 0;
        while (quantiles[first] < x) {
            first++;
        }
        // quantiles[first - 1] < x <= quantiles[first]
        if (quantiles[first] == x) {
            return LEVELS[first];
        }
        return cdf(x);
    }

    private void requirePresent() {
        if (quantiles.length == 0) {
            throw new IllegalStateException("the reference has no present value");
        }
    }

    private static double[] levels(int steps) {
        double[] l = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            l[i] = i / (double) steps;
        }
        return l;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReferenceDistribution r && r.rows == rows && Double.compare(r.nullRate, nullRate) == 0
                && Arrays.equals(r.quantiles, quantiles);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(rows) * 31 + Arrays.hashCode(quantiles);
    }

    @Override
    public String toString() {
        return "ReferenceDistribution[rows=" + rows + ", nullRate=" + nullRate + ", quantiles=" + Arrays.toString(quantiles) + "]";
    }
}
