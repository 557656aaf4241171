package io.iotad.pipeline.flywheel;

import io.iotad.core.score.Labels;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, after each simulated day, whether to fit a new candidate model. The flywheel asks
 * through this small interface only: {@link LabelCountTrigger} (label counts on a weekly cadence) or
 * {@link PolicyTrigger} (the {@link io.iotad.pipeline.monitoring.RetrainingPolicy} that {@code iotad score}
 * writes to its run report).
 */
@FunctionalInterface
public interface RetrainingTrigger {
    /**
     * What the trigger sees at the end of a day.
     *
     * @param day the day just scored and visited
     * @param labels labels in the label store
     * @param positives of those, confirmed faults (label 1)
     * @param labelsSinceTraining labels added since the last retraining attempt (or since the start)
     * @param lastAttempt the day of the last retraining attempt, empty before the first
     * @param model the id of the model in service, e.g. {@code flywheel/3}
     * @param trainedTo the last day the model in service was trained on
     * @param verdicts every label in the label store (technicians' verdicts), as the policy reads them
     */
    record State(LocalDate day, int labels, int positives, int labelsSinceTraining, Optional<LocalDate> lastAttempt,
                 String model, LocalDate trainedTo, Labels verdicts) {
        /** Validates the fields. */
        public State {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(lastAttempt, "lastAttempt");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(trainedTo, "trainedTo");
            Objects.requireNonNull(verdicts, "verdicts");
            if (labels < 0 || positives < 0 || positives > labels || labelsSinceTraining < 0) {
                throw new IllegalArgumentException("bad label counts: labels=" + labels + ", positives=" + positives
                        + ", labelsSinceTraining=" + labelsSinceTraining);
            }
        }
    }

    /**
     * A decision and the reason for it, in words for the report.
     *
     * @param retrain whether to fit a candidate now
     * @param reason why, e.g. {@code "35 new labels since 2024-11-01 (>= 20), 7 days since the last attempt"}
     */
    record Decision(boolean retrain, String reason) {
        /** Validates the fields. */
        public Decision {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * @param state the counts at the end of the day
     * @return whether to retrain
     */
    Decision decide(State state);
}
