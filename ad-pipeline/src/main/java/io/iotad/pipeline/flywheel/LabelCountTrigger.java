package io.iotad.pipeline.flywheel;

import java.util.Optional;

/**
 * The flywheel's default trigger: retrain at most once every {@code intervalDays} days (weekly by
 * default), once at least {@code minNewLabels} labels came in since the last attempt and the store
 * holds at least {@code minPositives} confirmed faults in all (a supervised model needs faults to
 * learn from).
 *
 * @param intervalDays days between attempts, at least 1
 * @param minNewLabels labels needed since the last attempt, at least 0
 * @param minPositives confirmed faults needed in the store, at least 1
 */
public record LabelCountTrigger(int intervalDays, int minNewLabels, int minPositives) implements RetrainingTrigger {
    /** Default days between attempts: weekly. */
    public static final int DEFAULT_INTERVAL_DAYS = 7;
    /** Default new labels needed: four days of five visits. */
    public static final int DEFAULT_MIN_NEW_LABELS = 20;
    /** Default confirmed faults needed before the first supervised model. */
    public static final int DEFAULT_MIN_POSITIVES = 10;

    /** Validates the fields. */
    public LabelCountTrigger {
        if (intervalDays < 1 || minNewLabels < 0 || minPositives < 1) {
            throw new IllegalArgumentException("label-count trigger needs intervalDays >= 1, minNewLabels >= 0, "
                    + "minPositives >= 1; got " + intervalDays + ", " + minNewLabels + ", " + minPositives);
        }
    }

    /** @return the defaults: weekly, 20 new labels, 10 confirmed faults */
    public static LabelCountTrigger defaults() {
        return new LabelCountTrigger(DEFAULT_INTERVAL_DAYS, DEFAULT_MIN_NEW_LABELS, DEFAULT_MIN_POSITIVES);
    }

    @Override
    public Decision decide(State s) {
        Optional<Decision> held = TriggerGuards.holdBack(s, intervalDays, minPositives);
        if (held.isPresent()) {
            return held.get();
        }
        if (s.labelsSinceTraining() < minNewLabels) {
            return new Decision(false, s.labelsSinceTraining() + " new labels (< " + minNewLabels + ")");
        }
        return new Decision(true, s.labelsSinceTraining() + " new labels (>= " + minNewLabels + "), "
                + s.positives() + " confirmed faults (>= " + minPositives + ")"
                + s.lastAttempt().map(d -> ", last attempt " + d).orElse(", first attempt"));
    }
}
