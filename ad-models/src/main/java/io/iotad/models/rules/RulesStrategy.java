package io.iotad.models.rules;

import io.iotad.core.detect.AbstractDetectorStrategy;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Labels;
import io.iotad.models.series.ApartmentDays;
import io.iotad.models.stats.SampleStatistics;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@code rules} strategy, the seed's heuristic baseline: heating energy high while the room is
 * more than {@code temp_diff_min_c} below its setpoint, plus the operators' configured rules. See
 * {@link RulesDetector} for the score, lookback and missing values.
 *
 * <p>Fitting learns only the heating rule's energy threshold: the type-7 {@code energy_quantile}
 * of the training days' energy (missing days skipped), per apartment (for apartments with at least
 * {@code min_apartment_days} such days) and over all apartments (the fallback); in the
 * {@code absolute} mode it learns nothing and uses {@code energy_threshold_kwh}. Deterministic.
 */
public final class RulesStrategy extends AbstractDetectorStrategy<RulesOptions> {
    /** The configuration name. */
    public static final String NAME = "rules";

    /** Creates the strategy (found by ServiceLoader). */
    public RulesStrategy() {
        super(NAME, "heuristic rules: heating energy high while the room is below setpoint, plus configured "
                + "threshold, persistence and level-shift rules; score = weighted count of rules firing",
                false, RulesOptions::fromMap, new RulesCodec());
    }

    /**
     * @throws IllegalArgumentException when the frame lacks a feature the rules read, or a quantile
     *     threshold is asked for and no training day has energy
     */
    @Override
    public Detector fit(FeatureFrame train, Labels labels, RulesOptions options, FitContext context) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(context, "context");
        List<String> absent = train.schema().missingFrom(FeatureSchema.of(options.features()));
        if (!absent.isEmpty()) {
            throw new IllegalArgumentException("rules: the training frame lacks features " + absent
                    + " that the rules read; it has " + train.schema().names());
        }
        if (options.energyThreshold() == EnergyThreshold.ABSOLUTE || options.heatingRuleWeight() == 0) {
            return new RulesDetector(options, options.energyThresholdKwh(), Map.of());
        }
        double[] energy = train.column(options.energyFeature());
        double global = SampleStatistics.quantile(energy, options.energyQuantile());
        if (Double.isNaN(global)) {
            throw new IllegalArgumentException("rules: no training row has '" + options.energyFeature()
                    + "' to learn the energy threshold from; expected some days with energy, or energy_threshold: absolute");
        }
        Map<String, Double> own = new TreeMap<>();
        if (options.energyThreshold() == EnergyThreshold.PER_APARTMENT_QUANTILE) {
            for (ApartmentDays apt : ApartmentDays.of(train)) {
                double[] sorted = SampleStatistics.sortedPresent(apt.daily(energy));
                if (sorted.length >= options.minApartmentDays()) {
                    own.put(apt.apartmentId(), SampleStatistics.quantileOfSorted(sorted, options.energyQuantile()));
                }
            }
        }
        context.progress().progress("rules fit", 1, 1);
        return new RulesDetector(options, global, own);
    }
}
