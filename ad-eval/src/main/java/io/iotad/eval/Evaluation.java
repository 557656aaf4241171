package io.iotad.eval;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.eval.metrics.DailyTopK;
import io.iotad.eval.metrics.PrecisionRecallCurve;
import io.iotad.eval.metrics.RankedSample;
import io.iotad.eval.metrics.ScoreDistribution;
import io.iotad.eval.segment.SegmentBreakdown;
import io.iotad.eval.segment.SegmentMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates a detector's scores against verdicts: the entry point of this module.
 *
 * <pre>{@code
 * EvaluationResult r = Evaluation.evaluate(scores, labels, archetypeByBuilding,
 *         EvaluationOptions.defaults().withK(20));
 * double p = r.overall().precisionAtK();
 * }</pre>
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * @param scores the detector's scores (NaN = not scored)
     * @param labels verdicts; rows without one follow {@link EvaluationOptions#unknownLabels()}
     * @param options settings
     * @return the result, without an archetype breakdown
     */
    public static EvaluationResult evaluate(Scores scores, Labels labels, EvaluationOptions options) {
        return evaluate(scores, labels, null, options);
    }

    /**
     * @param scores the detector's scores (NaN = not scored)
     * @param labels verdicts; rows without one follow {@link EvaluationOptions#unknownLabels()}
     * @param archetypeOfBuilding building id to archetype name, or null for no archetype breakdown
     *        (buildings missing from the map fall in the segment {@code unknown})
     * @param options settings
     * @return the result
     */
    public static EvaluationResult evaluate(Scores scores, Labels labels, Map<String, String> archetypeOfBuilding,
                                            EvaluationOptions options) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(options, "options");
        FeatureFrame frame = scores.rows();
        int n = scores.size();
        int[] aligned = labels.align(frame);
        double[] allScores = scores.values();
        int withVerdict = 0;
        List<Integer> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean known = aligned[i] != Labels.UNKNOWN;
            withVerdict += known ? 1 : 0;
            if (known || options.unknownLabels() == UnknownLabelPolicy.AS_NEGATIVE) {
                kept.add(i);
            }
        }
        int m = kept.size();
        double[] s = new double[m];
        int[] y = new int[m];
        long[] days = new long[m];
        String[] building = new String[m];
        String[] archetype = new String[m];
        String[] cause = new String[m];
        for (int j = 0; j < m; j++) {
            int i = kept.get(j);
            s[j] = allScores[i];
            y[j] = aligned[i] == Labels.UNKNOWN ? 0 : aligned[i];
            days[j] = frame.epochDay(i);
            building[j] = frame.buildingId(i);
            archetype[j] = archetypeOfBuilding == null ? null : archetypeOfBuilding.get(building[j]);
            cause[j] = labels.get(frame.apartmentId(i), frame.eventDate(i)).map(Label::cause).orElse("");
        }
        RankedSample sample = RankedSample.of(s, y);
        List<SegmentMetrics> segments = new ArrayList<>(SegmentBreakdown.of(SegmentBreakdown.BUILDING, building, sample,
                y, options.k(), false));
        if (archetypeOfBuilding != null) {
            segments.addAll(SegmentBreakdown.of(SegmentBreakdown.ARCHETYPE, archetype, sample, y, options.k(), false));
        }
        segments.addAll(SegmentBreakdown.of(SegmentBreakdown.FAULT_KIND, cause, sample, y, options.k(), true));
        return new EvaluationResult(options, n, m, sample.unscored(), sample.unscoredPositives(), withVerdict,
                n - m, sample.positives(), MetricSet.of(sample, options.k(), options.threshold()),
                DailyTopK.of(sample, days, options.dailyK()),
                PrecisionRecallCurve.of(sample, options.maxCurvePoints()),
                ScoreDistribution.of(allScores, aligned, options.histogramBins()), segments,
                visits(scores, labels, aligned, options.dailyK()));
    }

    /**
     * The visit list: the {@code k} highest-scored rows of each day (ties in row order), days in
     * order, with their verdicts and reasons. Every scored row takes part, with a verdict or without.
     *
     * @param scores the scores
     * @param labels the verdicts
     * @param aligned the verdict of each row ({@link Labels#align})
     * @param k visits per day, at least 1
     * @return the visits
     */
    static List<Visit> visits(Scores scores, Labels labels, int[] aligned, int k) {
        FeatureFrame frame = scores.rows();
        java.util.TreeMap<Long, List<Integer>> byDay = new java.util.TreeMap<>();
        for (int i : scores.ranking()) {
            List<Integer> day = byDay.computeIfAbsent(frame.epochDay(i), d -> new ArrayList<>());
            if (day.size() < k) {
                day.add(i);
            }
        }
        List<Visit> out = new ArrayList<>();
        for (List<Integer> day : byDay.values()) {
            int rank = 0;
            for (int i : day) {
                out.add(new Visit(frame.eventDate(i).toString(), ++rank, frame.apartmentId(i), frame.buildingId(i),
                        scores.score(i), aligned[i] == Labels.UNKNOWN ? -1 : aligned[i],
                        labels.get(frame.apartmentId(i), frame.eventDate(i)).map(Label::cause).orElse(""),
                        scores.reason(i)));
            }
        }
        return out;
    }
}
