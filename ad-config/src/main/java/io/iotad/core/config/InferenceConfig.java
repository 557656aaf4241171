package io.iotad.core.config;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The {@code inference} section: which model scores, and which scored rows become alerts.
 *
 * <p>An alert needs its score at or above {@code alertThreshold} (when set) and a rank within
 * {@code topKPerDay} of its day (when set). When neither is set, the inference workflow applies
 * its default daily cap (the top 10 of each day).
 *
 * @param alertThreshold absolute score threshold, any finite number; empty means none
 * @param topKPerDay alerts per day at most, in [1, 1000000]; empty means no daily cap
 * @param batchTransformInstanceType SageMaker batch-transform instance type, ignored locally; default {@code ml.m5.large}
 * @param suppression rules that silence alerts explained by resident behaviour
 * @param modelGroup model-registry group whose latest approved model scores; default {@code global}
 */
public record InferenceConfig(OptionalDouble alertThreshold, OptionalInt topKPerDay, String batchTransformInstanceType,
                              SuppressionConfig suppression, String modelGroup) {
    static final String SECTION = "inference.";

    /** Validates every field against {@link ConfigSchema}. */
    public InferenceConfig {
        if (alertThreshold == null) {
            alertThreshold = OptionalDouble.empty();
        }
        if (alertThreshold.isPresent()) {
            ConfigSchema.check(SECTION + "alert_threshold", alertThreshold.getAsDouble());
        }
        if (topKPerDay == null) {
            topKPerDay = OptionalInt.empty();
        }
        if (topKPerDay.isPresent()) {
            ConfigSchema.check(SECTION + "top_k_per_day", topKPerDay.getAsInt());
        }
        batchTransformInstanceType = (String) ConfigSchema.check(SECTION + "batch_transform_instance_type",
                batchTransformInstanceType);
        Objects.requireNonNull(suppression, "suppression");
        modelGroup = (String) ConfigSchema.check(SECTION + "model_group", modelGroup);
    }

    static InferenceConfig fromValues(Map<String, Object> v) {
        Double threshold = (Double) v.get(SECTION + "alert_threshold");
        Integer topK = (Integer) v.get(SECTION + "top_k_per_day");
        return new InferenceConfig(threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold),
                topK == null ? OptionalInt.empty() : OptionalInt.of(topK),
                (String) v.get(SECTION + "batch_transform_instance_type"),
                new SuppressionConfig((Integer) v.get(SECTION + "suppression.vacation_hours")),
                (String) v.get(SECTION + "model_group"));
    }

    void putValues(Map<String, Object> out) {
        out.put(SECTION + "alert_threshold", alertThreshold.isPresent() ? alertThreshold.getAsDouble() : null);
        out.put(SECTION + "top_k_per_day", topKPerDay.isPresent() ? topKPerDay.getAsInt() : null);
        out.put(SECTION + "batch_transform_instance_type", batchTransformInstanceType);
        out.put(SECTION + "suppression.vacation_hours", suppression.vacationHours());
        out.put(SECTION + "model_group", modelGroup);
    }
}
