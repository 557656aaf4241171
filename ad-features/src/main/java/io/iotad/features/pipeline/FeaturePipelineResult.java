package io.iotad.features.pipeline;

import io.iotad.core.frame.FeatureFrame;
import java.util.List;
import java.util.Objects;

/**
 * What {@link FeaturePipeline#compute} produced: the daily rows and the apartment-days its
 * {@link DayQuarantine} took out (empty without a quarantine).
 *
 * @param frame the rows, sorted by apartment then date; quarantined days are rows whose features are all NaN
 * @param quarantinedDays the quarantined apartment-days, sorted by apartment then date
 */
public record FeaturePipelineResult(FeatureFrame frame, List<QuarantinedDay> quarantinedDays) {
    /** Copies the list. */
    public FeaturePipelineResult {
        Objects.requireNonNull(frame, "frame");
        quarantinedDays = List.copyOf(quarantinedDays);
    }
}
