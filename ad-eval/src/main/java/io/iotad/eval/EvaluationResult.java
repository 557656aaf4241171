package io.iotad.eval;

import io.iotad.eval.metrics.DailyTopK;
import io.iotad.eval.metrics.PrecisionRecallCurve;
import io.iotad.eval.metrics.ScoreDistribution;
import io.iotad.eval.segment.SegmentMetrics;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable outcome of an {@link Evaluation}.
 *
 * @param options the settings used
 * @param rows rows scored by the detector (the frame's row count)
 * @param evaluated rows taking part in the metrics (all rows, or only those with a verdict under
 *        {@link UnknownLabelPolicy#EXCLUDE})
 * @param unscored evaluated rows with a NaN score, left out of every ranking metric
 * @param unscoredPositives unscored evaluated rows labelled 1 (faults the detector could not see)
 * @param withVerdict rows that had a verdict in the labels
 * @param excludedWithoutVerdict rows left out because they had no verdict
 * @param positives scored evaluated rows labelled 1
 * @param overall the headline metrics
 * @param daily per-day top-K with the technicians' daily capacity
 * @param prCurve precision-recall curve, highest threshold first (thinned)
 * @param distribution scores of every row (labelled or not)
 * @param segments breakdowns by building, archetype and fault kind, in that order
 * @param visits the visit list: the top {@link EvaluationOptions#dailyK()} rows of each day, with
 *        their reasons (empty in reports written before it existed)
 */
public record EvaluationResult(EvaluationOptions options, int rows, int evaluated, int unscored,
                               int unscoredPositives, int withVerdict, int excludedWithoutVerdict, int positives,
                               MetricSet overall, DailyTopK daily, List<PrecisionRecallCurve.Point> prCurve,
                               ScoreDistribution distribution, List<SegmentMetrics> segments,
                               List<Visit> visits) {
    /** Metric name of {@link MetricSet#precisionAtK()} in {@link #metrics()}. */
    public static final String PRECISION_AT_K = "precision_at_k";
    /** Metric name of {@link MetricSet#recallAtK()}. */
    public static final String RECALL_AT_K = "recall_at_k";
    /** Metric name of {@link MetricSet#yieldAtK()}. */
    public static final String YIELD_AT_K = "yield_at_k";
    /**
     * Metric name of the anomaly yield@K as a share: the part of the top K that are confirmed
     * (label 1). With technicians' verdicts as labels it equals {@link #PRECISION_AT_K}.
     */
    public static final String ANOMALY_YIELD_AT_K = "anomaly_yield_at_k";
    /**
     * Metric name of the relative deviation of the mean daily alert count from the technicians'
     * daily capacity: not computed here, but by the caller that knows the alert policy (the
     * training workflow), and bounded by the gate's {@code max_throughput_deviation}.
     */
    public static final String THROUGHPUT_DEVIATION = "throughput_deviation";
    /** Metric name of {@link MetricSet#prAuc()}. */
    public static final String PR_AUC = "pr_auc";
    /** Metric name of {@link MetricSet#rocAuc()}. */
    public static final String ROC_AUC = "roc_auc";
    /** Metric name of the precision at the evaluation threshold. */
    public static final String PRECISION = "precision";
    /** Metric name of the recall at the evaluation threshold. */
    public static final String RECALL = "recall";
    /** Metric name of the F1 score at the evaluation threshold. */
    public static final String F1_SCORE = "f1_score";
    /** Metric name of {@link DailyTopK#precision()}. */
    public static final String DAILY_PRECISION_AT_K = "daily_precision_at_k";
    /** Metric name of {@link DailyTopK#recall()}. */
    public static final String DAILY_RECALL_AT_K = "daily_recall_at_k";
    /** Metric name of {@link #unscoredShare()}. */
    public static final String UNSCORED_SHARE = "unscored_share";

    /** Validates and copies. */
    public EvaluationResult {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(daily, "daily");
        Objects.requireNonNull(distribution, "distribution");
        prCurve = List.copyOf(prCurve);
        segments = List.copyOf(segments);
        visits = visits == null ? List.of() : List.copyOf(visits);
    }

    /** @return the share of evaluated rows without a score, in [0, 1]; NaN when nothing was evaluated */
    public double unscoredShare() {
        return evaluated == 0 ? Double.NaN : (double) unscored / evaluated;
    }

    /**
     * The headline metrics by name, as written into model manifests and checked by gates.
     *
     * @return name to value (NaN = undefined), in a stable order
     */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(PRECISION_AT_K, overall.precisionAtK());
        m.put(RECALL_AT_K, overall.recallAtK());
        m.put(YIELD_AT_K, (double) overall.yieldAtK());
        m.put(ANOMALY_YIELD_AT_K, overall.precisionAtK());
        m.put(PR_AUC, overall.prAuc());
        m.put(ROC_AUC, overall.rocAuc());
        m.put(PRECISION, overall.atThreshold().precision());
        m.put(RECALL, overall.atThreshold().recall());
        m.put(F1_SCORE, overall.atThreshold().f1());
        m.put(DAILY_PRECISION_AT_K, daily.precision());
        m.put(DAILY_RECALL_AT_K, daily.recall());
        m.put(UNSCORED_SHARE, unscoredShare());
        return Collections.unmodifiableMap(m);
    }

    /**
     * @param dimension a dimension name
     * @return the segments of that dimension, by name
     */
    public List<SegmentMetrics> segments(String dimension) {
        return segments.stream().filter(s -> s.dimension().equals(dimension)).toList();
    }
}
