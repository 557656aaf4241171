package io.iotad.eval.metrics;

/**
 * Threshold-free ranking quality: average precision (the area under the precision-recall curve)
 * and the area under the ROC curve, computed exactly as scikit-learn's
 * {@code average_precision_score} and {@code roc_auc_score} (1.x), including their treatment of
 * tied scores.
 *
 * <p>References: scikit-learn user guide, "Precision, recall and F-measures" (average precision
 * as the step-wise sum {@code Σ (R_n − R_{n−1}) P_n} over distinct thresholds, no interpolation);
 * Mann and Whitney (1947) for the rank form of ROC-AUC, where a tied positive-negative pair counts
 * one half.
 */
public final class AreaUnderCurve {
    private AreaUnderCurve() {
    }

    /**
     * Average precision: for each distinct score threshold t, from the highest down, the recall
     * gained by lowering the threshold to t times the precision at t. Tied scores enter together.
     *
     * @param sample ranked rows
     * @return average precision in [0, 1]; NaN when there is no positive (scikit-learn warns and
     *         returns a meaningless value there)
     */
    public static double averagePrecision(RankedSample sample) {
        int positives = sample.positives();
        if (positives == 0) {
            return Double.NaN;
        }
        double ap = 0;
        int tp = 0;
        int lastTp = 0;
        int n = sample.size();
        for (int r = 0; r < n; r++) {
            tp += sample.label(r);
            boolean endOfTieGroup = r == n - 1 || sample.score(r + 1) != sample.score(r);
            if (endOfTieGroup) {
                double precision = (double) tp / (r + 1);
                ap += (double) (tp - lastTp) / positives * precision;
                lastTp = tp;
            }
        }
        return ap;
    }

    /**
     * ROC-AUC as the probability that a random positive outranks a random negative, a tie counting
     * one half (midranks).
     *
     * @param sample ranked rows
     * @return ROC-AUC in [0, 1]; NaN when either class is absent (scikit-learn raises there)
     */
    public static double rocAuc(RankedSample sample) {
        int positives = sample.positives();
        int negatives = sample.negatives();
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        // the sample is ranked descending; walk tie groups and credit each positive with the
        // negatives ranked below it plus half the negatives tied with it
        double favourable = 0;
        int n = sample.size();
        int negativesAbove = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && sample.score(end + 1) == sample.score(start)) {
                end++;
            }
            int groupPos = 0;
            for (int r = start; r <= end; r++) {
                groupPos += sample.label(r);
            }
            int groupNeg = end - start + 1 - groupPos;
            int negativesBelow = negatives - negativesAbove - groupNeg;
            favourable += groupPos * (negativesBelow + 0.5 * groupNeg);
            negativesAbove += groupNeg;
            start = end + 1;
        }
        return favourable / ((double) positives * negatives);
    }

    /**
     * @param scores one score per row, NaN = not scored (left out)
     * @param labels one 0/1 label per row
     * @return {@link #averagePrecision(RankedSample)}
     */
    public static double averagePrecision(double[] scores, int[] labels) {
        return averagePrecision(RankedSample.of(scores, labels));
    }

    /**
     * @param scores one score per row, NaN = not scored (left out)
     * @param labels one 0/1 label per row
     * @return {@link #rocAuc(RankedSample)}
     */
    public static double rocAuc(double[] scores, int[] labels) {
        return rocAuc(RankedSample.of(scores, labels));
    }
}
