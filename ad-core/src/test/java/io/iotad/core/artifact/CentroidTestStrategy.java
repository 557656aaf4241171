package io.iotad.core.artifact;

import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.AbstractDetectorStrategy;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorOptions;
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

/**
 * A test-only strategy (registered in src/test/resources/META-INF/services): the score is the
 * scaled Euclidean distance of a row to the training mean, NaN when a value is missing.
 */
public final class CentroidTestStrategy extends AbstractDetectorStrategy<CentroidTestStrategy.Options> {
    /** The strategy's name. */
    public static final String NAME = "test_centroid";

    /**
     * @param scale factor on the distance, &gt; 0
     */
    public record Options(double scale) implements DetectorOptions {
        /** Validates the scale. */
        public Options {
            if (!(scale > 0) || Double.isInfinite(scale)) {
                throw new IllegalArgumentException("scale must be a finite number > 0, got " + scale);
            }
        }

        @Override
        public Map<String, Object> toMap() {
            return Map.of("scale", scale);
        }
    }

    /** Creates the strategy (found by ServiceLoader). */
    public CentroidTestStrategy() {
        super(NAME, "distance to the training mean (tests only)", false, CentroidTestStrategy::parse, new Codec());
    }

    private static Options parse(Map<String, ?> raw) {
        for (String k : raw.keySet()) {
            if (!k.equals("scale")) {
                throw new IllegalArgumentException("unknown option '" + k + "' of " + NAME + "; known: [scale]");
            }
        }
        Object s = raw.get("scale");
        if (s == null) {
            return new Options(1.0);
        }
        if (!(s instanceof Number n)) {
            throw new IllegalArgumentException("option 'scale' has value '" + s + "': expected a number > 0");
        }
        return new Options(n.doubleValue());
    }

    @Override
    public Detector fit(FeatureFrame train, Labels labels, Options options, FitContext context) {
        int d = train.schema().size();
        double[] mean = new double[d];
        for (int c = 0; c < d; c++) {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < train.rowCount(); i++) {
                double v = train.value(i, c);
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            mean[c] = n == 0 ? Double.NaN : sum / n;
        }
        return new Centroid(train.schema(), mean, options);
    }

    /** The fitted detector. */
    static final class Centroid extends AbstractDetector<Options> {
        private final double[] mean;

        Centroid(FeatureSchema features, double[] mean, Options options) {
            super(NAME, features, MissingValuePolicy.SKIP_ROW, options);
            this.mean = mean.clone();
        }

        @Override
        public Scores score(FeatureFrame frame) {
            double[][] x = frame.toRowMajor(features());
            double[] s = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double sum = 0;
                for (int c = 0; c < mean.length; c++) {
                    double diff = x[i][c] - mean[c];
                    sum += diff * diff;
                }
                s[i] = options().scale() * Math.sqrt(sum);
            }
            return Scores.of(frame, s);
        }
    }

    /** Version 1: feature count, names, means, scale. */
    static final class Codec implements PayloadCodec {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(Detector detector, OutputStream out) throws IOException {
            if (!(detector instanceof Centroid c)) {
                throw new IllegalArgumentException("not a " + NAME + " detector: " + detector.strategy());
            }
            DataOutputStream o = new DataOutputStream(out);
            o.writeInt(c.mean.length);
            for (int i = 0; i < c.mean.length; i++) {
                o.writeUTF(c.features().names().get(i));
                o.writeDouble(c.mean[i]);
            }
            o.writeDouble(c.options().scale());
            o.flush();
        }

        @Override
        public Detector read(InputStream in, int version) throws IOException {
            if (version < 1 || version > version()) {
                throw new UnsupportedVersionException(NAME + " payload", version, version());
            }
            DataInputStream i = new DataInputStream(in);
            int d = i.readInt();
            List<String> names = new ArrayList<>();
            double[] mean = new double[d];
            for (int c = 0; c < d; c++) {
                names.add(i.readUTF());
                mean[c] = i.readDouble();
            }
            return new Centroid(FeatureSchema.of(names), mean, new Options(i.readDouble()));
        }
    }
}
