package io.iotad.core.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code feature_engineering} section: how raw readings become daily feature rows and when
 * bad data stops a run. Ranges and defaults are those of {@link ConfigSchema}; the constructor
 * checks them.
 *
 * @param lookbackDays days a feature row may look back over, in [1, 366]; default 7
 * @param weatherFeatureCols weather-driven features joined to each row; default {@code [hdd, avg_outdoor_temp_c]}
 * @param timezone the zone whose calendar days rows describe; default UTC
 * @param hddBaseC base temperature of heating degree days in °C, in [-30, 40]; default 18.0
 * @param stalenessHours hours without readings after which an apartment is silent, in [1, 8760]; default 48
 * @param nullRateLimit largest share of missing values of a critical feature, in [0, 1]; default 0.05
 * @param criticalFeatures features checked against {@code nullRateLimit}
 * @param maxQuarantineShare largest share of quarantined raw lines, in [0, 1]; default 0.01
 * @param extractors feature extractors run, in order; default the ten standard features
 */
public record FeatureEngineeringConfig(int lookbackDays, List<String> weatherFeatureCols, ZoneId timezone,
                                       double hddBaseC, int stalenessHours, double nullRateLimit,
                                       List<String> criticalFeatures, double maxQuarantineShare,
                                       List<String> extractors) {
    static final String SECTION = "feature_engineering.";

    /** Validates every field against {@link ConfigSchema} and copies the lists. */
    @SuppressWarnings("unchecked")
    public FeatureEngineeringConfig {
        ConfigSchema.check(SECTION + "lookback_days", lookbackDays);
        weatherFeatureCols = (List<String>) ConfigSchema.check(SECTION + "weather_feature_cols", weatherFeatureCols);
        Objects.requireNonNull(timezone, "timezone");
        ConfigSchema.check(SECTION + "hdd_base_c", hddBaseC);
        ConfigSchema.check(SECTION + "staleness_hours", stalenessHours);
        ConfigSchema.check(SECTION + "null_rate_limit", nullRateLimit);
        criticalFeatures = (List<String>) ConfigSchema.check(SECTION + "critical_features", criticalFeatures);
        ConfigSchema.check(SECTION + "max_quarantine_share", maxQuarantineShare);
        extractors = (List<String>) ConfigSchema.check(SECTION + "extractors", extractors);
    }

    @SuppressWarnings("unchecked")
    static FeatureEngineeringConfig fromValues(Map<String, Object> v) {
        return new FeatureEngineeringConfig((Integer) v.get(SECTION + "lookback_days"),
                (List<String>) v.get(SECTION + "weather_feature_cols"), ZoneId.of((String) v.get(SECTION + "timezone")),
                (Double) v.get(SECTION + "hdd_base_c"), (Integer) v.get(SECTION + "staleness_hours"),
                (Double) v.get(SECTION + "null_rate_limit"), (List<String>) v.get(SECTION + "critical_features"),
                (Double) v.get(SECTION + "max_quarantine_share"), (List<String>) v.get(SECTION + "extractors"));
    }

    void putValues(Map<String, Object> out) {
        out.put(SECTION + "lookback_days", lookbackDays);
        out.put(SECTION + "weather_feature_cols", weatherFeatureCols);
        out.put(SECTION + "timezone", timezone.getId());
        out.put(SECTION + "hdd_base_c", hddBaseC);
        out.put(SECTION + "staleness_hours", stalenessHours);
        out.put(SECTION + "null_rate_limit", nullRateLimit);
        out.put(SECTION + "critical_features", criticalFeatures);
        out.put(SECTION + "max_quarantine_share", maxQuarantineShare);
        out.put(SECTION + "extractors", extractors);
    }
}
