package io.iotad.pipeline.monitoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether to retrain after a scoring run, and why: each trigger with its value, its limit and whether it fired.
 *
 * @param asOf the last scored day the decision was made on
 * @param model the model that scored
 * @param retrain whether any trigger fired
 * @param triggers every trigger, fired or not, in the documented order
 */
public record RetrainingDecision(LocalDate asOf, String model, boolean retrain, List<Trigger> triggers) {
    /** Validates and copies the fields. */
    public RetrainingDecision {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(model, "model");
        triggers = List.copyOf(triggers);
    }

    /**
     * One trigger's verdict.
     *
     * @param name {@code new_labels}, {@code drift_days} or {@code reported_precision}
     * @param fired whether it asks for retraining
     * @param judged false when there was not enough to judge (no label file, too few verdicts)
     * @param value what was measured (a count, days, or a precision); NaN when not judged
     * @param limit the configured limit it was compared with
     * @param detail one sentence: the measurement, the limit and its key
     */
    public record Trigger(String name, boolean fired, boolean judged, double value, double limit, String detail) {
        /** @return the trigger as a JSON-compatible map */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("fired", fired);
            m.put("judged", judged);
            m.put("value", Double.isFinite(value) ? value : null);
            m.put("limit", limit);
            m.put("detail", detail);
            return m;
        }
    }

    /** @return the names of the triggers that fired */
    public List<String> reasons() {
        return triggers.stream().filter(Trigger::fired).map(Trigger::name).toList();
    }

    /** @return one line for an operator: {@code retrain: yes (new_labels, drift_days)} or {@code retrain: no} */
    public String summary() {
        return retrain ? "retrain: yes (" + String.join(", ", reasons()) + ")" : "retrain: no";
    }

    /** @return the decision as a JSON-compatible map, as written to the run report */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("as_of", asOf.toString());
        m.put("model", model);
        m.put("retrain", retrain);
        m.put("reasons", reasons());
        m.put("triggers", triggers.stream().map(Trigger::toMap).toList());
        return m;
    }
}
