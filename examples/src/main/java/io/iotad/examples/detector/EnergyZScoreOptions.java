package io.iotad.examples.detector;

import io.iotad.core.detect.DetectorOptions;
import java.util.Map;
import java.util.Set;

/**
 * Options of {@link EnergyZScoreStrategy}.
 *
 * @param feature the feature whose per-apartment z-score is the anomaly score; default
 *     {@value #DEFAULT_FEATURE}
 * @param minDays fewest training days an apartment needs for its own mean and deviation, at least 2;
 *     apartments with fewer use the portfolio's; default {@value #DEFAULT_MIN_DAYS}
 */
public record EnergyZScoreOptions(String feature, int minDays) implements DetectorOptions {
    /** Default scored feature. */
    public static final String DEFAULT_FEATURE = "daily_energy_kwh";
    /** Default minimum days per apartment. */
    public static final int DEFAULT_MIN_DAYS = 7;
    private static final Set<String> KEYS = Set.of("feature", "min_days");

    /** Validates the fields. */
    public EnergyZScoreOptions {
        if (feature == null || feature.isBlank()) {
            throw new IllegalArgumentException("option 'feature' must be a feature name, got '" + feature + "'");
        }
        if (minDays < 2) {
            throw new IllegalArgumentException("option 'min_days' must be >= 2, got " + minDays);
        }
    }

    /**
     * @param raw options from configuration
     * @return the validated options, defaults for keys not given
     */
    static EnergyZScoreOptions parse(Map<String, ?> raw) {
        for (String k : raw.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("unknown option '" + k + "' for energy_zscore; known: " + KEYS);
            }
        }
        Object f = raw.containsKey("feature") ? raw.get("feature") : DEFAULT_FEATURE;
        Object m = raw.containsKey("min_days") ? raw.get("min_days") : DEFAULT_MIN_DAYS;
        if (!(m instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new IllegalArgumentException("option 'min_days' must be a whole number, got '" + m + "'");
        }
        return new EnergyZScoreOptions(String.valueOf(f), n.intValue());
    }

    @Override
    public Map<String, Object> toMap() {
        return Map.of("feature", feature, "min_days", minDays);
    }
}
