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
        if (labels.length != scores.length) {
            throw new IllegalArgumentException("scores and labels differ in length: " + scores.length + ", "
                    + labels.length);
        }
        return of(dimension, segmentOfRow, RankedSample.of(scores, labels), labels, k, contrastWithAllNegatives);
    }

    /**
     * The same from a ranking already made (no sorting here: each segment filters it).
     *
     * @param dimension the dimension's name
     * @param segmentOfRow one segment name per input row (null or blank = {@link #UNKNOWN_SEGMENT})
     * @param overall the ranking of all input rows
     * @param labels one 0/1 label per input row
     * @param k alerts of the overall top K, at least 1
     * @param contrastWithAllNegatives when true (fault kinds), a segment's AUCs rank its positives
     *        against every negative row, not only the segment's own
     * @return one entry per segment, by segment name; empty when there are no rows
     */
    public static List<SegmentMetrics> of(String dimension, String[] segmentOfRow, RankedSample overall, int[] labels,
                                          int k, boolean contrastWithAllNegatives) {
        int n = labels.length;
        if (segmentOfRow.length != n || overall.size() + overall.unscored() != n) {
            throw new IllegalArgumentException("segments, ranked rows and labels differ in length: "
                    + segmentOfRow.length + ", " + (overall.size() + overall.unscored()) + ", " + n);
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        if (n == 0) {
            return List.of(); // nothing evaluated (e.g. feedback labels, none on these days): no segment
        }
        boolean[] inTopK = new boolean[n];
        for (int r = 0, top = Math.min(k, overall.size()); r < top; r++) {
            inTopK[overall.row(r)] = true;
        }
        Map<String, Integer> ids = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            ids.putIfAbsent(name(segmentOfRow[i]), 0);
        }
        List<String> names = new ArrayList<>(ids.keySet());
        for (int s = 0; s < names.size(); s++) {
            ids.put(names.get(s), s);
        }
        int[] segment = new int[n];
        for (int i = 0; i < n; i++) {
            segment[i] = ids.get(name(segmentOfRow[i]));
        }
        RankedSample[] bySegment = overall.partition(segment, names.size());
        int[] alertsOf = new int[names.size()];
        int[] hitsOf = new int[names.size()];
        for (int i = 0; i < n; i++) {
            if (inTopK[i]) {
                alertsOf[segment[i]]++;
                hitsOf[segment[i]] += labels[i];
            }
        }
        List<SegmentMetrics> out = new ArrayList<>(names.size());
        for (int s = 0; s < names.size(); s++) {
            int id = s;
            RankedSample own = bySegment[s];
            RankedSample contrast = contrastWithAllNegatives
                    ? overall.subset(i -> (segment[i] == id && labels[i] == 1) || labels[i] == 0) : own;
            int alerts = alertsOf[s];
            int hits = hitsOf[s];
            int positives = own.positives();
            out.add(new SegmentMetrics(dimension, names.get(s), own.size() + own.unscored(), own.size(), positives,
                    alerts, hits, alerts == 0 ? Double.NaN : (double) hits / alerts,
                    positives == 0 ? Double.NaN : (double) hits / positives,
                    AreaUnderCurve.averagePrecision(contrast), AreaUnderCurve.rocAuc(contrast)));
        }
        return List.copyOf(out);
    }

    private static String name(String segment) {
        return segment == null || segment.isBlank() ? UNKNOWN_SEGMENT : segment;
    }
}
