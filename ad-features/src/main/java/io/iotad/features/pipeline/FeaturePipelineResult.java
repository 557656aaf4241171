package io.iotad.features.pipeline;

import io.iotad.core.frame.FeatureFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link FeaturePipeline#compute} produced: the daily rows and the apartment-days its
 * {@link DayQuarantine} took out (empty without a quarantine).
 *
 * @param frame the rows, sorted by apartment then date; quarantined days are rows whose features are all NaN
 * @param quarantinedDays the quarantined apartment-days, sorted by apartment then date
 */
public record FeaturePipelineResult(FeatureFrame frame, List<QuarantinedDay> quarantinedDays) {
    /** Most quarantined apartment-days listed in a run report (all are counted). */
    public static final int MAX_LISTED_QUARANTINED_DAYS = 50;

    /** Copies the list. */
    public FeaturePipelineResult {
        Objects.requireNonNull(frame, "frame");
        quarantinedDays = List.copyOf(quarantinedDays);
    }

    /**
     * Puts the quarantined apartment-days into a run report's facts: {@code quarantined_apartment_days}
     * (how many) and {@code quarantined_apartment_days_detail} (the first {@value #MAX_LISTED_QUARANTINED_DAYS}).
     *
     * @param facts the step's facts
     */
    public void putQuarantineFacts(Map<String, Object> facts) {
        facts.put("quarantined_apartment_days", quarantinedDays.size());
        List<Map<String, Object>> listed = new ArrayList<>();
        for (QuarantinedDay d : quarantinedDays.subList(0, Math.min(quarantinedDays.size(), MAX_LISTED_QUARANTINED_DAYS))) {
            listed.add(d.toMap());
        }
        facts.put("quarantined_apartment_days_detail", listed);
    }
}
