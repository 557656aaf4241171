package io.iotad.cli;

import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorOptions;
import io.iotad.core.detect.DetectorStrategy;
import io.iotad.core.detect.FitContext;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test-only strategy: scaled L1 distance to the training mean; NaN when a value is missing. */
public final class MeanDistanceTestStrategy implements DetectorStrategy<MeanDistanceTestStrategy.Options> {
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
    }

    @Override
    public String name() {
        return "cli_test_mean";
    }

    @Override
    public String description() {
        return "L1 distance to the training mean (tests only)";
    }

    @Override
    public boolean supervised() {
        return false;
    }

    @Override
    public Options defaultOptions() {
        return new Options(1);
    }

    @Override
    public Options parseOptions(Map<String, ?> raw) {
        for (Map.Entry<String, ?> e : raw.entrySet()) {
            if (!e.getKey().equals("scale")) {
                throw new IllegalArgumentException("unknown option '" + e.getKey() + "' of cli_test_mean; known: [scale]");
            }
            if (!(e.getValue() instanceof Number)) {
                throw new IllegalArgumentException("option 'scale' has value '" + e.getValue() + "': expected a number > 0");
            }
        }
        Object s = raw.get("scale");
        return s == null ? defaultOptions() : new Options(((Number) s).doubleValue());
    }

    @Override
    public Detector fit(FeatureFrame train, Labels labels, Options options, FitContext context) {
        double[] mean = new double[train.schema().size()];
        for (int c = 0; c < mean.length; c++) {
            double[] col = train.column(train.schema().names().get(c));
            mean[c] = java.util.Arrays.stream(col).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
        }
        return new Mean(train.schema(), mean, options.scale());
    }

    @Override
    public PayloadCodec codec() {
        return new PayloadCodec() {
            @Override
            public int version() {
                return 1;
            }

            @Override
            public void write(Detector detector, OutputStream out) throws IOException {
                Mean m = (Mean) detector;
                DataOutputStream o = new DataOutputStream(out);
                o.writeInt(m.mean.length);
                for (int i = 0; i < m.mean.length; i++) {
                    o.writeUTF(m.features.names().get(i));
                    o.writeDouble(m.mean[i]);
                }
                o.writeDouble(m.scale);
                o.flush();
            }

            @Override
            public Detector read(InputStream in, int version) throws IOException {
                if (version != 1) {
                    throw new UnsupportedVersionException("cli_test_mean payload", version, 1);
                }
                DataInputStream i = new DataInputStream(in);
                int d = i.readInt();
                List<String> names = new ArrayList<>();
                double[] mean = new double[d];
                for (int c = 0; c < d; c++) {
                    names.add(i.readUTF());
                    mean[c] = i.readDouble();
                }
                return new Mean(FeatureSchema.of(names), mean, i.readDouble());
            }
        };
    }

    private static final class Mean implements Detector {
        final FeatureSchema features;
        final double[] mean;
        final double scale;

        Mean(FeatureSchema features, double[] mean, double scale) {
            this.features = features;
            this.mean = mean;
            this.scale = scale;
        }

        @Override
        public String strategy() {
            return "cli_test_mean";
        }

        @Override
        public FeatureSchema features() {
            return features;
        }

        @Override
        public MissingValuePolicy missingValuePolicy() {
            return MissingValuePolicy.SKIP_ROW;
        }

        @Override
        public Map<String, Object> options() {
            return Map.of("scale", scale);
        }

        @Override
        public Scores score(FeatureFrame frame) {
            double[][] x = frame.toRowMajor(features);
            double[] s = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                for (int c = 0; c < mean.length; c++) {
                    s[i] += Math.abs(x[i][c] - mean[c]);
                }
                s[i] *= scale;
            }
            return Scores.of(frame, s);
        }
    }
}
