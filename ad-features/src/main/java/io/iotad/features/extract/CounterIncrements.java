package io.iotad.features.extract;

import io.iotad.features.readings.SensorSeries;

/**
 * The consumption recorded by a cumulative counter between two instants, with meter resets: the
 * sum of each reading minus the one before it, where a reading lower than the one before counts as
 * a reset to zero and adds its own value (DATA-CONTRACT §3). The steps of an interval are summed
 * within the interval, in time order, so an interval's value depends only on the readings from the
 * last one at or before its start to the last one at or before its end: the same bits whichever
 * earlier readings the series holds (a season, a month of lookback, or the few days an incremental
 * run reads, {@link io.iotad.features.pipeline.IncrementalDay}).
 */
final class CounterIncrements {
    private final long[] instants;
    private final double[] values;

    CounterIncrements(SensorSeries counter) {
        instants = counter.epochNanos();
        values = counter.values();
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
        double sum = 0.0;
        for (int i = lo + 1; i <= hi; i++) {
            double step = values[i] - values[i - 1];
            sum += step >= 0 ? step : values[i];
        }
        return sum;
    }
}
