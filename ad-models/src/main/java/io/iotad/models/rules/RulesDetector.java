package io.iotad.models.rules;

import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import io.iotad.models.series.ApartmentDays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fitted {@code rules} detector: the heating rule's energy thresholds (kWh) and the operators'
 * rules.
 *
 * <p><b>Score</b>: Σ weight × [rule fires] over the heating rule and the operators' rules, in
 * [0, Σ weights]; 0 = no rule fires. With the defaults (heating rule alone) the score is 0 or 1.
 * {@link #evaluate(FeatureFrame)} tells which rules fired.
 *
 * <p><b>Lookback</b>: persistence and level-shift rules look back along each apartment's days in
 * the frame being scored, so the frame must include the days before the first day to score (the
 * longest rule's {@code days} − 1, or {@code recent_days + baseline_days − 1}); without them those
 * rules cannot fire on the first days. {@link #historyDays()} declares it, and the library's scoring
 * doors ({@link io.iotad.core.detect.BatchScoring#inContext}) give the scored days every earlier day they hold.
 *
 * <p><b>Missing values</b> ({@link MissingValuePolicy#SKIP_ROW}): a row is scored only when every
 * feature the rules read on its own day is present; otherwise its score is NaN. Missing history
 * days are not filled: they break a persistence run and thin a level-shift window (see the rules).
 * Immutable and thread-safe.
 */
final class RulesDetector extends AbstractDetector<RulesOptions> {
    /** The name of the seed's heating rule in {@link RuleFiring}. */
    public static final String HEATING_RULE = "heating_while_cold";

    private final double globalThresholdKwh;
    private final Map<String, Double> apartmentThresholdsKwh;

    /**
     * @param options the options it was fitted with
     * @param globalThresholdKwh the energy threshold for apartments without their own, kWh, finite
     * @param apartmentThresholdsKwh apartment id to its own threshold, kWh (copied)
     */
    public RulesDetector(RulesOptions options, double globalThresholdKwh, Map<String, Double> apartmentThresholdsKwh) {
        super(RulesStrategy.NAME, FeatureSchema.of(options.features()), MissingValuePolicy.SKIP_ROW, options);
        if (!Double.isFinite(globalThresholdKwh)) {
            throw new IllegalArgumentException("globalThresholdKwh must be finite, got " + globalThresholdKwh);
        }
        this.globalThresholdKwh = globalThresholdKwh;
        this.apartmentThresholdsKwh = Collections.unmodifiableMap(new TreeMap<>(apartmentThresholdsKwh));
        this.apartmentThresholdsKwh.forEach((k, v) -> {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("threshold of apartment " + k + " must be finite, got " + v);
            }
        });
    }

    /** @return the energy threshold of apartments without their own, kWh */
    public double globalThresholdKwh() {
        return globalThresholdKwh;
    }

    /** @return apartment id to its own energy threshold, kWh, sorted by id */
    public Map<String, Double> apartmentThresholdsKwh() {
        return apartmentThresholdsKwh;
    }

    /**
     * @param apartmentId an apartment
     * @return the heating rule's energy threshold for it, kWh
     */
    public double thresholdFor(String apartmentId) {
        return apartmentThresholdsKwh.getOrDefault(apartmentId, globalThresholdKwh);
    }

    /** @return the longest lookback of the operators' rules (the heating rule reads only its own day) */
    @Override
    public int historyDays() {
        int days = 0;
        for (OperatorRule r : options().rules()) {
            days = Math.max(days, r.historyDays());
        }
        return days;
    }

    @Override
    public Scores score(FeatureFrame frame) {
        RuleFiring firing = evaluate(frame);
        List<Double> weights = new ArrayList<>();
        if (options().heatingRuleWeight() > 0) {
            weights.add(options().heatingRuleWeight());
        }
        options().rules().forEach(r -> weights.add(r.weight()));
        double[] out = new double[frame.rowCount()];
        for (int row = 0; row < out.length; row++) {
            if (!firing.scored()[row]) {
                out[row] = Double.NaN;
                continue;
            }
            double s = 0;
            for (int k = 0; k < weights.size(); k++) {
                if (firing.fired()[k][row]) {
                    s += weights.get(k);
                }
            }
            out[row] = s;
        }
        return Scores.of(frame, out);
    }

    /**
     * @param frame rows holding every feature of {@link #features()}, with lookback days
     * @return which rules fire on which rows
     * @throws IllegalArgumentException when the frame lacks a feature or repeats an apartment-day
     */
    public RuleFiring evaluate(FeatureFrame frame) {
        List<String> features = options().features();
        Map<String, double[]> columns = new HashMap<>();
        for (String f : features) {
            columns.put(f, frame.column(f));
        }
        boolean heating = options().heatingRuleWeight() > 0;
        List<String> names = new ArrayList<>();
        if (heating) {
            names.add(HEATING_RULE);
        }
        options().rules().forEach(r -> names.add(r.name()));
        int n = frame.rowCount();
        boolean[][] fired = new boolean[names.size()][n];
        boolean[] scored = new boolean[n];
        for (ApartmentDays apt : ApartmentDays.of(frame)) {
            Map<String, double[]> daily = new HashMap<>();
            columns.forEach((f, col) -> daily.put(f, apt.daily(col)));
            double threshold = thresholdFor(apt.apartmentId());
            for (int i = 0; i < apt.rowCount(); i++) {
                int row = apt.row(i);
                int day = apt.offset(i);
                boolean complete = true;
                for (double[] d : daily.values()) {
                    complete &= !Double.isNaN(d[day]);
                }
                scored[row] = complete;
                if (!complete) {
                    continue;
                }
                int k = 0;
                if (heating) {
                    fired[k++][row] = daily.get(options().energyFeature())[day] > threshold
                            && daily.get(options().tempDiffFeature())[day] > options().tempDiffMinC();
                }
                for (OperatorRule r : options().rules()) {
                    fired[k++][row] = r.fires(daily.get(r.feature()), day);
                }
            }
        }
        return new RuleFiring(List.copyOf(names), fired, scored);
    }
}
