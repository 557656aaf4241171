package io.iotad.models.composite;

import java.util.List;
import java.util.Map;

/**
 * The {@code lof_forecast} strategy: Local Outlier Factor and the apartment's own energy forecast,
 * conditioned on occupancy. A composite preset of three components combined by {@code max_z}
 * behind the default {@link OccupancyGate} (an apartment-day whose setpoints are 2 K or more below
 * their 28-day median is "nobody home" and not scored):
 * <ul>
 *   <li>{@code density}: {@code lof} with its defaults, reading every feature column but the gate's,
 *       at weight {@value #DENSITY_WEIGHT} — LOF's robust z runs to tens at the top of a list (its
 *       training scores sit tightly around 1), a forecast's stays near 2, so at weight 1 LOF alone
 *       would fill the top;</li>
 *   <li>{@code above}: {@code forecast} ({@code holidays: ch}, {@code residual_side: signed}) at
 *       weight 1: energy above the apartment's weekday/holiday/HDD forecast — heat-exchanger
 *       fouling, valves stuck open, room-sensor drift, which LOF does not rank;</li>
 *   <li>{@code below}: {@code forecast} ({@code holidays: ch}, {@code residual_side: absolute}) at
 *       weight {@value #BELOW_WEIGHT}: energy below the forecast as well (a meter stuck at 0, a valve
 *       stuck closed), at half weight, since an energy dip is also what an absence the gate missed or
 *       a mild day look like.</li>
 * </ul>
 * The weights and the rule were chosen on the simulator's tuning seeds 1–9 (docs/results-simulator.md).
 * The training feature columns must include {@code daily_energy_kwh}, {@code hdd} and
 * {@code setpoint_vs_baseline_k}; LOF reads all the others. The detector reads 56 days of history
 * before a scored day (the forecast window), which every scoring door supplies. Any top-level key of
 * {@link CompositeOptions} overrides the preset's, e.g. {@code occupancy: {away_at_most: -3.0}}.
 */
public final class LofForecastStrategy extends CompositeStrategy {
    /** The configuration name. */
    public static final String NAME = "lof_forecast";
    /** Weight of the LOF component's z-score. */
    public static final double DENSITY_WEIGHT = 0.15;
    /** Weight of the absolute forecast component's z-score. */
    public static final double BELOW_WEIGHT = 0.5;
    /** The default configuration of {@code lof_forecast}. */
    public static final Map<String, Object> PRESET = Map.of(
            "components", List.of(
                    Map.of("name", "density", "strategy", "lof", "weight", DENSITY_WEIGHT),
                    Map.of("name", "above", "strategy", "forecast",
                            "options", Map.of("holidays", "ch", "residual_side", "signed")),
                    Map.of("name", "below", "strategy", "forecast",
                            "options", Map.of("holidays", "ch", "residual_side", "absolute"), "weight", BELOW_WEIGHT)),
            "combine", "max_z",
            "occupancy", Map.of());

    /** Creates the strategy (found by ServiceLoader). */
    public LofForecastStrategy() {
        super(NAME, "Local Outlier Factor and each apartment's own energy forecast (above it fully, below it at half "
                + "weight), on the occupied days; days with setpoints turned down (nobody home) are not scored", PRESET);
    }
}
