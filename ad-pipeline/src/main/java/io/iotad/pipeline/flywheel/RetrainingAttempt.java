package io.iotad.pipeline.flywheel;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One retraining the trigger asked for, and what became of it.
 *
 * @param day the day at whose end it ran
 * @param trigger why the trigger fired
 * @param trainedTo last day of the candidate's training rows (the day before the gate window)
 * @param visitedLabels visited labels it was trained on
 * @param positives confirmed faults among them
 * @param sampledUnlabelled unlabelled rows sampled as label 0
 * @param gate the gate's verdict, empty when no candidate could be fitted
 * @param registered the registered version, e.g. {@code flywheel/2}; empty when not registered
 * @param approved whether it was approved (promoted)
 * @param outcome the attempt in words
 */
public record RetrainingAttempt(LocalDate day, String trigger, LocalDate trainedTo, int visitedLabels, int positives,
                                int sampledUnlabelled, Optional<ChallengerGate.Verdict> gate,
                                Optional<String> registered, boolean approved, String outcome) {
    /** Validates the fields. */
    public RetrainingAttempt {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(trainedTo, "trainedTo");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(registered, "registered");
        Objects.requireNonNull(outcome, "outcome");
    }
}
