package io.iotad.eval.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        RankingMetrics.requireK(k);
        if (epochDays.length != scores.length) {
            throw new IllegalArgumentException("expected " + scores.length + " days, got " + epochDays.length);
        }
        RankedSample all = RankedSample.of(scores, labels);
        Map<Long, List<Integer>> rowsByDay = new TreeMap<>();
        for (int i = 0; i < scores.length; i++) {
            rowsByDay.computeIfAbsent(epochDays[i], d -> new ArrayList<>()).add(i);
        }
        int days = 0;
        int alerts = 0;
        int hits = 0;
        for (List<Integer> rows : rowsByDay.values()) {
            double[] s = new double[rows.size()];
            int[] y = new int[rows.size()];
            for (int j = 0; j < s.length; j++) {
                s[j] = scores[rows.get(j)];
                y[j] = labels[rows.get(j)];
            }
            RankedSample day = RankedSample.of(s, y);
            if (day.size() == 0) {
                continue;
            }
            days++;
            alerts += Math.min(k, day.size());
            hits += day.hitsAtK(k);
        }
        int positives = all.positives();
        return new DailyTopK(k, days, alerts, hits, positives,
                alerts == 0 ? Double.NaN : (double) hits / alerts,
                positives == 0 ? Double.NaN : (double) hits / positives);
    }
}
