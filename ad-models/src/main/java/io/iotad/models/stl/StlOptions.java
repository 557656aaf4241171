package io.iotad.models.stl;

import io.iotad.core.detect.DetectorOptions;
import io.iotad.models.options.RawOptions;
import io.iotad.models.options.ResidualSide;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Options of the {@code stl} strategy. The smoothing parameters follow Cleveland et al. (1990):
 * n<sub>t</sub> and n<sub>l</sub> default to the paper's formulas of n<sub>p</sub> and
 * n<sub>s</sub> (see {@link StlParameters#defaultTrend} and {@link StlParameters#defaultLowPass});
 * n<sub>i</sub> = 1 with n<sub>o</sub> = 15 robustness iterations is the paper's robust setting.
 *
 * @param feature the daily feature decomposed, by default {@value #DEFAULT_FEATURE}
 * @param stl the STL smoothing parameters (keys {@code period}, {@code seasonal}, {@code trend},
 *     {@code low_pass}, {@code seasonal_degree}, {@code trend_degree}, {@code low_pass_degree},
 *     {@code inner}, {@code outer})
 * @param residualSide which residuals score high ({@code residual_side}), by default absolute
 * @param minObservedDays an apartment with fewer observed values of the feature is not decomposed
 *     and its rows are left unscored ({@code min_observed_days}); at least 2 n<sub>p</sub>, by
 *     default 2 n<sub>p</sub>
 * @param minScale floor of the residual scale, in the feature's unit ({@code min_scale}), &gt; 0,
 *     by default {@value #DEFAULT_MIN_SCALE}; keeps a perfectly regular apartment from dividing by 0
 */
public record StlOptions(String feature, StlParameters stl, ResidualSide residualSide, int minObservedDays,
                         double minScale) implements DetectorOptions {
    /** Default decomposed feature (DATA-CONTRACT §3). */
    public static final String DEFAULT_FEATURE = "daily_energy_kwh";
    /** Default n<sub>p</sub>: a weekly season on daily data. */
    public static final int DEFAULT_PERIOD = 7;
    /** Default n<sub>s</sub>, the smallest span the paper recommends. */
    public static final int DEFAULT_SEASONAL = 7;
    /** Default LOESS degree of every smoother (the paper's choice, d = 1). */
    public static final int DEFAULT_DEGREE = 1;
    /** Default n<sub>i</sub> with robustness iterations (the paper's recommendation). */
    public static final int DEFAULT_INNER = 1;
    /** Default n<sub>o</sub>. */
    public static final int DEFAULT_OUTER = 15;
    /** Default residual side. */
    public static final ResidualSide DEFAULT_RESIDUAL_SIDE = ResidualSide.ABSOLUTE;
    /** Default floor of the residual scale (feature unit, e.g. kWh). */
    public static final double DEFAULT_MIN_SCALE = 1e-3;

    private static final String OWNER = "stl";
    private static final List<String> KEYS = List.of("feature", "period", "seasonal", "trend", "low_pass",
            "seasonal_degree", "trend_degree", "low_pass_degree", "inner", "outer", "residual_side",
            "min_observed_days", "min_scale");

    /**
     * Validates every field.
     *
     * @param feature the daily feature decomposed, by default {@value #DEFAULT_FEATURE}
     * @param stl the STL smoothing parameters (keys {@code period}, {@code seasonal}, {@code trend},
     *     {@code low_pass}, {@code seasonal_degree}, {@code trend_degree}, {@code low_pass_degree},
     *     {@code inner}, {@code outer})
     * @param residualSide which residuals score high ({@code residual_side}), by default absolute
     * @param minObservedDays an apartment with fewer observed values of the feature is not decomposed
     *     and its rows are left unscored ({@code min_observed_days}); at least 2 n<sub>p</sub>, by
     *     default 2 n<sub>p</sub>
     * @param minScale floor of the residual scale, in the feature's unit ({@code min_scale}), &gt; 0,
     *     by default {@value #DEFAULT_MIN_SCALE}; keeps a perfectly regular apartment from dividing by 0
     */
    public StlOptions {
        if (feature == null || feature.isBlank()) {
            throw RawOptions.outOfRange(OWNER, "feature", feature, "a non-blank feature name");
        }
        Objects.requireNonNull(stl, "stl");
        Objects.requireNonNull(residualSide, "residualSide");
        if (minObservedDays < 2 * stl.period()) {
            throw RawOptions.outOfRange(OWNER, "min_observed_days", minObservedDays,
                    "at least two periods (" + 2 * stl.period() + ")");
        }
        if (!(minScale > 0) || Double.isInfinite(minScale)) {
            throw RawOptions.outOfRange(OWNER, "min_scale", minScale, "a finite number > 0");
        }
    }

    /** @return the defaults */
    public static StlOptions defaults() {
        return fromMap(Map.of());
    }

    /**
     * @param raw option name to value; absent keys take their defaults
     * @return the validated options
     * @throws IllegalArgumentException naming an unknown key or an invalid value
     */
    public static StlOptions fromMap(Map<String, ?> raw) {
        RawOptions o = RawOptions.of(OWNER, raw, KEYS);
        int period = o.intValue("period", DEFAULT_PERIOD);
        int seasonal = o.intValue("seasonal", DEFAULT_SEASONAL);
        if (period < 2) {
            throw o.invalid("period", period, "an integer >= 2");
        }
        if (seasonal < 3 || seasonal % 2 == 0) {
            throw o.invalid("seasonal", seasonal, "an odd integer >= 3");
        }
        int trend = o.intValue("trend", StlParameters.defaultTrend(period, seasonal));
        int lowPass = o.intValue("low_pass", StlParameters.defaultLowPass(period));
        StlParameters params;
        try {
            params = new StlParameters(period, seasonal, trend, lowPass,
                    o.intValue("seasonal_degree", DEFAULT_DEGREE), o.intValue("trend_degree", DEFAULT_DEGREE),
                    o.intValue("low_pass_degree", DEFAULT_DEGREE), o.intValue("inner", DEFAULT_INNER),
                    o.intValue("outer", DEFAULT_OUTER));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid " + OWNER + ": " + e.getMessage(), e);
        }
        return new StlOptions(o.stringValue("feature", DEFAULT_FEATURE), params,
                o.enumValue("residual_side", ResidualSide.class, DEFAULT_RESIDUAL_SIDE),
                o.intValue("min_observed_days", 2 * period), o.doubleValue("min_scale", DEFAULT_MIN_SCALE));
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("feature", feature);
        m.put("period", stl.period());
        m.put("seasonal", stl.seasonal());
        m.put("trend", stl.trend());
        m.put("low_pass", stl.lowPass());
        m.put("seasonal_degree", stl.seasonalDegree());
        m.put("trend_degree", stl.trendDegree());
        m.put("low_pass_degree", stl.lowPassDegree());
        m.put("inner", stl.inner());
        m.put("outer", stl.outer());
        m.put("residual_side", residualSide.configName());
        m.put("min_observed_days", minObservedDays);
        m.put("min_scale", minScale);
        return m;
    }
}
