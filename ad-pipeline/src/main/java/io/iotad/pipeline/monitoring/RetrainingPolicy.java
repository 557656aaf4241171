package io.iotad.pipeline.monitoring;

import io.iotad.core.config.MonitoringConfig;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The retraining decision made after each scoring run (library API: the inference workflow, the
 * command line and the flywheel call it). Three triggers, each judged separately; the decision is to
 * retrain when any fires:
 *
 * <ol>
 *   <li>{@code new_labels}: verdicts on days after the model's last training day number at least
 *       {@code monitoring.retrain_new_labels};</li>
 *   <li>{@code drift_days}: the latest scored days, counted back from {@code asOf} while each is at or
 *       above a warning limit, number at least {@code monitoring.retrain_drift_days};</li>
 *   <li>{@code reported_precision}: over the {@code monitoring.retrain_precision_weeks} weeks ending on
 *       {@code asOf}, with at least {@code monitoring.retrain_min_visits} verdicts, the share confirmed as
 *       faults is under {@code monitoring.retrain_min_precision}.</li>
 * </ol>
 */
public final class RetrainingPolicy {
    private final MonitoringConfig config;

    /** @param config the monitoring section: the triggers' limits */
    public RetrainingPolicy(MonitoringConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * One scored day's drift level, as kept in the monitoring history.
     *
     * @param day the scored day
     * @param level its drift level
     */
    public record DriftDay(LocalDate day, DriftLevel level) {
        /** Validates the fields. */
        public DriftDay {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(level, "level");
        }
    }

    /**
     * @param asOf the last scored day
     * @param model the model that scored
     * @param trainedTo the model's last training day
     * @param verdicts technicians' verdicts; empty when none can be read (the label triggers are then not judged)
     * @param driftDays the drift levels of scored days (any order; a day given twice keeps its last level)
     * @return the decision with every trigger's value and limit
     */
    public RetrainingDecision decide(LocalDate asOf, String model, LocalDate trainedTo, Optional<Labels> verdicts,
                                     List<DriftDay> driftDays) {
        List<RetrainingDecision.Trigger> t = new ArrayList<>();
        t.add(newLabels(trainedTo, verdicts));
        t.add(driftDays(asOf, driftDays));
        t.add(precision(asOf, verdicts));
        return new RetrainingDecision(asOf, model, t.stream().anyMatch(RetrainingDecision.Trigger::fired), t);
    }

    private RetrainingDecision.Trigger newLabels(LocalDate trainedTo, Optional<Labels> verdicts) {
        int limit = config.retrainNewLabels();
        if (verdicts.isEmpty()) {
            return new RetrainingDecision.Trigger("new_labels", false, false, Double.NaN, limit,
                    "no verdicts to count (no feedback labels file)");
        }
        long n = verdicts.get().all().stream().filter(l -> trainedTo == null || l.eventDate().isAfter(trainedTo)).count();
        return new RetrainingDecision.Trigger("new_labels", n >= limit, true, n, limit, String.format(Locale.ROOT,
                "%d verdict(s) on days after the training data's last day %s; monitoring.retrain_new_labels=%d", n,
                trainedTo, limit));
    }

    private RetrainingDecision.Trigger driftDays(LocalDate asOf, List<DriftDay> days) {
        int limit = config.retrainDriftDays();
        java.util.TreeMap<LocalDate, DriftLevel> byDay = new java.util.TreeMap<>(Comparator.reverseOrder());
        for (DriftDay d : days) {
            if (!d.day().isAfter(asOf)) {
                byDay.put(d.day(), d.level());
            }
        }
        int run = 0;
        for (DriftLevel level : byDay.values()) {
            if (level == DriftLevel.OK) {
                break;
            }
            run++;
        }
        return new RetrainingDecision.Trigger("drift_days", run >= limit, !byDay.isEmpty(), run, limit,
                String.format(Locale.ROOT, "%d latest scored day(s) in a row at or above a drift warning limit (of %d "
                        + "days known); monitoring.retrain_drift_days=%d", run, byDay.size(), limit));
    }

    private RetrainingDecision.Trigger precision(LocalDate asOf, Optional<Labels> verdicts) {
        double limit = config.retrainMinPrecision();
        int weeks = config.retrainPrecisionWeeks();
        if (verdicts.isEmpty()) {
            return new RetrainingDecision.Trigger("reported_precision", false, false, Double.NaN, limit,
                    "no verdicts to judge (no feedback labels file)");
        }
        LocalDate from = asOf.minusDays(7L * weeks - 1);
        List<Label> recent = verdicts.get().all().stream()
                .filter(l -> !l.eventDate().isBefore(from) && !l.eventDate().isAfter(asOf)).toList();
        long confirmed = recent.stream().filter(Label::isFault).count();
        if (recent.size() < config.retrainMinVisits()) {
            return new RetrainingDecision.Trigger("reported_precision", false, false, Double.NaN, limit,
                    String.format(Locale.ROOT, "%d verdict(s) in %s..%s, fewer than monitoring.retrain_min_visits=%d to "
                            + "judge", recent.size(), from, asOf, config.retrainMinVisits()));
        }
        double p = confirmed / (double) recent.size();
        return new RetrainingDecision.Trigger("reported_precision", p < limit, true, p, limit, String.format(Locale.ROOT,
                "%d of %d verdict(s) in %s..%s confirmed a fault (precision %.3f); monitoring.retrain_min_precision=%s",
                confirmed, recent.size(), from, asOf, p, limit));
    }
}
