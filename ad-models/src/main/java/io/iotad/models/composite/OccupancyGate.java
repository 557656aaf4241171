package io.iotad.models.composite;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.models.options.RawOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Occupancy as a state a composite conditions on: an apartment-day whose setpoints are lowered
 * against the apartment's own recent habit is "nobody home" and is not judged by the components
 * (its score is NaN: unscored, never alerted), so residents away cannot fill the top of the list.
 * Configuration (the {@code occupancy} key of a composite):
 * <pre>
 * occupancy:
 *   feature: setpoint_vs_baseline_k   # default: the occupancy extractor's setpoint drop (K)
 *   away_at_most: -2.0                # default: lowered by 2 K or more is "away"
 * </pre>
 * The feature is read from the scored frame only for the gate; the components never see it. A row
 * whose feature is missing (an apartment's first week, before its baseline exists) counts as
 * occupied and is scored.
 *
 * @param feature the occupancy column, e.g. {@code setpoint_vs_baseline_k} of the {@code occupancy}
 *     extractor (mean setpoint of the day minus its median over the 28 days before, in K)
 * @param awayAtMost a row whose feature is at or below this value is in the away state, finite (K
 *     for the default feature; −2.0 by default)
 */
public record OccupancyGate(String feature, double awayAtMost) {
    /** The default occupancy column, from the {@code occupancy} feature extractor. */
    public static final String DEFAULT_FEATURE = "setpoint_vs_baseline_k";
    /** The default threshold: setpoints lowered by 2 K or more against their 28-day median. */
    public static final double DEFAULT_AWAY_AT_MOST = -2.0;
    private static final List<String> KEYS = List.of("feature", "away_at_most");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * Validates every field.
     *
     * @param feature the occupancy column name
     * @param awayAtMost the away threshold, finite
     */
    public OccupancyGate {
        if (feature == null || !NAME.matcher(feature).matches()) {
            throw RawOptions.outOfRange("composite", "occupancy.feature", feature, "a feature column name");
        }
        if (!Double.isFinite(awayAtMost)) {
            throw RawOptions.outOfRange("composite", "occupancy.away_at_most", awayAtMost, "a finite number");
        }
    }

    /**
     * @param owner the strategy name, for messages
     * @param raw the {@code occupancy} map; unknown keys are refused
     * @return the validated gate, defaults filled in
     * @throws IllegalArgumentException naming the key and value
     */
    public static OccupancyGate fromMap(String owner, Map<String, Object> raw) {
        RawOptions o = RawOptions.of(owner + " occupancy", raw, KEYS);
        return new OccupancyGate(o.stringValue("feature", DEFAULT_FEATURE),
                o.doubleValue("away_at_most", DEFAULT_AWAY_AT_MOST));
    }

    /**
     * @param frame the scored rows; must hold {@link #feature()}
     * @return per row, whether it is in the away state (feature present and at most the threshold)
     * @throws IllegalArgumentException when the frame lacks the feature
     */
    public boolean[] away(FeatureFrame frame) {
        Objects.requireNonNull(frame, "frame");
        if (!frame.schema().contains(feature)) {
            throw new IllegalArgumentException("composite occupancy: the frame has no feature '" + feature
                    + "' (features: " + frame.schema().names() + "); compute it (the occupancy extractor gives "
                    + DEFAULT_FEATURE + ") and list it in the feature columns");
        }
        double[] v = frame.column(feature);
        boolean[] out = new boolean[v.length];
        for (int r = 0; r < v.length; r++) {
            out[r] = !Double.isNaN(v[r]) && v[r] <= awayAtMost;
        }
        return out;
    }

    /** @return the configuration form, accepted by {@link #fromMap} */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("feature", feature);
        m.put("away_at_most", awayAtMost);
        return m;
    }
}
