package io.iotad.pipeline.workflow;

import io.iotad.core.config.InferenceConfig;
import io.iotad.core.score.Scores;
import io.iotad.pipeline.alerting.AlertPolicy;
import java.util.Map;
import java.util.TreeMap;

/**
 * The seed's {@code max_throughput_deviation}: how far the daily alert count the inference policy
 * would produce on the evaluation days is from the technicians' daily capacity, relative to it.
 */
public final class ThroughputDeviation {
    private ThroughputDeviation() {
    }

    /**
     * @param scores scores of the evaluation days
     * @param inference the alert policy's configuration
     * @return |mean daily alerts − capacity| / capacity, where capacity is {@code top_k_per_day}
     *     (default {@link AlertPolicy#DEFAULT_TOP_K_PER_DAY}) and a day's alerts are the scores at or
     *     above {@code alert_threshold} (all when absent), capped at the daily cap when the inference workflow applies one;
     *     NaN when there are no scored days
     */
    public static double of(Scores scores, InferenceConfig inference) {
        int capacity = inference.topKPerDay().orElse(AlertPolicy.DEFAULT_TOP_K_PER_DAY);
        double threshold = inference.alertThreshold().orElse(Double.NaN);
        // the inference workflow caps at top_k_per_day, or at the default cap when no threshold is set either
        boolean capped = inference.topKPerDay().isPresent() || inference.alertThreshold().isEmpty();
        Map<Long, int[]> perDay = new TreeMap<>();
        for (int i = 0; i < scores.size(); i++) {
            double s = scores.score(i);
            if (Double.isNaN(s)) {
                continue;
            }
            int[] c = perDay.computeIfAbsent(scores.rows().epochDay(i), d -> new int[1]);
            if (Double.isNaN(threshold) || s >= threshold) {
                c[0]++;
            }
        }
        if (perDay.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (int[] c : perDay.values()) {
            sum += capped ? Math.min(c[0], capacity) : c[0];
        }
        return Math.abs(sum / perDay.size() - capacity) / capacity;
    }
}
