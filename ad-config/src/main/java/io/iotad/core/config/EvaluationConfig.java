package io.iotad.core.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The {@code evaluation} section: the gate's thresholds, K of the ranking metrics and optional
 * separate evaluation data.
 *
 * @param metricsThresholds gate thresholds by name ({@code min_f1_score}, {@code min_precision_at_k},
 *     {@code min_recall_at_k}, {@code min_anomaly_yield_at_k}, {@code min_pr_auc}, {@code min_roc_auc}
 *     in [0, 1]; {@code max_throughput_deviation} at least 0); only those set, default none
 * @param k K of Precision@K, Recall@K and anomaly yield@K, in [1, 1000000]; default 50
 * @param holdoutDataPath separate evaluation data (a path or URI); empty means the holdout days
 */
public record EvaluationConfig(Map<String, Double> metricsThresholds, int k, Optional<String> holdoutDataPath) {
    static final String SECTION = "evaluation.";
    static final String THRESHOLDS = SECTION + "metrics_thresholds.";

    /** Validates every field against {@link ConfigSchema}; an unknown threshold name is refused. */
    public EvaluationConfig {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : metricsThresholds.entrySet()) {
            String path = THRESHOLDS + e.getKey();
            if (ConfigSchema.key(path).isEmpty()) {
                throw new IllegalArgumentException("unknown metric threshold '" + e.getKey() + "'; known: "
                        + ConfigSchema.childrenOf(SECTION + "metrics_thresholds"));
            }
            m.put(e.getKey(), (Double) ConfigSchema.check(path, e.getValue()));
        }
        metricsThresholds = java.util.Collections.unmodifiableMap(m);
        ConfigSchema.check(SECTION + "k", k);
        if (holdoutDataPath == null) {
            holdoutDataPath = Optional.empty();
        }
        holdoutDataPath.ifPresent(p -> ConfigSchema.check(SECTION + "holdout_data_path", p));
    }

    /**
     * @param name a threshold name such as {@code min_f1_score}
     * @return its value, when set
     */
    public OptionalDouble threshold(String name) {
        Double v = metricsThresholds.get(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    static EvaluationConfig fromValues(Map<String, Object> v) {
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (String name : ConfigSchema.childrenOf(SECTION + "metrics_thresholds")) {
            Object t = v.get(THRESHOLDS + name);
            if (t != null) {
                thresholds.put(name, (Double) t);
            }
        }
        return new EvaluationConfig(thresholds, (Integer) v.get(SECTION + "k"),
                Optional.ofNullable((String) v.get(SECTION + "holdout_data_path")));
    }

    void putValues(Map<String, Object> out) {
        for (String name : ConfigSchema.childrenOf(SECTION + "metrics_thresholds")) {
            out.put(THRESHOLDS + name, metricsThresholds.get(name));
        }
        out.put(SECTION + "k", k);
        out.put(SECTION + "holdout_data_path", holdoutDataPath.orElse(null));
    }
}
