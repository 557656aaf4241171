package io.iotad.core.artifact;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
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

    /**
     * Describes the frame a model was trained on.
     *
     * @param train the training rows, features already selected
     * @param labels the verdicts used (may be empty)
     * @return rows, first and last event date, {@link #contentHash(FeatureFrame)} and the rows with a verdict
     */
    public static TrainingLineage of(FeatureFrame train, Labels labels) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < train.rowCount(); i++) {
            min = Math.min(min, train.epochDay(i));
            max = Math.max(max, train.epochDay(i));
        }
        long labelled = 0;
        for (int y : labels.align(train)) {
            if (y != Labels.UNKNOWN) {
                labelled++;
            }
        }
        boolean empty = train.rowCount() == 0;
        return new TrainingLineage(train.rowCount(), empty ? null : LocalDate.ofEpochDay(min),
                empty ? null : LocalDate.ofEpochDay(max), contentHash(train), labelled);
    }

    /**
     * The hex SHA-256 of a frame's feature names, row keys and values, in a documented byte order
     * (see {@code FrameContentHash}): the tag {@code iotad-frame-v1}; the feature count (int32) and each
     * name; the row count (int64); then per row, in frame order, apartment id, building id, the
     * date as epoch day (int64) and each value's {@link Double#doubleToLongBits} (int64). Integers are
     * big-endian; strings are an int32 length then UTF-8 bytes.
     *
     * @param frame the frame
     * @return 64 lower-case hex digits; equal frames (same rows in the same order) give equal hashes
     */
    public static String contentHash(FeatureFrame frame) {
        return FrameContentHash.of(frame);
    }
}
