package io.iotad.pipeline.flywheel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One simulated week of the flywheel, measured against the simulator's ground truth (which the
 * loop itself never reads, except through the technician's visits).
 *
 * @param week week number, 1 for the first scored week
 * @param from first day
 * @param to last day (the last week may be shorter)
 * @param model the approved model that raised the week's alerts at the week's end, e.g. {@code flywheel/3}
 * @param strategy its strategy
 * @param visits alerts raised and visited
 * @param hits visits to an apartment-day that really was faulty
 * @param precisionAtK {@code hits / visits}; NaN without visits
 * @param recallAtK {@code hits /} faulty apartment-days scored in the week; NaN without any
 * @param precisionAtDefaultK the same precision at the portfolio's default K
 * @param faultyApartmentDays faulty apartment-days scored in the week
 * @param labels labels in the label store at the week's end
 * @param positiveLabels confirmed faults among them
 * @param suppressed alerts the vacation rule suppressed
 */
public record FlywheelWeek(int week, LocalDate from, LocalDate to, String model, String strategy, int visits, int hits,
                           double precisionAtK, double recallAtK, double precisionAtDefaultK, int faultyApartmentDays,
                           int labels, int positiveLabels, int suppressed) {
    /** Validates the fields. */
    public FlywheelWeek {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(strategy, "strategy");
        if (week < 1 || visits < 0 || hits < 0 || hits > visits || labels < 0 || positiveLabels > labels) {
            throw new IllegalArgumentException("bad week " + week + ": visits=" + visits + ", hits=" + hits + ", labels="
                    + labels + ", positiveLabels=" + positiveLabels);
        }
    }
}
