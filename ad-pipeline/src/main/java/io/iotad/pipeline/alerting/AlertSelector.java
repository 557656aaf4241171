package io.iotad.pipeline.alerting;

import io.iotad.core.alert.Alert;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Scores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns a day's (or several days') scores into alerts under an {@link AlertPolicy}: the seed's
 * {@code ProcessResults} step.
 *
 * <p>The vacation rule reads {@code daily_energy_kwh} and {@code daily_hot_water_litres} from the
 * frame given (which must hold the previous days of each apartment when the rule needs more than
 * one day). A day counts as idle only when both are present and at most {@link #IDLE_TOLERANCE};
 * a missing value is not evidence of absence, so it never suppresses.
 */
public final class AlertSelector {
    /** Consumption at or below this (kWh or litres per day) counts as none. */
    public static final double IDLE_TOLERANCE = 1e-9;
    /** Feature read by the vacation rule. */
    public static final String ENERGY = "daily_energy_kwh";
    /** Feature read by the vacation rule. */
    public static final String HOT_WATER = "daily_hot_water_litres";

    private final AlertPolicy policy;

    /** @param policy the alerting policy */
    public AlertSelector(AlertPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param scores scores of the rows to consider
     * @param history daily features covering the scored days and, for the vacation rule, the days
     *     before them; must hold {@link #ENERGY} and {@link #HOT_WATER} when the rule is on
     * @param modelVersion the scoring model's id, e.g. {@code global/3}
     * @param now the alert timestamp
     * @return the decision
     */
    public AlertSelection select(Scores scores, FeatureFrame history, String modelVersion, Instant now) {
        Map<LocalDate, List<Integer>> byDay = new TreeMap<>();
        int unscored = 0;
        for (int i = 0; i < scores.size(); i++) {
            double s = scores.score(i);
            if (Double.isNaN(s)) {
                unscored++;
            } else if (Double.isNaN(policy.scoreThreshold()) || s >= policy.scoreThreshold()) {
                byDay.computeIfAbsent(scores.rows().eventDate(i), d -> new ArrayList<>()).add(i);
            }
        }
        IdleDays idle = policy.vacationDays() > 0 ? new IdleDays(history) : null;
        List<Alert> alerts = new ArrayList<>();
        List<String> suppressed = new ArrayList<>();
        int candidates = 0;
        for (Map.Entry<LocalDate, List<Integer>> day : byDay.entrySet()) {
            List<Integer> rows = day.getValue();
            rows.sort(Comparator.comparingDouble((Integer i) -> scores.score(i)).reversed().thenComparing(i -> i));
            int keep = policy.topKPerDay() > 0 ? Math.min(policy.topKPerDay(), rows.size()) : rows.size();
            double threshold = Double.isNaN(policy.scoreThreshold()) ? scores.score(rows.get(keep - 1)) : policy.scoreThreshold();
            for (int r = 0; r < keep; r++) {
                int i = rows.get(r);
                candidates++;
                String apt = scores.rows().apartmentId(i);
                LocalDate date = day.getKey();
                if (idle != null && idle.idleFor(apt, date, policy.vacationDays())) {
                    suppressed.add(apt + "#" + date);
                    continue;
                }
                alerts.add(Alert.unseen(apt, scores.rows().buildingId(i), date, now, scores.score(i), threshold, modelVersion,
                        scores.reason(i)));
            }
        }
        return new AlertSelection(alerts, suppressed, unscored, candidates);
    }

    /** Which apartment-days had no consumption at all. */
    private static final class IdleDays {
        private final Map<String, Boolean> idle = new HashMap<>();

        IdleDays(FeatureFrame f) {
            if (!f.schema().contains(ENERGY) || !f.schema().contains(HOT_WATER)) {
                throw new IllegalArgumentException("the vacation rule needs features " + ENERGY + " and " + HOT_WATER
                        + "; the frame has " + f.schema().names());
            }
            int e = f.schema().indexOf(ENERGY);
            int w = f.schema().indexOf(HOT_WATER);
            for (int i = 0; i < f.rowCount(); i++) {
                double ev = f.value(i, e);
                double wv = f.value(i, w);
                boolean none = !Double.isNaN(ev) && !Double.isNaN(wv) && ev <= IDLE_TOLERANCE && wv <= IDLE_TOLERANCE;
                idle.put(f.apartmentId(i) + "#" + f.eventDate(i), none);
            }
        }

        boolean idleFor(String apt, LocalDate date, int days) {
            for (int k = 0; k < days; k++) {
                if (!Boolean.TRUE.equals(idle.get(apt + "#" + date.minusDays(k)))) {
                    return false;
                }
            }
            return true;
        }
    }
}
