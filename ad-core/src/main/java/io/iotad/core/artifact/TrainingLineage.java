package io.iotad.core.artifact;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a model's training data came from, so any score can be traced back to it.
 *
 * @param rows training rows used, at least 0
 * @param firstDate first event date of the training rows (null when there were none)
 * @param lastDate last event date of the training rows (null when there were none)
 * @param contentHash hex SHA-256 of the training frame's keys and values, as computed by the trainer
 * @param labelledRows training rows with a verdict, at least 0
 */
public record TrainingLineage(long rows, LocalDate firstDate, LocalDate lastDate, String contentHash, long labelledRows) {
    /** Validates the fields. */
    public TrainingLineage {
        if (rows < 0 || labelledRows < 0) {
            throw new IllegalArgumentException("row counts must be >= 0");
        }
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
