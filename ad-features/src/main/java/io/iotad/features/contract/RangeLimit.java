package io.iotad.features.contract;

/**
 * The plausible range of a feature's present values; a value outside it (or infinite) is a contract
 * violation. Missing values are the business of {@link NullRateLimit}.
 *
 * @param feature the feature (column) checked
 * @param min the least plausible value, in the feature's unit
 * @param max the largest plausible value, {@code >= min}
 */
public record RangeLimit(String feature, double min, double max) {
    /** Validates the fields. */
    public RangeLimit {
        if (feature == null || feature.isBlank()) {
            throw new IllegalArgumentException("feature must be a non-blank column name, got '" + feature + "'");
        }
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("range of '" + feature + "' must have min <= max, got [" + min + ", " + max + "]");
        }
    }

    /**
     * @param v a present value
     * @return whether it lies in [min, max]
     */
    public boolean accepts(double v) {
        return v >= min && v <= max;
    }
}
