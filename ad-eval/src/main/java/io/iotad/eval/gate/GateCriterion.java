package io.iotad.eval.gate;

import io.iotad.eval.EvaluationResult;
import java.util.Arrays;
import java.util.Optional;

/** A threshold key accepted in {@code evaluation.metrics_thresholds}, and the metric it bounds. */
public enum GateCriterion {
    /** Lower bound on Precision@K. */
    MIN_PRECISION_AT_K("min_precision_at_k", EvaluationResult.PRECISION_AT_K, true),
    /** Lower bound on Recall@K. */
    MIN_RECALL_AT_K("min_recall_at_k", EvaluationResult.RECALL_AT_K, true),
    /** Lower bound on average precision. */
    MIN_PR_AUC("min_pr_auc", EvaluationResult.PR_AUC, true),
    /** Lower bound on ROC-AUC. */
    MIN_ROC_AUC("min_roc_auc", EvaluationResult.ROC_AUC, true),
    /** Lower bound on F1 at the evaluation threshold. */
    MIN_F1_SCORE("min_f1_score", EvaluationResult.F1_SCORE, true),
    /** Lower bound on the pooled per-day top-K precision. */
    MIN_DAILY_PRECISION_AT_K("min_daily_precision_at_k", EvaluationResult.DAILY_PRECISION_AT_K, true),
    /** Upper bound on the share of rows the detector could not score. */
    MAX_UNSCORED_SHARE("max_unscored_share", EvaluationResult.UNSCORED_SHARE, false),
    /** Lower bound on the anomaly yield@K, the share of the top K confirmed (the seed's phase-1 metric). */
    MIN_ANOMALY_YIELD_AT_K("min_anomaly_yield_at_k", EvaluationResult.ANOMALY_YIELD_AT_K, true),
    /**
     * Upper bound on the relative deviation of the daily alert count from the technicians' capacity;
     * the training workflow supplies the metric {@value EvaluationResult#THROUGHPUT_DEVIATION}.
     */
    MAX_THROUGHPUT_DEVIATION("max_throughput_deviation", EvaluationResult.THROUGHPUT_DEVIATION, false);

    private final String key;
    private final String metric;
    private final boolean lowerBound;

    GateCriterion(String key, String metric, boolean lowerBound) {
        this.key = key;
        this.metric = metric;
        this.lowerBound = lowerBound;
    }

    /** @return the configuration key, e.g. {@code min_pr_auc} */
    public String key() {
        return key;
    }

    /** @return the metric name in {@link EvaluationResult#metrics()}, e.g. {@code pr_auc} */
    public String metric() {
        return metric;
    }

    /** @return true when the metric must be at least the threshold, false when at most */
    public boolean lowerBound() {
        return lowerBound;
    }

    /**
     * @param value the metric's value (NaN = undefined, which never passes)
     * @param threshold the bound
     * @return whether the value satisfies the bound
     */
    public boolean accepts(double value, double threshold) {
        if (Double.isNaN(value)) {
            return false;
        }
        return lowerBound ? value >= threshold : value <= threshold;
    }

    /**
     * @param key a configuration key
     * @return the criterion, if known
     */
    public static Optional<GateCriterion> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    /** @return the accepted keys, comma-separated */
    public static String knownKeys() {
        return String.join(", ", Arrays.stream(values()).map(GateCriterion::key).toList());
    }
}
