package io.iotad.pipeline.flywheel;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.pipeline.labels.FeedbackRecorder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A technician who visits an alert's apartment and answers from the simulator's ground truth: a
 * real fault with its cause ({@code Resolved-True Positive}), "not a fault — resident away"
 * ({@code Resolved-False Positive}, cause {@value #RESIDENT_AWAY}), or nothing found
 * ({@code Resolved-False Positive}, cause {@value #NO_FAULT_FOUND}), with the miss and mislabel
 * rates of {@link TechnicianOptions}. The verdict goes through {@link FeedbackRecorder} like an
 * operator's {@code iotad feedback}; this class only decides what the technician says.
 *
 * <p>Each visit draws from its own stream, seeded by the run's seed and the alert id, so one
 * alert gets the same answer whatever else was visited before it.
 */
public final class SimulatedTechnician {
    /** Cause of a visit that found nothing. */
    public static final String NO_FAULT_FOUND = "no_fault_found";
    /** Cause of a visit that found the residents away (the simulator's nuisance cause). */
    public static final String RESIDENT_AWAY = "resident_away";
    /** Cause recorded when a healthy apartment is mislabelled as a fault. */
    public static final String SUSPECTED_FAULT = "suspected_fault";
    /** Causes a mislabelled real fault is given instead of its own. */
    public static final List<String> FAULT_CAUSES = List.of("valve_stuck_closed", "valve_stuck_open",
            "heat_exchanger_fouling", "room_sensor_drift", "heat_meter_stuck", "circulation_pump_failure");

    private final Labels groundTruth;
    private final TechnicianOptions options;
    private final long seed;

    /**
     * What a visit found, before it is recorded.
     *
     * @param verdict the verdict to record
     * @param truthIsFault whether the apartment-day really was faulty (the simulator's label 1)
     * @param missed whether a real fault was missed
     * @param mislabelled whether the verdict was recorded wrongly
     */
    public record Visit(FeedbackRecorder.Verdict verdict, boolean truthIsFault, boolean missed, boolean mislabelled) {
        /** Validates the fields. */
        public Visit {
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /**
     * @param groundTruth the simulator's labels (label 1 = equipment fault, 0 = nuisance; absent = normal)
     * @param options the miss and mislabel rates
     * @param seed the seed of the technician's draws
     */
    public SimulatedTechnician(Labels groundTruth, TechnicianOptions options, long seed) {
        this.groundTruth = Objects.requireNonNull(groundTruth, "groundTruth");
        this.options = Objects.requireNonNull(options, "options");
        this.seed = seed;
    }

    /**
     * @param alert the alert visited
     * @return what the technician says
     */
    public Visit visit(Alert alert) {
        Optional<Label> truth = groundTruth.get(alert.apartmentId(), alert.eventDate());
        boolean fault = truth.isPresent() && truth.get().isFault();
        Random draw = new Random(new SplittableRandom(seed ^ (alert.alertId().hashCode() * 0x9E3779B97F4A7C15L)).nextLong());
        double miss = draw.nextDouble();
        double mislabel = draw.nextDouble();
        int pick = draw.nextInt(FAULT_CAUSES.size() - 1);
        if (fault) {
            if (miss < options.missRate()) {
                return new Visit(verdict(alert, AlertStatus.RESOLVED_FALSE_POSITIVE, NO_FAULT_FOUND,
                        "nothing found on site"), true, true, false);
            }
            String trueCause = truth.get().cause();
            boolean wrong = mislabel < options.mislabelRate();
            String cause = trueCause;
            if (wrong) {
                List<String> others = FAULT_CAUSES.stream().filter(c -> !c.equals(trueCause)).toList();
                cause = others.get(pick % others.size());
            }
            return new Visit(verdict(alert, AlertStatus.RESOLVED_TRUE_POSITIVE, cause, "fault confirmed on site"),
                    true, false, wrong);
        }
        if (mislabel < options.mislabelRate()) {
            return new Visit(verdict(alert, AlertStatus.RESOLVED_TRUE_POSITIVE, SUSPECTED_FAULT,
                    "recorded as a fault"), false, false, true);
        }
        boolean away = truth.isPresent() && RESIDENT_AWAY.equals(truth.get().cause());
        return new Visit(away
                ? verdict(alert, AlertStatus.RESOLVED_FALSE_POSITIVE, RESIDENT_AWAY, "not a fault: resident away")
                : verdict(alert, AlertStatus.RESOLVED_FALSE_POSITIVE, NO_FAULT_FOUND, "nothing found on site"),
                false, false, false);
    }

    private static FeedbackRecorder.Verdict verdict(Alert alert, AlertStatus status, String cause, String notes) {
        return new FeedbackRecorder.Verdict(alert.alertId(), status, Optional.of(cause), Optional.of(notes));
    }
}
