package io.iotad.models.rules;

import io.iotad.core.detect.DetectorOptions;
import io.iotad.models.options.RawOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Options of the {@code rules} strategy: the seed's heating rule and the operators' rules.
 *
 * <p>The heating rule fires on a day when {@code energy_feature} exceeds the energy threshold
 * while {@code temp_diff_feature} (setpoint − room temperature, °C) exceeds
 * {@code temp_diff_min_c}: the heating works hard and the room stays cold.
 *
 * @param energyFeature daily heating energy, kWh ({@code energy_feature}), by default
 *     {@value #DEFAULT_ENERGY_FEATURE}
 * @param tempDiffFeature comfort gap, °C ({@code temp_diff_feature}), by default
 *     {@value #DEFAULT_TEMP_DIFF_FEATURE}
 * @param tempDiffMinC the comfort gap above which the room counts as cold, °C, finite
 *     ({@code temp_diff_min_c}), by default {@value #DEFAULT_TEMP_DIFF_MIN_C}
 * @param energyThreshold how "high energy" is set ({@code energy_threshold}), by default per
 *     apartment quantile
 * @param energyQuantile the quantile learned at fit, in (0, 1) ({@code energy_quantile}), by
 *     default {@value #DEFAULT_ENERGY_QUANTILE}
 * @param energyThresholdKwh the fixed threshold of the {@code absolute} mode, kWh, finite
 *     ({@code energy_threshold_kwh}), by default {@value #DEFAULT_ENERGY_THRESHOLD_KWH}
 * @param minApartmentDays training days with energy an apartment needs for its own quantile, ≥ 1
 *     ({@code min_apartment_days}), by default {@value #DEFAULT_MIN_APARTMENT_DAYS}
 * @param heatingRuleWeight the heating rule's weight, ≥ 0; 0 switches it off
 *     ({@code heating_rule_weight}), by default {@value #DEFAULT_HEATING_RULE_WEIGHT}
 * @param rules the operators' rules ({@code rules}), uniquely named; by default none
 */
public record RulesOptions(String energyFeature, String tempDiffFeature, double tempDiffMinC,
                           EnergyThreshold energyThreshold, double energyQuantile, double energyThresholdKwh,
                           int minApartmentDays, double heatingRuleWeight, List<OperatorRule> rules)
        implements DetectorOptions {
    /** Default energy feature (DATA-CONTRACT §3). */
    public static final String DEFAULT_ENERGY_FEATURE = "daily_energy_kwh";
    /** Default comfort-gap feature (DATA-CONTRACT §3). */
    public static final String DEFAULT_TEMP_DIFF_FEATURE = "avg_temp_diff";
    /** Default comfort gap of the seed's rule: the room more than 2 °C below setpoint. */
    public static final double DEFAULT_TEMP_DIFF_MIN_C = 2.0;
    /** Default threshold mode. */
    public static final EnergyThreshold DEFAULT_ENERGY_THRESHOLD = EnergyThreshold.PER_APARTMENT_QUANTILE;
    /** Default quantile of training energy that counts as high. */
    public static final double DEFAULT_ENERGY_QUANTILE = 0.9;
    /** Default fixed threshold of the absolute mode, kWh per day. */
    public static final double DEFAULT_ENERGY_THRESHOLD_KWH = 20.0;
    /** Default days an apartment needs for its own quantile. */
    public static final int DEFAULT_MIN_APARTMENT_DAYS = 14;
    /** Default weight of the heating rule. */
    public static final double DEFAULT_HEATING_RULE_WEIGHT = 1.0;

    private static final String OWNER = "rules";
    private static final List<String> KEYS = List.of("energy_feature", "temp_diff_feature", "temp_diff_min_c",
            "energy_threshold", "energy_quantile", "energy_threshold_kwh", "min_apartment_days",
            "heating_rule_weight", "rules");

    /**
     * Validates every field.
     *
     * @param energyFeature daily heating energy, kWh ({@code energy_feature}), by default
     *     {@value #DEFAULT_ENERGY_FEATURE}
     * @param tempDiffFeature comfort gap, °C ({@code temp_diff_feature}), by default
     *     {@value #DEFAULT_TEMP_DIFF_FEATURE}
     * @param tempDiffMinC the comfort gap above which the room counts as cold, °C, finite
     *     ({@code temp_diff_min_c}), by default {@value #DEFAULT_TEMP_DIFF_MIN_C}
     * @param energyThreshold how "high energy" is set ({@code energy_threshold}), by default per
     *     apartment quantile
     * @param energyQuantile the quantile learned at fit, in (0, 1) ({@code energy_quantile}), by
     *     default {@value #DEFAULT_ENERGY_QUANTILE}
     * @param energyThresholdKwh the fixed threshold of the {@code absolute} mode, kWh, finite
     *     ({@code energy_threshold_kwh}), by default {@value #DEFAULT_ENERGY_THRESHOLD_KWH}
     * @param minApartmentDays training days with energy an apartment needs for its own quantile, ≥ 1
     *     ({@code min_apartment_days}), by default {@value #DEFAULT_MIN_APARTMENT_DAYS}
     * @param heatingRuleWeight the heating rule's weight, ≥ 0; 0 switches it off
     *     ({@code heating_rule_weight}), by default {@value #DEFAULT_HEATING_RULE_WEIGHT}
     * @param rules the operators' rules ({@code rules}), uniquely named; by default none
     */
    public RulesOptions {
        requireName("energy_feature", energyFeature);
        requireName("temp_diff_feature", tempDiffFeature);
        if (!Double.isFinite(tempDiffMinC)) {
            throw RawOptions.outOfRange(OWNER, "temp_diff_min_c", tempDiffMinC, "a finite number of °C");
        }
        Objects.requireNonNull(energyThreshold, "energyThreshold");
        if (!(energyQuantile > 0 && energyQuantile < 1)) {
            throw RawOptions.outOfRange(OWNER, "energy_quantile", energyQuantile, "a number in (0, 1)");
        }
        if (!Double.isFinite(energyThresholdKwh)) {
            throw RawOptions.outOfRange(OWNER, "energy_threshold_kwh", energyThresholdKwh, "a finite number of kWh");
        }
        if (minApartmentDays < 1) {
            throw RawOptions.outOfRange(OWNER, "min_apartment_days", minApartmentDays, "an integer >= 1");
        }
        if (!(heatingRuleWeight >= 0) || Double.isInfinite(heatingRuleWeight)) {
            throw RawOptions.outOfRange(OWNER, "heating_rule_weight", heatingRuleWeight, "a finite number >= 0");
        }
        rules = List.copyOf(rules);
        Set<String> names = new HashSet<>();
        names.add(RulesDetector.HEATING_RULE);
        for (OperatorRule r : rules) {
            if (!names.add(r.name())) {
                throw RawOptions.outOfRange(OWNER, "rules", r.name(), "unique rule names (and none named '"
                        + RulesDetector.HEATING_RULE + "', the heating rule's)");
            }
        }
        if (heatingRuleWeight == 0 && rules.isEmpty()) {
            throw RawOptions.outOfRange(OWNER, "heating_rule_weight", heatingRuleWeight,
                    "> 0 when no other rule is configured (no rule would ever fire)");
        }
    }

    private static void requireName(String key, String v) {
        if (v == null || v.isBlank()) {
            throw RawOptions.outOfRange(OWNER, key, v, "a non-blank feature name");
        }
    }

    /** @return the defaults: the seed's heating rule alone */
    public static RulesOptions defaults() {
        return fromMap(Map.of());
    }

    /**
     * @param raw option name to value; absent keys take their defaults
     * @return the validated options
     * @throws IllegalArgumentException naming an unknown key or an invalid value
     */
    public static RulesOptions fromMap(Map<String, ?> raw) {
        RawOptions o = RawOptions.of(OWNER, raw, KEYS);
        List<OperatorRule> rules = new ArrayList<>();
        List<Map<String, Object>> list = o.mapList("rules");
        for (int i = 0; i < list.size(); i++) {
            rules.add(OperatorRule.fromMap(list.get(i), i));
        }
        return new RulesOptions(o.stringValue("energy_feature", DEFAULT_ENERGY_FEATURE),
                o.stringValue("temp_diff_feature", DEFAULT_TEMP_DIFF_FEATURE),
                o.doubleValue("temp_diff_min_c", DEFAULT_TEMP_DIFF_MIN_C),
                o.enumValue("energy_threshold", EnergyThreshold.class, DEFAULT_ENERGY_THRESHOLD),
                o.doubleValue("energy_quantile", DEFAULT_ENERGY_QUANTILE),
                o.doubleValue("energy_threshold_kwh", DEFAULT_ENERGY_THRESHOLD_KWH),
                o.intValue("min_apartment_days", DEFAULT_MIN_APARTMENT_DAYS),
                o.doubleValue("heating_rule_weight", DEFAULT_HEATING_RULE_WEIGHT), rules);
    }

    /** @return the features the rules read, in order of first use (the heating rule's first when it is on) */
    public List<String> features() {
        Set<String> f = new LinkedHashSet<>();
        if (heatingRuleWeight > 0) {
            f.add(energyFeature);
            f.add(tempDiffFeature);
        }
        rules.forEach(r -> f.add(r.feature()));
        return List.copyOf(f);
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("energy_feature", energyFeature);
        m.put("temp_diff_feature", tempDiffFeature);
        m.put("temp_diff_min_c", tempDiffMinC);
        m.put("energy_threshold", energyThreshold.configName());
        m.put("energy_quantile", energyQuantile);
        m.put("energy_threshold_kwh", energyThresholdKwh);
        m.put("min_apartment_days", minApartmentDays);
        m.put("heating_rule_weight", heatingRuleWeight);
        m.put("rules", rules.stream().map(OperatorRule::toMap).toList());
        return m;
    }
}
