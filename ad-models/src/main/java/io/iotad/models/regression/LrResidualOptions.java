package io.iotad.models.regression;

import io.iotad.core.detect.DetectorOptions;
import io.iotad.models.options.RawOptions;
import io.iotad.models.options.ResidualSide;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Options of the {@code lr_residual} strategy.
 *
 * @param target the explained feature ({@code target}), by default {@value #DEFAULT_TARGET}
 * @param drivers the explanatory features ({@code drivers}), non-empty, distinct, not the target;
 *     by default {@link #DEFAULT_DRIVERS}
 * @param scope which rows share a regression ({@code scope}: {@code global}, {@code per_building},
 *     {@code per_apartment}), by default global
 * @param minGroupRows a building or apartment with fewer complete training rows uses the wider
 *     scope's model ({@code min_group_rows}), at least drivers + 2, by default
 *     {@value #DEFAULT_MIN_GROUP_ROWS}
 * @param residualSide {@code signed} (default: more energy than explained scores high) or
 *     {@code absolute} ({@code residual_side})
 * @param minScale floor of a group's residual standard error, target unit, &gt; 0
 *     ({@code min_scale}), by default {@value #DEFAULT_MIN_SCALE}
 */
public record LrResidualOptions(String target, List<String> drivers, FitScope scope, int minGroupRows,
                                ResidualSide residualSide, double minScale) implements DetectorOptions {
    /** Default target: daily heating energy, kWh (DATA-CONTRACT §3). */
    public static final String DEFAULT_TARGET = "daily_energy_kwh";
    /** Default drivers: the comfort gap (setpoint − room, °C) and the outdoor temperature (°C). */
    public static final List<String> DEFAULT_DRIVERS = List.of("avg_temp_diff", "avg_outdoor_temp_c");
    /** Default scope. */
    public static final FitScope DEFAULT_SCOPE = FitScope.GLOBAL;
    /** Default minimum rows of a building or apartment regression. */
    public static final int DEFAULT_MIN_GROUP_ROWS = 30;
    /** Default residual side. */
    public static final ResidualSide DEFAULT_RESIDUAL_SIDE = ResidualSide.SIGNED;
    /** Default floor of the residual scale, target unit. */
    public static final double DEFAULT_MIN_SCALE = 1e-6;

    private static final String OWNER = "lr_residual";
    private static final List<String> KEYS = List.of("target", "drivers", "scope", "min_group_rows",
            "residual_side", "min_scale");

    /**
     * Validates every field.
     *
     * @param target the explained feature ({@code target}), by default {@value #DEFAULT_TARGET}
     * @param drivers the explanatory features ({@code drivers}), non-empty, distinct, not the target;
     *     by default {@link #DEFAULT_DRIVERS}
     * @param scope which rows share a regression ({@code scope}: {@code global}, {@code per_building},
     *     {@code per_apartment}), by default global
     * @param minGroupRows a building or apartment with fewer complete training rows uses the wider
     *     scope's model ({@code min_group_rows}), at least drivers + 2, by default
     *     {@value #DEFAULT_MIN_GROUP_ROWS}
     * @param residualSide {@code signed} (default: more energy than explained scores high) or
     *     {@code absolute} ({@code residual_side})
     * @param minScale floor of a group's residual standard error, target unit, &gt; 0
     *     ({@code min_scale}), by default {@value #DEFAULT_MIN_SCALE}
     */
    public LrResidualOptions {
        if (target == null || target.isBlank()) {
            throw RawOptions.outOfRange(OWNER, "target", target, "a non-blank feature name");
        }
        if (drivers == null || drivers.isEmpty() || drivers.contains(target)
                || drivers.stream().anyMatch(d -> d == null || d.isBlank())
                || drivers.stream().distinct().count() != drivers.size()) {
            throw RawOptions.outOfRange(OWNER, "drivers", drivers,
                    "a non-empty list of distinct feature names other than the target '" + target + "'");
        }
        drivers = List.copyOf(drivers);
        Objects.requireNonNull(scope, "scope");
        if (minGroupRows < drivers.size() + 2) {
            throw RawOptions.outOfRange(OWNER, "min_group_rows", minGroupRows,
                    "at least drivers + 2 = " + (drivers.size() + 2));
        }
        Objects.requireNonNull(residualSide, "residualSide");
        if (!(minScale > 0) || Double.isInfinite(minScale)) {
            throw RawOptions.outOfRange(OWNER, "min_scale", minScale, "a finite number > 0");
        }
    }

    /** @return the defaults */
    public static LrResidualOptions defaults() {
        return fromMap(Map.of());
    }

    /**
     * @param raw option name to value; absent keys take their defaults
     * @return the validated options
     * @throws IllegalArgumentException naming an unknown key or an invalid value
     */
    public static LrResidualOptions fromMap(Map<String, ?> raw) {
        RawOptions o = RawOptions.of(OWNER, raw, KEYS);
        return new LrResidualOptions(o.stringValue("target", DEFAULT_TARGET),
                o.stringList("drivers", DEFAULT_DRIVERS), o.enumValue("scope", FitScope.class, DEFAULT_SCOPE),
                o.intValue("min_group_rows", DEFAULT_MIN_GROUP_ROWS),
                o.enumValue("residual_side", ResidualSide.class, DEFAULT_RESIDUAL_SIDE),
                o.doubleValue("min_scale", DEFAULT_MIN_SCALE));
    }

    /** @return target then drivers: the features the detector reads */
    public List<String> features() {
        List<String> f = new java.util.ArrayList<>();
        f.add(target);
        f.addAll(drivers);
        return List.copyOf(f);
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", target);
        m.put("drivers", drivers);
        m.put("scope", scope.configName());
        m.put("min_group_rows", minGroupRows);
        m.put("residual_side", residualSide.configName());
        m.put("min_scale", minScale);
        return m;
    }
}
