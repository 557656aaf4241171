package io.iotad.pipeline.flywheel;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The simulation's two guards every {@link RetrainingTrigger} of the flywheel applies before its own rule. */
final class TriggerGuards {
    private TriggerGuards() {
    }

    /**
     * @param s the counts at the end of the day
     * @param intervalDays days between attempts, at least 1
     * @param minPositives confirmed faults needed in the store, at least 1
     * @return a "not now" decision naming the guard that holds, or empty when neither does
     */
    static Optional<RetrainingTrigger.Decision> holdBack(RetrainingTrigger.State s, int intervalDays, int minPositives) {
        if (s.lastAttempt().isPresent()) {
            long since = ChronoUnit.DAYS.between(s.lastAttempt().get(), s.day());
            if (since < intervalDays) {
                return Optional.of(new RetrainingTrigger.Decision(false, since + " days since the last attempt (< "
                        + intervalDays + ")"));
            }
        }
        if (s.positives() < minPositives) {
            return Optional.of(new RetrainingTrigger.Decision(false, s.positives()
                    + " confirmed faults in the label store (< " + minPositives + ")"));
        }
        return Optional.empty();
    }
}
