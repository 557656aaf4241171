package io.iotad.eval.gate;

import io.iotad.eval.EvaluationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Thresholds from {@code evaluation.metrics_thresholds}, checked against evaluation metrics.
 * Immutable.
 *
 * <pre>{@code
 * GateVerdict v = EvaluationGate.of(Map.of("min_pr_auc", 0.3)).check(result);
 * if (!v.passed()) log.warn(v.summary());
 * }</pre>
 */
public final class EvaluationGate {
    private final Map<GateCriterion, Double> thresholds;

    private EvaluationGate(Map<GateCriterion, Double> thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param thresholds configuration key (see {@link GateCriterion#key()}) to bound; may be empty
     * @return the gate
     * @throws IllegalArgumentException naming an unknown key (and listing the known ones), or a key
     *         whose value is null, NaN or infinite
     */
    public static EvaluationGate of(Map<String, Double> thresholds) {
        Map<GateCriterion, Double> m = new TreeMap<>();
        for (Map.Entry<String, Double> e : new TreeMap<>(thresholds).entrySet()) {
            GateCriterion c = GateCriterion.byKey(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "evaluation.metrics_thresholds: unknown key '" + e.getKey() + "'; expected one of "
                            + GateCriterion.knownKeys()));
            Double v = e.getValue();
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("evaluation.metrics_thresholds." + e.getKey() + " must be a finite "
                        + "number, got " + v);
            }
            m.put(c, v);
        }
        return new EvaluationGate(Collections.unmodifiableMap(m));
    }

    /** @return the configured bounds, by criterion */
    public Map<GateCriterion, Double> thresholds() {
        return thresholds;
    }

    /**
     * @param result an evaluation
     * @return the verdict on its {@link EvaluationResult#metrics()}
     */
    public GateVerdict check(EvaluationResult result) {
        return check(result.metrics());
    }

    /**
     * @param metrics metric name to value (NaN = undefined); a metric named by a threshold but absent
     *        counts as undefined and fails
     * @return the verdict
     */
    public GateVerdict check(Map<String, Double> metrics) {
        List<GateCheck> checks = new ArrayList<>();
        boolean passed = true;
        for (Map.Entry<GateCriterion, Double> e : thresholds.entrySet()) {
            Double v = metrics.get(e.getKey().metric());
            double value = v == null ? Double.NaN : v;
            boolean ok = e.getKey().accepts(value, e.getValue());
            passed &= ok;
            checks.add(new GateCheck(e.getKey(), value, e.getValue(), ok));
        }
        return new GateVerdict(passed, checks);
    }
}
