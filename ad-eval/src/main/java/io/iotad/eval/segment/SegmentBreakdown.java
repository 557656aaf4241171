package io.iotad.eval.segment;

import io.iotad.eval.metrics.AreaUnderCurve;
import io.iotad.eval.metrics.RankedSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits evaluated rows into segments and computes {@link SegmentMetrics} for each, sorted by
 * segment name.
 */
public final class SegmentBreakdown {
    /** Dimension name for a split by building. */
    public static final String BUILDING = "building";
    /** Dimension name for a split by building archetype. */
    public static final String ARCHETYPE = "archetype";
    /** Dimension name for a split by the verdict's cause. */
    public static final String FAULT_KIND = "fault_kind";
    /** Segment name for rows whose segment is unknown (no archetype mapped, no cause given). */
    public static final String UNKNOWN_SEGMENT = "unknown";

    private SegmentBreakdown() {
    }

    /**
     * @param dimension the dimension's name
     * @param segmentOfRow one segment name per row (null or blank = {@link #UNKNOWN_SEGMENT})
     * @param scores one score per row, NaN = not scored
     * @param labels one 0/1 label per row
     * @param k alerts of the overall top K, at least 1
     * @param contrastWithAllNegatives when true (fault kinds), a segment's AUCs rank its positives
     *        against every negative row, not only the segment's own
     * @return one entry per segment, by segment name
     */
    public static List<SegmentMetrics> of(String dimension, String[] segmentOfRow, double[] scores, int[] labels,
                                          int k, boolean contrastWithAllNegatives) {
        int n = scores.length;
        if (segmentOfRow.length != n || labels.length != n) {
            throw new IllegalArgumentException("segments, scores and labels differ in length: " + segmentOfRow.length
                    + ", " + n + ", " + labels.length);
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        RankedSample overall = RankedSample.of(scores, labels);
        boolean[] inTopK = new boolean[n];
        for (int r = 0, top = Math.min(k, overall.size()); r < top; r++) {
            inTopK[overall.row(r)] = true;
        }
        Map<String, List<Integer>> rowsBySegment = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String s = segmentOfRow[i] == null || segmentOfRow[i].isBlank() ? UNKNOWN_SEGMENT : segmentOfRow[i];
            rowsBySegment.computeIfAbsent(s, x -> new ArrayList<>()).add(i);
        }
        List<SegmentMetrics> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : rowsBySegment.entrySet()) {
            out.add(metrics(dimension, e.getKey(), e.getValue(), scores, labels, inTopK, contrastWithAllNegatives));
        }
        return List.copyOf(out);
    }

    private static SegmentMetrics metrics(String dimension, String segment, List<Integer> rows, double[] scores,
                                          int[] labels, boolean[] inTopK, boolean contrastWithAllNegatives) {
        int scored = 0;
        int positives = 0;
        int alerts = 0;
        int hits = 0;
        for (int i : rows) {
            boolean hasScore = !Double.isNaN(scores[i]);
            scored += hasScore ? 1 : 0;
            positives += hasScore ? labels[i] : 0;
            alerts += inTopK[i] ? 1 : 0;
            hits += inTopK[i] ? labels[i] : 0;
        }
        List<Integer> aucRows = new ArrayList<>(rows);
        if (contrastWithAllNegatives) {
            aucRows.removeIf(i -> labels[i] == 0);
            for (int i = 0; i < scores.length; i++) {
                if (labels[i] == 0) {
                    aucRows.add(i);
                }
            }
        }
        double[] s = new double[aucRows.size()];
        int[] y = new int[aucRows.size()];
        for (int j = 0; j < s.length; j++) {
            s[j] = scores[aucRows.get(j)];
            y[j] = labels[aucRows.get(j)];
        }
        RankedSample sample = RankedSample.of(s, y);
        return new SegmentMetrics(dimension, segment, rows.size(), scored, positives, alerts, hits,
                alerts == 0 ? Double.NaN : (double) hits / alerts,
                positives == 0 ? Double.NaN : (double) hits / positives,
                AreaUnderCurve.averagePrecision(sample), AreaUnderCurve.rocAuc(sample));
    }
}
