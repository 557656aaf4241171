package io.iotad.models.lof;

import io.iotad.core.artifact.PayloadReader;
import io.iotad.core.artifact.PayloadWriter;
import io.iotad.core.artifact.StrategyPayloadCodec;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.models.context.ContextCodec;
import io.iotad.models.context.ContextOptions;
import io.iotad.models.context.ContextualStandardization;
import io.iotad.models.neighbors.NeighborIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads {@link LofDetector}s in the artifact payload format ({@link PayloadWriter}). The
 * neighbour index is not stored: it is rebuilt deterministically from the points on load, so
 * scores are bit-identical.
 *
 * <p>Version 2 (written): the strategy name; options as JSON (with the {@code context} options when a context is
 * enabled); the feature names; when a context is enabled, one scale floor per feature ({@link ContextCodec});
 * effective k; training rows n; then,
 * without length prefixes (they follow from d and n), the per-feature means and scales, the
 * {@code n * d} standardised training values, n k-distances and n densities. With a context, d is the context's
 * input dimensions (twice the features for {@code apartment_and_peers}).
 *
 * <p>Version 1 (read only): the text {@code "lof"} (modified UTF-8); feature count and names
 * (modified UTF-8); options (neighbors, standardize, leaf size, max tree dimensions); k; n; then
 * the arrays as in version 2.
 */
final class LofCodec extends StrategyPayloadCodec<LofDetector> {
    /** The payload version this codec writes. */
    public static final int VERSION = 2;

    private static final String MAGIC = "lof";

    /** Creates the codec. */
    LofCodec() {
        super(LofStrategy.NAME, LofDetector.class, VERSION);
    }

    @Override
    protected void write(LofDetector lof, PayloadWriter w) throws IOException {
        LofTrainingSet t = lof.training();
        w.writeHeader(LofStrategy.NAME, lof);
        ContextCodec.write(lof.context(), w);
        w.writeInt(t.k());
        w.writeInt(t.size());
        w.writeDoublesRaw(lof.standardization().means());
        w.writeDoublesRaw(lof.standardization().scales());
        w.writeDoublesRaw(t.points());
        w.writeDoublesRaw(t.kDistances());
        w.writeDoublesRaw(t.densities());
    }

    @Override
    protected LofDetector read(PayloadReader r, int version) throws IOException {
        List<String> names;
        LofOptions opt;
        if (version == 1) {
            String magic = r.readModifiedUtf8("magic");
            if (!MAGIC.equals(magic)) {
                throw r.corrupt("not a " + LofStrategy.NAME + " payload: starts with '" + magic + "'");
            }
            names = r.readLegacyNames(r.readInt("feature count", 1, Integer.MAX_VALUE));
            opt = new LofOptions(r.readInt(), r.readBoolean(), r.readInt(), r.readInt());
        } else {
            r.requireStrategy(LofStrategy.NAME);
            opt = LofOptions.parse(r.readJson("options"));
            names = r.readStrings("feature names");
        }
        if (names.isEmpty()) {
            throw r.corrupt("feature count is 0, expected at least 1");
        }
        ContextualStandardization context = version == 1
                ? ContextualStandardization.of(ContextOptions.none(), ContextCodec.unitFloors(names.size()))
                : ContextCodec.read(opt.context(), r, names.size());
        return readState(r, FeatureSchema.of(names), opt, context, version);
    }

    private static LofDetector readState(PayloadReader r, FeatureSchema schema, LofOptions opt,
                                      ContextualStandardization context, int version) throws IOException {
        // the training values have the context's input dimensions (twice the features for apartment_and_peers)
        int d = context.outputDimensions();
        int k = r.readInt("k", 1, Integer.MAX_VALUE);
        int n = r.readInt("training rows", 2, Integer.MAX_VALUE);
        if (k >= n) {
            throw r.corrupt("k=" + k + " is not below the training rows " + n);
        }
        r.checkCount("training values (rows x features)", (long) n * d, Double.BYTES);
        double[] means = r.readDoubles("means", d);
        double[] scales = r.readDoubles("scales", d);
        double[] points = r.readDoubles("training values", (long) n * d);
        double[] kdist = r.readDoubles("k-distances", n);
        double[] lrd = r.readDoubles("densities", n);
        if (version > 1) {
            r.requireEnd();
        }
        requireFinite(r, "training values", points);
        requireFinite(r, "k-distances", kdist);
        requireFinite(r, "densities", lrd);
        Standardization st = new Standardization(means, scales);
        NeighborIndex index = NeighborIndex.build(points, d, opt.leafSize(), opt.maxTreeDimensions());
        LofTrainingSet t = LofTrainingSet.restore(points, d, k, kdist, lrd, index);
        return new LofDetector(schema, opt, context, st, t, Runtime.getRuntime().availableProcessors());
    }

    /** A fitted set is finite (fit refuses infinite input); NaN here would only come from damage and would upset the k-d tree. */
    private static void requireFinite(PayloadReader r, String field, double[] v) throws IOException {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw r.corrupt(field + "[" + i + "] is " + v[i] + ", expected a finite value");
            }
        }
    }
}
