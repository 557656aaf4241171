package io.iotad.models.composite;

import java.util.List;
import java.util.Map;

/**
 * The {@code lof_occupancy} strategy: Local Outlier Factor conditioned on occupancy. A composite
 * preset whose single component is {@code lof} (default options, reading every feature column but
 * the gate's), combined by {@code max_z} (a monotone rescaling of LOF's score: the same order), with
 * the default {@link OccupancyGate}: an apartment-day whose setpoints are 2 K or more below their
 * 28-day median ({@code setpoint_vs_baseline_k} of the {@code occupancy} extractor) is "nobody
 * home" and not scored. The training feature columns must include {@code setpoint_vs_baseline_k}.
 * Any top-level key of {@link CompositeOptions} overrides the preset's, e.g.
 * {@code occupancy: {away_at_most: -3.0}} or {@code components: [{name: density, strategy: lof,
 * options: {neighbors: 30}}]}.
 */
public final class LofOccupancyStrategy extends CompositeStrategy {
    /** The configuration name. */
    public static final String NAME = "lof_occupancy";
    /** The default configuration of {@code lof_occupancy}. */
    public static final Map<String, Object> PRESET = Map.of(
            "components", List.of(Map.of("name", "density", "strategy", "lof")),
            "combine", "max_z",
            "occupancy", Map.of());

    /** Creates the strategy (found by ServiceLoader). */
    public LofOccupancyStrategy() {
        super(NAME, "Local Outlier Factor on the occupied days; days with setpoints turned down (nobody home) "
                + "are not scored", PRESET);
    }
}
