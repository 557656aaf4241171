package io.iotad.eval;

import io.iotad.eval.metrics.AreaUnderCurve;
import io.iotad.eval.metrics.RankedSample;
import io.iotad.eval.metrics.RankingMetrics;
import io.iotad.eval.metrics.ThresholdMetrics;

/**
 * The headline metrics of one evaluated sample. Undefined values are NaN.
 *
 * @param k alerts for the top-K metrics
 * @param precisionAtK share of the top K labelled 1, in [0, 1]
 * @param recallAtK share of positives in the top K, in [0, 1]
 * @param yieldAtK confirmed faults among the top K, in [0, K]
 * @param prAuc average precision (scikit-learn's), in [0, 1]
 * @param rocAuc ROC-AUC (ties count one half), in [0, 1]
 * @param atThreshold precision, recall and F1 at the evaluation threshold
 */
public record MetricSet(int k, double precisionAtK, double recallAtK, int yieldAtK, double prAuc, double rocAuc,
                        ThresholdMetrics atThreshold) {

    /**
     * @param sample ranked rows
     * @param k alerts for the top-K metrics, at least 1
     * @param threshold score threshold for F1; NaN = the K-th ranked score (or +inf, nothing called,
     *        when nothing is scored)
     * @return the metrics
     */
    public static MetricSet of(RankedSample sample, int k, double threshold) {
        double t = threshold;
        if (Double.isNaN(t)) {
            t = sample.size() == 0 ? Double.POSITIVE_INFINITY : sample.score(Math.min(k, sample.size()) - 1);
        }
        return new MetricSet(k, RankingMetrics.precisionAtK(sample, k), RankingMetrics.recallAtK(sample, k),
                RankingMetrics.yieldAtK(sample, k), AreaUnderCurve.averagePrecision(sample),
                AreaUnderCurve.rocAuc(sample), ThresholdMetrics.at(sample, t));
    }
}
