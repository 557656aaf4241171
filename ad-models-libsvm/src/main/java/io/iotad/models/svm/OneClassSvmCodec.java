package io.iotad.models.svm;

import io.iotad.models.codec.PayloadVersions;
import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.detect.Detector;
import io.iotad.core.frame.FeatureSchema;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Payload codec of {@code one_class_svm}. Version 1 layout (big-endian, {@link DataOutputStream}):
 * magic {@code "IOCS"}; feature count and names; options (nu, gamma-is-scale flag and value,
 * tolerance, cache); per-feature mean and scale; the RBF gamma actually used, rho, the support
 * vector count, then per support vector its coefficient and its standardised values. Doubles are
 * written bit-exactly, so scores round-trip bit-identically. No Java serialization.
 */
public final class OneClassSvmCodec implements PayloadCodec {
    /** The payload version this codec writes. */
    public static final int VERSION = 1;
    private static final int MAGIC = 0x494F4353; // "IOCS"
    private static final int MAX_FEATURES = 100_000;
    private static final int MAX_SUPPORT_VECTORS = 10_000_000;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(Detector detector, OutputStream out) throws IOException {
        if (!(detector instanceof OneClassSvmDetector d)) {
            throw new IllegalArgumentException("the one_class_svm codec cannot write a detector of strategy '"
                    + detector.strategy() + "' (" + detector.getClass().getName() + ")");
        }
        DataOutputStream o = new DataOutputStream(out);
        o.writeInt(MAGIC);
        List<String> names = d.features().names();
        o.writeInt(names.size());
        for (String n : names) {
            o.writeUTF(n);
        }
        OneClassSvmOptions x = d.options();
        o.writeDouble(x.nu());
        o.writeBoolean(x.gamma() == null);
        o.writeDouble(x.gamma() == null ? 0.0 : x.gamma());
        o.writeDouble(x.tolerance());
        o.writeDouble(x.cacheMb());
        for (double v : d.standardisation().mean()) {
            o.writeDouble(v);
        }
        for (double v : d.standardisation().scale()) {
            o.writeDouble(v);
        }
        RbfDecisionFunction fn = d.decisionFunction();
        o.writeDouble(fn.gamma());
        o.writeDouble(fn.rho());
        double[][] sv = fn.supportVectors();
        double[] coef = fn.coefficients();
        o.writeInt(sv.length);
        for (int i = 0; i < sv.length; i++) {
            o.writeDouble(coef[i]);
            for (double v : sv[i]) {
                o.writeDouble(v);
            }
        }
        o.flush();
    }

    @Override
    public Detector read(InputStream in, int version) throws IOException {
        PayloadVersions.require("one_class_svm payload", version, VERSION);
        DataInputStream i = new DataInputStream(in);
        try {
            int magic = i.readInt();
            if (magic != MAGIC) {
                throw new IOException("not a one_class_svm payload: magic 0x" + Integer.toHexString(magic)
                        + ", expected 0x" + Integer.toHexString(MAGIC));
            }
            int f = bounded(i.readInt(), MAX_FEATURES, "feature count");
            List<String> names = new ArrayList<>(f);
            for (int k = 0; k < f; k++) {
                names.add(i.readUTF());
            }
            double nu = i.readDouble();
            boolean scale = i.readBoolean();
            double g = i.readDouble();
            OneClassSvmOptions options = new OneClassSvmOptions(nu, scale ? null : g, i.readDouble(), i.readDouble());
            double[] mean = readDoubles(i, f);
            double[] sd = readDoubles(i, f);
            double gamma = i.readDouble();
            double rho = i.readDouble();
            int l = bounded(i.readInt(), MAX_SUPPORT_VECTORS, "support vector count");
            double[] coef = new double[l];
            double[][] sv = new double[l][];
            for (int k = 0; k < l; k++) {
                coef[k] = i.readDouble();
                sv[k] = readDoubles(i, f);
            }
            return new OneClassSvmDetector(FeatureSchema.of(names), options, new Standardisation(mean, sd),
                    new RbfDecisionFunction(sv, coef, rho, gamma));
        } catch (EOFException e) {
            throw new IOException("one_class_svm payload is truncated", e);
        } catch (IllegalArgumentException e) {
            throw new IOException("one_class_svm payload is corrupt: " + e.getMessage(), e);
        }
    }

    private static double[] readDoubles(DataInputStream i, int n) throws IOException {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = i.readDouble();
        }
        return v;
    }

    private static int bounded(int v, int max, String what) throws IOException {
        if (v < 0 || v > max) {
            throw new IOException("one_class_svm payload is corrupt: " + what + " " + v + " outside [0, " + max + "]");
        }
        return v;
    }
}
