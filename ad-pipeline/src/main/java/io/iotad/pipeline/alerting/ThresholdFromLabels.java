package io.iotad.pipeline.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the alert threshold from the precision-recall curve of the labelled days and the
 * technicians' capacity. The labelled days are the scored days with at least one verdict. Every
 * distinct score of those days is a candidate threshold; for each, the labelled rows at or above it
 * give a precision and recall (a point of the curve), and all rows of those days at or above it give
 * the alerts it would raise a day. The chosen threshold is the candidate with the highest F1 among
 * those raising at most {@code visitsPerDay} alerts a day on average (ties: the higher threshold);
 * inference caps each day at {@code visitsPerDay} as well, so a day busier than average stays within
 * the capacity.
 *
 * <p>Verdicts are technicians' feedback: an apartment-day without one is unlabelled, not normal, and
 * takes no part in precision and recall (only in the count of alerts a day), unless the labels are
 * complete (simulator ground truth), where it counts as normal.
 */
public final class ThresholdFromLabels {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ThresholdFromLabels() {
    }

    /**
     * The chosen threshold and the point of the curve it stands on.
     *
     * @param threshold score at or above which a row becomes an alert
     * @param visitsPerDay the capacity it was chosen for: alerts a day at most
     * @param precision precision of the labelled rows at the threshold, in [0, 1]
     * @param recall recall of the labelled rows at the threshold, in [0, 1]
     * @param f1 their harmonic mean
     * @param alertsPerDay mean alerts a labelled day at the threshold
     * @param labelledDays days with at least one verdict
     * @param labelledRows verdicts on those days (with complete labels: every scored row)
     * @param positives confirmed faults among them
     */
    public record Choice(double threshold, int visitsPerDay, double precision, double recall, double f1,
                         double alertsPerDay, int labelledDays, int labelledRows, int positives) {
        /** @return the choice as a JSON-compatible map (the {@code alert_policy.json} of the artifact) */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("format_version", 1);
            m.put("method", "pr_curve");
            m.put("alert_threshold", threshold);
            m.put("visits_per_day", visitsPerDay);
            m.put("precision", precision);
            m.put("recall", recall);
            m.put("f1", f1);
            m.put("alerts_per_day", alertsPerDay);
            m.put("labelled_days", labelledDays);
            m.put("labelled_rows", labelledRows);
            m.put("positives", positives);
            return m;
        }

        /** @return the JSON bytes of {@link #toMap()} */
        public byte[] toJson() {
            try {
                return JSON.writeValueAsBytes(toMap());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /**
         * @param json bytes of {@link #toJson()}
         * @param source the artifact's name, for messages
         * @return the choice
         * @throws IllegalArgumentException naming the source when the JSON is not an alert policy
         */
        public static Choice fromJson(byte[] json, String source) {
            try {
                JsonNode n = JSON.readTree(json);
                if (!n.path("alert_threshold").isNumber() || !n.path("visits_per_day").isInt()) {
                    throw new IllegalArgumentException(source + ": alert_policy.json lacks a numeric alert_threshold "
                            + "and an integer visits_per_day");
                }
                return new Choice(n.path("alert_threshold").asDouble(), n.path("visits_per_day").asInt(),
                        n.path("precision").asDouble(), n.path("recall").asDouble(), n.path("f1").asDouble(),
                        n.path("alerts_per_day").asDouble(), n.path("labelled_days").asInt(),
                        n.path("labelled_rows").asInt(), n.path("positives").asInt());
            } catch (IOException e) {
                throw new IllegalArgumentException(source + ": alert_policy.json is not valid JSON: " + e.getMessage(), e);
            }
        }
    }

    /**
     * What the choice found: a threshold, or why there is none.
     *
     * @param choice the threshold, when one could be chosen
     * @param reason why none was, empty when one was
     */
    public record Outcome(Optional<Choice> choice, String reason) {
    }

    /**
     * @param scores scores of the days to learn from (the holdout), NaN = unscored
     * @param labels verdicts
     * @param labelsComplete true when an apartment-day without a verdict is normal (ground truth)
     * @param visitsPerDay alerts the technicians can visit a day, at least 1
     * @param minLabelledDays fewest labelled days needed, at least 1
     * @return the choice, or why there is none
     */
    public static Outcome choose(Scores scores, Labels labels, boolean labelsComplete, int visitsPerDay,
                                 int minLabelledDays) {
        if (visitsPerDay < 1 || minLabelledDays < 1) {
            throw new IllegalArgumentException("visitsPerDay and minLabelledDays must be at least 1, got "
                    + visitsPerDay + " and " + minLabelledDays);
        }
        int n = scores.size();
        Set<Long> labelledDays = new HashSet<>();
        int[] y = new int[n];
        for (int r = 0; r < n; r++) {
            Optional<Label> l = labels.get(scores.key(r).apartmentId(), scores.key(r).eventDate());
            y[r] = l.map(Label::label).orElse(labelsComplete ? 0 : Labels.UNKNOWN);
            if (l.isPresent() && !Double.isNaN(scores.score(r))) {
                labelledDays.add(scores.key(r).eventDate().toEpochDay());
            }
        }
        if (labelsComplete) {
            for (int r = 0; r < n; r++) {
                if (!Double.isNaN(scores.score(r))) {
                    labelledDays.add(scores.key(r).eventDate().toEpochDay());
                }
            }
        }
        if (labelledDays.size() < minLabelledDays) {
            return new Outcome(Optional.empty(), labelledDays.size() + " labelled day(s), fewer than "
                    + "training.min_labelled_days=" + minLabelledDays);
        }
        List<double[]> rows = new ArrayList<>(); // {score, label}
        int positives = 0;
        int labelled = 0;
        for (int r = 0; r < n; r++) {
            double s = scores.score(r);
            if (Double.isNaN(s) || !labelledDays.contains(scores.key(r).eventDate().toEpochDay())) {
                continue;
            }
            rows.add(new double[] {s, y[r]});
            if (y[r] != Labels.UNKNOWN) {
                labelled++;
                positives += y[r] == 1 ? 1 : 0;
            }
        }
        if (positives == 0) {
            return new Outcome(Optional.empty(), "no confirmed fault on the " + labelledDays.size() + " labelled day(s)");
        }
        rows.sort((a, b) -> Double.compare(b[0], a[0]));
        int days = labelledDays.size();
        Choice best = null;
        int tp = 0;
        int fp = 0;
        int i = 0;
        while (i < rows.size()) {
            double t = rows.get(i)[0];
            while (i < rows.size() && rows.get(i)[0] == t) {
                if (rows.get(i)[1] == 1) {
                    tp++;
                } else if (rows.get(i)[1] == 0) {
                    fp++;
                }
                i++;
            }
            double perDay = i / (double) days;
            if (perDay > visitsPerDay) {
                break; // lower thresholds raise more alerts still
            }
            if (tp == 0) {
                continue;
            }
            double precision = tp / (double) (tp + fp);
            double recall = tp / (double) positives;
            double f1 = 2 * precision * recall / (precision + recall);
            if (best == null || f1 > best.f1()) {
                best = new Choice(t, visitsPerDay, precision, recall, f1, perDay, days, labelled, positives);
            }
        }
        if (best == null) {
            return new Outcome(Optional.empty(), "no threshold within " + visitsPerDay + " alerts a day reaches a "
                    + "confirmed fault on the labelled days");
        }
        return new Outcome(Optional.of(best), "");
    }
}
