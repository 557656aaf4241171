package io.iotad.eval.metrics;

import java.util.HashMap;
import java.util.Map;

/**
 * Precision and recall when technicians visit the K most anomalous apartments of each day (their
 * daily capacity): each day's top K is taken separately, then the hits are pooled over the days.
 *
 * @param k alerts per day
 * @param days days with at least one scored row
 * @param alerts alerts raised over all days ({@code Σ min(K, scored rows of the day)})
 * @param hits alerts on rows labelled 1
 * @param positives ranked rows labelled 1 over all days
 * @param precision {@code hits / alerts} in [0, 1]; NaN when no alert was raised
 * @param recall {@code hits / positives} in [0, 1]; NaN without positives
 */
public record DailyTopK(int k, int days, int alerts, int hits, int positives, double precision, double recall) {

    /**
     * @param scores one score per row, NaN = not scored (left out)
     * @param labels one 0/1 label per row
     * @param epochDays the row's day, as days since 1970-01-01
     * @param k alerts per day, at least 1
     * @return the pooled metrics
     */
    public static DailyTopK of(double[] scores, int[] labels, long[] epochDays, int k) {
        return of(RankedSample.of(scores, labels), epochDays, k);
    }

    /**
     * @param sample ranked rows (built from whole input arrays, not a subset)
     * @param epochDays the day of each input row, as days since 1970-01-01
     * @param k alerts per day, at least 1
     * @return the pooled metrics
     */
    public static DailyTopK of(RankedSample sample, long[] epochDays, int k) {
        RankingMetrics.requireK(k);
        int rows = sample.size() + sample.unscored();
        if (epochDays.length != rows) {
            throw new IllegalArgumentException("expected " + rows + " days, got " + epochDays.length);
        }
        // walking the overall ranking, a row is among its day's top K while its day has had fewer than K
        Map<Long, int[]> alertsByDay = new HashMap<>();
        int alerts = 0;
        int hits = 0;
        for (int r = 0; r < sample.size(); r++) {
            int[] count = alertsByDay.computeIfAbsent(epochDays[sample.row(r)], d -> new int[1]);
            if (count[0] < k) {
                count[0]++;
                alerts++;
                hits += sample.label(r);
            }
        }
        int positives = sample.positives();
        return new DailyTopK(k, alertsByDay.size(), alerts, hits, positives,
                alerts == 0 ? Double.NaN : (double) hits / alerts,
                positives == 0 ? Double.NaN : (double) hits / positives);
    }
}
