package io.iotad.models.svm;

import io.iotad.core.artifact.PayloadReader;
import io.iotad.core.artifact.PayloadWriter;
import io.iotad.core.artifact.StrategyPayloadCodec;
import io.iotad.core.frame.FeatureSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Payload codec of {@code one_class_svm}, in the artifact payload format ({@link PayloadWriter}).
 * Doubles are written bit-exactly, so scores round-trip bit-identically. No Java serialization.
 *
 * <p>Version 2 (written): the strategy name; options as JSON; the feature names; per-feature mean and scale; the RBF
 * gamma actually used; rho; the support vector count l; then, without length prefixes, l
 * coefficients and the {@code l * d} standardised support vector values, vector by vector.
 *
 * <p>Version 1 (read only): magic {@code "IOCS"}; feature count and names (modified UTF-8);
 * options (nu, gamma-is-scale flag and value, tolerance, cache); per-feature mean and scale;
 * gamma, rho, the support vector count, then per support vector its coefficient and its values.
 */
public final class OneClassSvmCodec extends StrategyPayloadCodec<OneClassSvmDetector> {
    /** The payload version this codec writes. */
    public static final int VERSION = 2;
    private static final int MAGIC = 0x494F4353; // "IOCS"

    /** Creates the codec. */
    public OneClassSvmCodec() {
        super(OneClassSvmStrategy.NAME, OneClassSvmDetector.class, VERSION);
    }

    @Override
    protected void write(OneClassSvmDetector d, PayloadWriter w) throws IOException {
        w.writeHeader(OneClassSvmStrategy.NAME, d);
        w.writeDoublesRaw(d.standardisation().mean());
        w.writeDoublesRaw(d.standardisation().scale());
        RbfDecisionFunction fn = d.decisionFunction();
        w.writeDouble(fn.gamma());
        w.writeDouble(fn.rho());
        double[][] sv = fn.supportVectors();
        w.writeInt(sv.length);
        w.writeDoublesRaw(fn.coefficients());
        for (double[] v : sv) {
            w.writeDoublesRaw(v);
        }
    }

    @Override
    protected OneClassSvmDetector read(PayloadReader r, int version) throws IOException {
        return version == 1 ? readV1(r) : readV2(r);
    }

    private static OneClassSvmDetector readV2(PayloadReader r) throws IOException {
        r.requireStrategy(OneClassSvmStrategy.NAME);
        OneClassSvmOptions options = OneClassSvmOptions.parse(r.readJson("options"));
        List<String> names = r.readStrings("feature names");
        int f = names.size();
        double[] mean = r.readDoubles("means", f);
        double[] sd = r.readDoubles("scales", f);
        double gamma = r.readDouble();
        double rho = r.readDouble();
        int l = r.readCount("support vector count", Double.BYTES * (f + 1L));
        double[] coef = r.readDoubles("coefficients", l);
        double[][] sv = new double[l][];
        for (int k = 0; k < l; k++) {
            sv[k] = r.readDoubles("support vector " + k, f);
        }
        r.requireEnd();
        return new OneClassSvmDetector(FeatureSchema.of(names), options, new Standardisation(mean, sd),
                new RbfDecisionFunction(sv, coef, rho, gamma));
    }

    private static OneClassSvmDetector readV1(PayloadReader r) throws IOException {
        int magic = r.readInt();
        if (magic != MAGIC) {
            throw r.corrupt("not a one_class_svm payload: magic 0x" + Integer.toHexString(magic)
                    + ", expected 0x" + Integer.toHexString(MAGIC));
        }
        List<String> names = r.readLegacyNames(r.readInt());
        int f = names.size();
        double nu = r.readDouble();
        boolean scale = r.readBoolean();
        double g = r.readDouble();
        OneClassSvmOptions options = new OneClassSvmOptions(nu, scale ? null : g, r.readDouble(), r.readDouble());
        double[] mean = r.readDoubles("means", f);
        double[] sd = r.readDoubles("scales", f);
        double gamma = r.readDouble();
        double rho = r.readDouble();
        int l = r.readCount("support vector count", Double.BYTES * (f + 1L));
        double[] coef = new double[l];
        double[][] sv = new double[l][];
        for (int k = 0; k < l; k++) {
            coef[k] = r.readDouble();
            sv[k] = r.readDoubles("support vector " + k, f);
        }
        return new OneClassSvmDetector(FeatureSchema.of(names), options, new Standardisation(mean, sd),
                new RbfDecisionFunction(sv, coef, rho, gamma));
    }
}
