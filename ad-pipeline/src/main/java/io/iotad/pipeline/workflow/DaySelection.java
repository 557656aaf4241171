package io.iotad.pipeline.workflow;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a scoring or evaluation run covers, each end either given or left to the workflow's
 * default (inference: the last day of the telemetry; evaluation: the training split's holdout days).
 *
 * @param from the first day, or empty for the workflow's default
 * @param to the last day, or empty for the workflow's default
 */
public record DaySelection(Optional<LocalDate> from, Optional<LocalDate> to) {
    /** Validates the order of the days given. */
    public DaySelection {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("the last day " + to.get() + " is before the first day " + from.get());
        }
    }

    /**
     * @param from first day
     * @param to last day, not before {@code from}
     * @return both days given
     */
    public static DaySelection of(LocalDate from, LocalDate to) {
        return new DaySelection(Optional.of(from), Optional.of(to));
    }

    /**
     * @param from first day, or null for the default
     * @param to last day, or null for the default
     * @return the selection
     */
    public static DaySelection ofNullable(LocalDate from, LocalDate to) {
        return new DaySelection(Optional.ofNullable(from), Optional.ofNullable(to));
    }

    /** @return the workflow's default days */
    public static DaySelection defaults() {
        return new DaySelection(Optional.empty(), Optional.empty());
    }
}
