package io.iotad.examples.detector;

import com.fasterxml.jackson.core.type.TypeReference;
import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.AbstractDetectorStrategy;
import io.iotad.core.detect.FitContext;
import io.iotad.core.detect.JsonStateCodec;
import io.iotad.core.detect.RecordOptions;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.models.options.RawOptions;
import io.iotad.models.series.ApartmentDays;
import io.iotad.models.stats.SampleStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** A custom strategy, listed in {@code META-INF/services/io.iotad.core.detect.DetectorStrategy} and found by name:
 * a feature's robust z-score, |x − median| / (1.4826 MAD), against the apartment's own training days. */
public final class EnergyZScoreStrategy extends AbstractDetectorStrategy<EnergyZScoreStrategy.Options> {
    /** The name configuration uses: {@code training.model_strategy: energy_zscore}. */
    public static final String NAME = "energy_zscore";

    /** Creates the strategy (found by ServiceLoader); its payload is the options and statistics as JSON. */
    public EnergyZScoreStrategy() {
        super(NAME, "robust z-score against the apartment's own training days", false, Options::parse, new JsonStateCodec<>(
                1, EnergyZScoreDetector.class, Options::parse, new TypeReference<Map<String, double[]>>() { },
                d -> d.stats, EnergyZScoreDetector::new));
    }

    /** @param feature the scored feature @param minDays fewest present training days an apartment needs, &ge; 2 */
    public record Options(String feature, int minDays) implements RecordOptions {
        static Options parse(Map<String, ?> raw) {
            RawOptions o = RawOptions.of(NAME, raw, List.of("feature", "min_days"));
            return new Options(o.stringValue("feature", "daily_energy_kwh"), o.intValue("min_days", 7, 2));
        }
    }

    @Override
    public EnergyZScoreDetector fit(FeatureFrame train, Labels labels, Options options, FitContext context) {
        double[] x = train.column(options.feature());
        Map<String, double[]> stats = new TreeMap<>();
        for (ApartmentDays apt : ApartmentDays.of(train)) {
            double[] own = SampleStatistics.sortedPresent(apt.daily(x));
            if (own.length >= options.minDays()) {
                stats.put(apt.apartmentId(), new double[] {SampleStatistics.median(own), SampleStatistics.scaledMad(own)});
            }
        }
        if (stats.isEmpty()) {
            throw new IllegalArgumentException(NAME + ": no apartment has min_days=" + options.minDays() + " days of " + options.feature());
        }
        return new EnergyZScoreDetector(options, stats);
    }

    /** Apartment to {median, scaled MAD}; a missing value, or an apartment without its own, is not scored (NaN). */
    static final class EnergyZScoreDetector extends AbstractDetector<Options> {
        private final Map<String, double[]> stats;

        EnergyZScoreDetector(Options options, Map<String, double[]> stats) {
            super(NAME, FeatureSchema.of(options.feature()), options);
            this.stats = Map.copyOf(stats);
        }

        @Override
        public Scores score(FeatureFrame frame) {
            double[] x = frame.column(options().feature());
            return Scores.of(frame, IntStream.range(0, x.length).mapToDouble(i -> {
                double[] ms = stats.getOrDefault(frame.apartmentId(i), new double[] {Double.NaN, 1});
                return Math.abs(x[i] - ms[0]) / Math.max(ms[1], 1e-9);
            }).toArray());
        }
    }
}
