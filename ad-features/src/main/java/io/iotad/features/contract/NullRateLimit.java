package io.iotad.features.contract;

import java.util.Objects;

/**
 * The largest share of missing values a feature may have in each partition of a scope.
 *
 * @param feature the feature (column) checked
 * @param maxRate the largest share of rows with the feature missing, in [0, 1]
 * @param scope the partitions the rate is computed in
 */
public record NullRateLimit(String feature, double maxRate, Scope scope) {
    /** Default largest share of missing values of a critical feature: 5% (the seed's lesson from Challenge 1). */
    public static final double DEFAULT_MAX_RATE = 0.05;

    /** Where a null rate is computed. */
    public enum Scope {
        /** Over the whole batch of rows. */
        BATCH,
        /** Over each calendar day's rows, all buildings together (one inference batch). */
        DAY,
        /** Over each building's rows of each day. */
        BUILDING_DAY
    }

    /** Validates the fields. */
    public NullRateLimit {
        if (feature == null || feature.isBlank()) {
            throw new IllegalArgumentException("feature must be a non-blank column name, got '" + feature + "'");
        }
        if (!(maxRate >= 0 && maxRate <= 1)) {
            throw new IllegalArgumentException("maxRate of '" + feature + "' must be in [0, 1], got " + maxRate);
        }
        Objects.requireNonNull(scope, "scope");
    }
}
