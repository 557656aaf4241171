package io.iotad.eval;

import io.iotad.core.explain.Reason;
import java.util.Objects;

/**
 * One line of the visit list: an apartment-day among the top K of its day, what a technician would
 * be sent to, with the reason its score gives.
 *
 * @param day the scored day, {@code YYYY-MM-DD}
 * @param rank its place in the day's ranking, 1 = highest score
 * @param apartmentId the apartment
 * @param buildingId its building
 * @param score the detector's score (higher = more anomalous)
 * @param label the verdict: 1 = confirmed fault, 0 = no fault, -1 = no verdict
 * @param cause the verdict's cause (empty when none)
 * @param reason the top contributing features ({@link Reason#NONE} when the scores carry none)
 */
public record Visit(String day, int rank, String apartmentId, String buildingId, double score, int label, String cause,
                    Reason reason) {
    /** Validates the fields. */
    public Visit {
        Objects.requireNonNull(day, "day");
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be >= 1, got " + rank);
        }
        Objects.requireNonNull(apartmentId, "apartmentId");
        Objects.requireNonNull(buildingId, "buildingId");
        if (label < -1 || label > 1) {
            throw new IllegalArgumentException("label must be -1, 0 or 1, got " + label);
        }
        cause = cause == null ? "" : cause;
        reason = reason == null ? Reason.NONE : reason;
    }
}
