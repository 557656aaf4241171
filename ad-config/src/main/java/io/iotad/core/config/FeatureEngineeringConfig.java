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
 * @param maxLateDays days a raw reading may lie before the day its file's path names, in [0, 3660]; default 31
 * @param maxFutureHours hours a raw reading may lie after the run's clock, in [0, 8760]; default 24
 * @param maxReadingAgeDays days a raw reading may lie before the run's clock, in [1, 36600]; default 3660
 * @param rangeViolations what a feature value outside its plausible range (the data contract's ranges) does:
 *     {@value #RANGE_VIOLATIONS_FAIL} (default: the run stops) or {@value #RANGE_VIOLATIONS_QUARANTINE} (that
 *     apartment-day's features become missing, and the day is counted and listed in the run report)
 */
public record FeatureEngineeringConfig(int lookbackDays, List<String> weatherFeatureCols, ZoneId timezone,
                                       double hddBaseC, int stalenessHours, double nullRateLimit,
                                       List<String> criticalFeatures, double maxQuarantineShare,
                                       List<String> extractors, int maxLateDays, int maxFutureHours,
                                       int maxReadingAgeDays, String rangeViolations) {
    /** {@link #rangeViolations()}: a value outside its range stops the run (the default). */
    public static final String RANGE_VIOLATIONS_FAIL = "fail";
    /** {@link #rangeViolations()}: a value outside its range quarantines its apartment-day. */
    public static final String RANGE_VIOLATIONS_QUARANTINE = "quarantine_apartment_day";

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
        ConfigSchema.check(SECTION + "max_late_days", maxLateDays);
        ConfigSchema.check(SECTION + "max_future_hours", maxFutureHours);
        ConfigSchema.check(SECTION + "max_reading_age_days", maxReadingAgeDays);
        rangeViolations = (String) ConfigSchema.check(SECTION + "range_violations", rangeViolations);
    }

    /** @return whether a range break quarantines its apartment-day instead of stopping the run */
    public boolean quarantineRangeViolations() {
        return RANGE_VIOLATIONS_QUARANTINE.equals(rangeViolations);
    }

    @SuppressWarnings("unchecked")
    static FeatureEngineeringConfig fromValues(Map<String, Object> v) {
        return new FeatureEngineeringConfig((Integer) v.get(SECTION + "lookback_days"),
                (List<String>) v.get(SECTION + "weather_feature_cols"), ZoneId.of((String) v.get(SECTION + "timezone")),
                (Double) v.get(SECTION + "hdd_base_c"), (Integer) v.get(SECTION + "staleness_hours"),
                (Double) v.get(SECTION + "null_rate_limit"), (List<String>) v.get(SECTION + "critical_features"),
                (Double) v.get(SECTION + "max_quarantine_share"), (List<String>) v.get(SECTION + "extractors"),
                (Integer) v.get(SECTION + "max_late_days"), (Integer) v.get(SECTION + "max_future_hours"),
                (Integer) v.get(SECTION + "max_reading_age_days"), (String) v.get(SECTION + "range_violations"));
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
        out.put(SECTION + "max_late_days", maxLateDays);
        out.put(SECTION + "max_future_hours", maxFutureHours);
        out.put(SECTION + "max_reading_age_days", maxReadingAgeDays);
        out.put(SECTION + "range_violations", rangeViolations);
    }
}
