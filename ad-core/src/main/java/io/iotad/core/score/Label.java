package io.iotad.core.score;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One verdict on an apartment-day (DATA-CONTRACT §1.4): a confirmed fault (1) or a confirmed
 * non-fault (0), with its cause.
 *
 * @param apartmentId the apartment, non-blank
 * @param eventDate the day the verdict is about
 * @param label 1 = confirmed fault, 0 = confirmed non-fault
 * @param cause free text such as {@code valve_stuck_closed} or {@code resident_away}; empty if unknown
 */
public record Label(String apartmentId, LocalDate eventDate, int label, String cause) {
    /** Validates the fields. */
    public Label {
        if (apartmentId == null || apartmentId.isBlank()) {
            throw new IllegalArgumentException("apartmentId is blank");
        }
        Objects.requireNonNull(eventDate, "eventDate");
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("label must be 0 or 1, got " + label);
        }
        cause = cause == null ? "" : cause;
    }

    /** @return whether this verdict is a confirmed fault */
    public boolean isFault() {
        return label == 1;
    }
}
