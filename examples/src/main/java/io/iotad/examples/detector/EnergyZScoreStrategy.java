package io.iotad.examples.detector;

import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.detect.Detector;
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
import java.util.HashMap;
import java.util.Map;

/**
 * An example of a custom detector strategy plugged in by name: each apartment's daily energy
 * scored by its absolute z-score against that apartment's own training days.
 *
 * <p>To plug a strategy in, implement {@link DetectorStrategy}, list the class in
 * {@code META-INF/services/io.iotad.core.detect.DetectorStrategy}, put the jar on the class path
 * and name it in configuration: {@code training.model_strategy: energy_zscore}.
 */
public final class EnergyZScoreStrategy implements DetectorStrategy<EnergyZScoreOptions> {
    /** The name configuration uses. */
    public static final String NAME = "energy_zscore";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "absolute z-score of a feature against the apartment's own training days (an example strategy)";
    }

    @Override
    public boolean supervised() {
        return false;
    }

    @Override
    public EnergyZScoreOptions defaultOptions() {
        return new EnergyZScoreOptions(EnergyZScoreOptions.DEFAULT_FEATURE, EnergyZScoreOptions.DEFAULT_MIN_DAYS);
    }

    @Override
    public EnergyZScoreOptions parseOptions(Map<String, ?> raw) {
        return EnergyZScoreOptions.parse(raw);
    }

    @Override
    public Detector fit(FeatureFrame train, Labels labels, EnergyZScoreOptions options, FitContext context) {
        int c = train.schema().require(options.feature());
        Map<String, double[]> acc = new HashMap<>(); // apartment -> {n, mean, m2} (Welford)
        double[] all = new double[3];
        for (int i = 0; i < train.rowCount(); i++) {
            double v = train.value(i, c);
            if (Double.isNaN(v)) {
                continue;
            }
            add(acc.computeIfAbsent(train.apartmentId(i), a -> new double[3]), v);
            add(all, v);
        }
        if (all[0] < 2) {
            throw new IllegalArgumentException("energy_zscore needs at least 2 present values of '" + options.feature() + "', got " + (int) all[0]);
        }
        Map<String, double[]> stats = new HashMap<>();
        acc.forEach((apt, a) -> {
            if (a[0] >= options.minDays()) {
                stats.put(apt, new double[] {a[1], Math.sqrt(a[2] / (a[0] - 1))});
            }
        });
        return new EnergyZScoreDetector(options, stats, new double[] {all[1], Math.sqrt(all[2] / (all[0] - 1))});
    }

    private static void add(double[] a, double v) {
        a[0]++;
        double d = v - a[1];
        a[1] += d / a[0];
        a[2] += d * (v - a[1]);
    }

    @Override
    public PayloadCodec codec() {
        return new Codec();
    }

    /** The fitted detector: per-apartment mean and deviation, the portfolio's as fallback. */
    record EnergyZScoreDetector(EnergyZScoreOptions opts, Map<String, double[]> stats, double[] global) implements Detector {
        @Override
        public String strategy() {
            return NAME;
        }

        @Override
        public FeatureSchema features() {
            return FeatureSchema.of(opts.feature());
        }

        @Override
        public MissingValuePolicy missingValuePolicy() {
            return MissingValuePolicy.SKIP_ROW;
        }

        @Override
        public Map<String, Object> options() {
            return opts.toMap();
        }

        @Override
        public Scores score(FeatureFrame frame) {
            int c = frame.schema().require(opts.feature());
            double[] s = new double[frame.rowCount()];
            for (int i = 0; i < s.length; i++) {
                double v = frame.value(i, c);
                double[] ms = stats.getOrDefault(frame.apartmentId(i), global);
                s[i] = Double.isNaN(v) ? Double.NaN : Math.abs(v - ms[0]) / Math.max(ms[1], 1e-9);
            }
            return Scores.of(frame, s);
        }
    }

    /** Version 1: options, the global pair, then (apartment, mean, deviation) triples. */
    static final class Codec implements PayloadCodec {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(Detector detector, OutputStream out) throws IOException {
            if (!(detector instanceof EnergyZScoreDetector d)) {
                throw new IllegalArgumentException("not an energy_zscore detector: " + detector.strategy());
            }
            DataOutputStream o = new DataOutputStream(out);
            o.writeUTF(d.opts().feature());
            o.writeInt(d.opts().minDays());
            o.writeDouble(d.global()[0]);
            o.writeDouble(d.global()[1]);
            o.writeInt(d.stats().size());
            for (Map.Entry<String, double[]> e : new java.util.TreeMap<>(d.stats()).entrySet()) {
                o.writeUTF(e.getKey());
                o.writeDouble(e.getValue()[0]);
                o.writeDouble(e.getValue()[1]);
            }
            o.flush();
        }

        @Override
        public Detector read(InputStream in, int version) throws IOException {
            if (version < 1 || version > version()) {
                throw new UnsupportedVersionException("energy_zscore payload", version, version());
            }
            DataInputStream i = new DataInputStream(in);
            EnergyZScoreOptions opts = new EnergyZScoreOptions(i.readUTF(), i.readInt());
            double[] global = {i.readDouble(), i.readDouble()};
            int n = i.readInt();
            Map<String, double[]> stats = new HashMap<>();
            for (int k = 0; k < n; k++) {
                stats.put(i.readUTF(), new double[] {i.readDouble(), i.readDouble()});
            }
            return new EnergyZScoreDetector(opts, stats, global);
        }
    }
}
