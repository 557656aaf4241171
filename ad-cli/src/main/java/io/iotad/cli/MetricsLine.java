package io.iotad.cli;

import io.iotad.eval.EvaluationResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The one-line summary of an evaluation the train and evaluate commands print. */
final class MetricsLine {
    private MetricsLine() {
    }

    /**
     * @param ev an evaluation
     * @param k the K of Precision@K and Recall@K
     * @return e.g. {@code P@50=0.420 R@50=0.310 PR-AUC=0.380 ROC-AUC=0.810 (33 faulty apartment-days of 280 evaluated)}
     */
    static String of(EvaluationResult ev, int k) {
        Map<String, Double> m = ev.metrics();
        return String.format(Locale.ROOT, "P@%d=%.3f R@%d=%.3f PR-AUC=%.3f ROC-AUC=%.3f (%d faulty apartment-days of %d "
                        + "evaluated, %d unscored)", k, nan(m.get(EvaluationResult.PRECISION_AT_K)), k,
                nan(m.get(EvaluationResult.RECALL_AT_K)), nan(m.get(EvaluationResult.PR_AUC)),
                nan(m.get(EvaluationResult.ROC_AUC)), ev.positives(), ev.evaluated(), ev.unscored());
    }

    /**
     * @param m metrics
     * @return those with a finite value, for JSON
     */
    static Map<String, Double> finite(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        m.forEach((key, v) -> {
            if (v != null && Double.isFinite(v)) {
                out.put(key, v);
            }
        });
        return out;
    }

    private static double nan(Double d) {
        return d == null ? Double.NaN : d;
    }
}
