package io.iotad.pipeline.flywheel;

import io.iotad.pipeline.monitoring.RetrainingDecision;
import io.iotad.pipeline.monitoring.RetrainingPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The flywheel acting on the same retraining decision an operator reads in a scoring run's report
 * ({@link RetrainingPolicy}: new verdicts since the model's training data, drift warnings in a row,
 * technicians' reported precision under the gate), with two guards of the simulation around it: at most
 * one attempt every {@code intervalDays} days, and none before the label store holds
 * {@code minPositives} confirmed faults (a supervised candidate needs faults to learn from).
 *
 * <p>The flywheel does not run the inference workflow's drift step on its simulated days (the season
 * has no drift scenario), so the {@code drift_days} trigger is judged on no drift day and never fires
 * here; the other two are judged as in {@code iotad score}.
 *
 * @param policy the retraining policy, with the limits of the configuration's {@code monitoring:} section
 * @param intervalDays days between attempts, at least 1
 * @param minPositives confirmed faults needed in the store, at least 1
 */
public record PolicyTrigger(RetrainingPolicy policy, int intervalDays, int minPositives) implements RetrainingTrigger {
    /** Validates the fields. */
    public PolicyTrigger {
        Objects.requireNonNull(policy, "policy");
        if (intervalDays < 1 || minPositives < 1) {
            throw new IllegalArgumentException("policy trigger needs intervalDays >= 1 and minPositives >= 1; got "
                    + intervalDays + ", " + minPositives);
        }
    }

    @Override
    public Decision decide(State s) {
        Optional<Decision> held = TriggerGuards.holdBack(s, intervalDays, minPositives);
        if (held.isPresent()) {
            return held.get();
        }
        RetrainingDecision d = policy.decide(s.day(), s.model(), s.trainedTo(), Optional.of(s.verdicts()), List.of());
        List<RetrainingDecision.Trigger> shown = d.retrain()
                ? d.triggers().stream().filter(RetrainingDecision.Trigger::fired).toList()
                : d.triggers().stream().filter(RetrainingDecision.Trigger::judged).toList();
        String details = shown.stream().map(t -> t.name() + ": " + t.detail()).collect(Collectors.joining("; "));
        return new Decision(d.retrain(), d.summary() + (details.isEmpty() ? "" : " [" + details + "]"));
    }
}
