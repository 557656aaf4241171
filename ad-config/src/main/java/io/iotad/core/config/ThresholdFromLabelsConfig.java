package io.iotad.core.config;

import java.util.Locale;
import java.util.Map;

/**
 * The keys of the {@code training} section that choose the alert threshold from labels: the
 * threshold is taken from the precision-recall curve of the labelled days so that the alerts a day
 * stay within the technicians' capacity, and stored in the model package for inference to use.
 *
 * @param mode {@code none} (default: inference uses {@code inference.alert_threshold}) or {@code pr_curve}
 * @param visitsPerDay alerts the technicians can visit a day, in [1, 1000000]; default 10
 * @param minLabelledDays fewest labelled days the choice needs, in [1, 3660]; default 7
 */
public record ThresholdFromLabelsConfig(String mode, int visitsPerDay, int minLabelledDays) {
    static final String SECTION = "training.";
    /** {@link #mode()} value: no threshold from labels. */
    public static final String OFF = "none";
    /** {@link #mode()} value: chosen from the precision-recall curve of the labelled days. */
    public static final String PR_CURVE = "pr_curve";

    /** Validates every field against {@link ConfigSchema}. */
    public ThresholdFromLabelsConfig {
        mode = ((String) ConfigSchema.check(SECTION + "threshold_from_labels", mode)).toLowerCase(Locale.ROOT);
        ConfigSchema.check(SECTION + "visits_per_day", visitsPerDay);
        ConfigSchema.check(SECTION + "min_labelled_days", minLabelledDays);
    }

    /** @return whether training chooses a threshold from labels */
    public boolean enabled() {
        return PR_CURVE.equals(mode);
    }

    static ThresholdFromLabelsConfig fromValues(Map<String, Object> v) {
        return new ThresholdFromLabelsConfig((String) v.get(SECTION + "threshold_from_labels"),
                (Integer) v.get(SECTION + "visits_per_day"), (Integer) v.get(SECTION + "min_labelled_days"));
    }

    void putValues(Map<String, Object> out) {
        out.put(SECTION + "threshold_from_labels", mode);
        out.put(SECTION + "visits_per_day", visitsPerDay);
        out.put(SECTION + "min_labelled_days", minLabelledDays);
    }
}
