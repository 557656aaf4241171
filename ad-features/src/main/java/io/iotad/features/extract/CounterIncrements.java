package io.iotad.features.extract;

import io.iotad.features.readings.SensorSeries;

/**
 * The consumption recorded by a cumulative counter between two instants, with meter resets: the
 * sum of each reading minus the one before it, where a reading lower than the one before counts as
 * a reset to zero and adds its own value (DATA-CONTRACT §3). Precomputes running sums once so each
 * interval costs two binary searches.
 */
final class CounterIncrements {
    private final long[] instants;
    private final double[] runningSum;

    CounterIncrements(SensorSeries counter) {
        instants = counter.epochNanos();
        double[] v = counter.values();
        runningSum = new double[v.length];
        double sum = 0.0;
        for (int i = 1; i < v.length; i++) {
            double step = v[i] - v[i - 1];
            sum += step >= 0 ? step : v[i];
            runningSum[i] = sum;
        }
    }

    /**
     * @param from start instant (exclusive), epoch nanoseconds
     * @param to end instant (inclusive), epoch nanoseconds, {@code >= from}
     * @return the consumption over {@code (from, to]}, or NaN when the counter has no reading at or before {@code from}
     */
    double between(long from, long to) {
        int lo = ApartmentDays.lastAtOrBefore(instants, from);
        if (lo < 0) {
            return Double.NaN;
        }
        int hi = ApartmentDays.lastAtOrBefore(instants, to);
        return runningSum[Math.max(hi, 0)] - runningSum[lo];
    }
}
