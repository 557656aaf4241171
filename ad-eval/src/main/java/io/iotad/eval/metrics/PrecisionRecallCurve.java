package io.iotad.eval.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The precision-recall curve at every distinct score threshold, highest threshold first, as
 * scikit-learn's {@code precision_recall_curve} (reversed) computes it.
 */
public final class PrecisionRecallCurve {
    /** Default cap on the number of points kept for reports. */
    public static final int DEFAULT_MAX_POINTS = 200;

    private PrecisionRecallCurve() {
    }

    /**
     * One point of the curve: rows with a score at or above {@code threshold} are called anomalous.
     *
     * @param threshold the score threshold
     * @param precision share of called rows labelled 1, in [0, 1]
     * @param recall share of positives called, in [0, 1]
     * @param alerts how many rows are called at this threshold
     */
    public record Point(double threshold, double precision, double recall, int alerts) {
    }

    /**
     * @param sample ranked rows
     * @param maxPoints at most this many points are returned (evenly thinned, the last point always
     *        kept), at least 2
     * @return the curve, highest threshold first; empty when there is no positive or nothing scored
     */
    public static List<Point> of(RankedSample sample, int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("maxPoints must be >= 2, got " + maxPoints);
        }
        List<Point> all = new ArrayList<>();
        int positives = sample.positives();
        if (positives == 0) {
            return all;
        }
        int tp = 0;
        int n = sample.size();
        for (int r = 0; r < n; r++) {
            tp += sample.label(r);
            if (r == n - 1 || sample.score(r + 1) != sample.score(r)) {
                all.add(new Point(sample.score(r), (double) tp / (r + 1), (double) tp / positives, r + 1));
            }
        }
        if (all.size() <= maxPoints) {
            return List.copyOf(all);
        }
        List<Point> thinned = new ArrayList<>(maxPoints);
        double step = (all.size() - 1) / (double) (maxPoints - 1);
        for (int i = 0; i < maxPoints; i++) {
            thinned.add(all.get((int) Math.round(i * step)));
        }
        return List.copyOf(thinned);
    }
}
