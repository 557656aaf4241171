package io.iotad.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.AbstractDetectorStrategy;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorOptions;
import io.iotad.core.detect.FitContext;
import io.iotad.core.detect.JsonStateCodec;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import java.util.List;
import java.util.Map;

/** Test-only strategy: scaled L1 distance to the training mean; NaN when a value is missing. */
public final class MeanDistanceTestStrategy extends AbstractDetectorStrategy<MeanDistanceTestStrategy.Options> {
    private static final String NAME = "cli_test_mean";

    /** @param scale factor on the distance, &gt; 0 */
    public record Options(double scale) implements DetectorOptions {
        /** Validates the scale. */
        public Options {
            if (!(scale > 0)) {
                throw new IllegalArgumentException("option 'scale' has value " + scale + ": expected a number > 0");
            }
        }

        @Override
        public Map<String, Object> toMap() {
            return Map.of("scale", scale);
        }

        static Options parse(Map<String, ?> raw) {
            for (Map.Entry<String, ?> e : raw.entrySet()) {
                if (!e.getKey().equals("scale")) {
                    throw new IllegalArgumentException("unknown option '" + e.getKey() + "' of " + NAME + "; known: [scale]");
                }
                if (!(e.getValue() instanceof Number)) {
                    throw new IllegalArgumentException("option 'scale' has value '" + e.getValue() + "': expected a number > 0");
                }
            }
            Object s = raw.get("scale");
            return new Options(s == null ? 1 : ((Number) s).doubleValue());
        }
    }

    /** Creates the strategy (found by ServiceLoader). */
    public MeanDistanceTestStrategy() {
        super(NAME, "L1 distance to the training mean (tests only)", false, Options::parse,
                new JsonStateCodec<>(1, Mean.class, Options::parse, new TypeReference<State>() { },
                        m -> new State(m.features().names(), m.mean),
                        (options, state) -> new Mean(FeatureSchema.of(state.features()), state.mean(), options)));
    }

    @Override
    public Detector fit(FeatureFrame train, Labels labels, Options options, FitContext context) {
        double[] mean = new double[train.schema().size()];
        for (int c = 0; c < mean.length; c++) {
            double[] col = train.column(train.schema().names().get(c));
            mean[c] = java.util.Arrays.stream(col).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
        }
        return new Mean(train.schema(), mean, options);
    }

    /** The fitted state: feature names and their training means. */
    record State(List<String> features, double[] mean) {
    }

    private static final class Mean extends AbstractDetector<Options> {
        final double[] mean;

        Mean(FeatureSchema features, double[] mean, Options options) {
            super(NAME, features, MissingValuePolicy.SKIP_ROW, options);
            this.mean = mean;
        }

        @Override
        public Scores score(FeatureFrame frame) {
            double[][] x = frame.toRowMajor(features());
            double[] s = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                for (int c = 0; c < mean.length; c++) {
                    s[i] += Math.abs(x[i][c] - mean[c]);
                }
                s[i] *= options().scale();
            }
            return Scores.of(frame, s);
        }
    }
}
