package io.iotad.eval.metrics;

/**
 * Confusion counts, precision, recall and F1 when every row scoring at or above a threshold is
 * called anomalous.
 *
 * @param threshold the score threshold
 * @param truePositives called rows labelled 1
 * @param falsePositives called rows labelled 0
 * @param falseNegatives rows labelled 1 that were not called
 * @param precision {@code tp / (tp + fp)} in [0, 1]; NaN when nothing is called
 * @param recall {@code tp / (tp + fn)} in [0, 1]; NaN without positives
 * @param f1 {@code 2tp / (2tp + fp + fn)} in [0, 1]; NaN when nothing is called and there is no positive
 */
public record ThresholdMetrics(double threshold, int truePositives, int falsePositives, int falseNegatives,
                               double precision, double recall, double f1) {

    /**
     * @param sample ranked rows (unscored rows are neither called nor counted)
     * @param threshold rows with a score {@code >= threshold} are called; NaN is not allowed
     * @return the metrics
     */
    public static ThresholdMetrics at(RankedSample sample, double threshold) {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must be a number, got NaN");
        }
        int tp = 0;
        int called = 0;
        while (called < sample.size() && sample.score(called) >= threshold) {
            tp += sample.label(called);
            called++;
        }
        int fp = called - tp;
        int fn = sample.positives() - tp;
        double precision = called == 0 ? Double.NaN : (double) tp / called;
        double recall = sample.positives() == 0 ? Double.NaN : (double) tp / sample.positives();
        int denominator = 2 * tp + fp + fn;
        double f1 = denominator == 0 ? Double.NaN : 2.0 * tp / denominator;
        return new ThresholdMetrics(threshold, tp, fp, fn, precision, recall, f1);
    }

    /**
     * @param scores one score per row, NaN = not scored
     * @param labels one 0/1 label per row
     * @param threshold rows with a score {@code >= threshold} are called
     * @return the metrics
     */
    public static ThresholdMetrics at(double[] scores, int[] labels, double threshold) {
        return at(RankedSample.of(scores, labels), threshold);
    }
}
