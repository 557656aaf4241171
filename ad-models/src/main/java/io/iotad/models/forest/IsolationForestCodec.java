package io.iotad.models.forest;

import io.iotad.core.artifact.PayloadReader;
import io.iotad.core.artifact.PayloadWriter;
import io.iotad.core.artifact.StrategyPayloadCodec;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.models.context.ContextCodec;
import io.iotad.models.context.ContextOptions;
import io.iotad.models.context.ContextualStandardization;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads {@link IsolationForestDetector}s in the artifact payload format
 * ({@link PayloadWriter}). Leaf path lengths are recomputed from depth and row count on load, by
 * the same code, so scores are bit-identical.
 *
 * <p>Version 2 (written): the strategy name; options as JSON (with the {@code context} options when a
 * context is enabled); the feature names; when a context is enabled, one scale floor per feature
 * ({@link ContextCodec}); psi; the tree count; per tree its
 * node features, split values (IEEE-754 bits), left children and training row counts, each an
 * array with its length.
 *
 * <p>Version 1 (read only): the text {@code "isolation_forest"} (modified UTF-8); feature count and
 * names (modified UTF-8); options (trees, subsample size, max features, bootstrap); psi; tree
 * count; then per tree its node count and, per node, feature (int), split value (double, raw
 * bits), left child (int) and training row count (int).
 */
final class IsolationForestCodec extends StrategyPayloadCodec<IsolationForestDetector> {
    /** The payload version this codec writes. */
    public static final int VERSION = 2;

    private static final String MAGIC = IsolationForestStrategy.NAME;
    /** Fewest bytes one node takes in a version-1 payload: feature, split, left child, size. */
    private static final int V1_NODE_BYTES = 4 + 8 + 4 + 4;

    /** Creates the codec. */
    IsolationForestCodec() {
        super(IsolationForestStrategy.NAME, IsolationForestDetector.class, VERSION);
    }

    @Override
    protected void write(IsolationForestDetector f, PayloadWriter w) throws IOException {
        w.writeHeader(IsolationForestStrategy.NAME, f);
        ContextCodec.write(f.context(), w);
        w.writeInt(f.subsampleSize());
        w.writeInt(f.treeCount());
        for (IsolationTree t : f.trees()) {
            w.writeInts(t.features());
            w.writeDoubles(t.splits());
            w.writeInts(t.lefts());
            w.writeInts(t.sizes());
        }
    }

    @Override
    protected IsolationForestDetector read(PayloadReader r, int version) throws IOException {
        return version == 1 ? readV1(r) : readV2(r);
    }

    private static IsolationForestDetector readV2(PayloadReader r) throws IOException {
        r.requireStrategy(IsolationForestStrategy.NAME);
        Map<String, Object> options = r.readJson("options");
        IsolationForestOptions opt = IsolationForestOptions.parse(options);
        List<String> names = r.readStrings("feature names");
        if (names.isEmpty()) {
            throw r.corrupt("feature count is 0, expected at least 1");
        }
        ContextualStandardization context = ContextCodec.read(opt.context(), r, names.size());
        int psi = r.readInt("psi", 2, Integer.MAX_VALUE);
        int count = r.readInt("tree count", 1, IsolationForestOptions.MAX_TREES);
        r.checkCount("tree count", count, 4 * Integer.BYTES);
        List<IsolationTree> trees = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            int[] feature = r.readInts("tree " + t + " features");
            if (feature.length > 2L * psi) {
                throw r.corrupt("tree " + t + " has " + feature.length + " nodes, more than 2 * psi = " + 2L * psi);
            }
            trees.add(new IsolationTree(feature, r.readDoubles("tree " + t + " splits"),
                    r.readInts("tree " + t + " left children"), r.readInts("tree " + t + " sizes")));
        }
        r.requireEnd();
        return new IsolationForestDetector(FeatureSchema.of(names), opt, context, psi, trees,
                Runtime.getRuntime().availableProcessors());
    }

    private static IsolationForestDetector readV1(PayloadReader r) throws IOException {
        String magic = r.readModifiedUtf8("magic");
        if (!MAGIC.equals(magic)) {
            throw r.corrupt("not an " + IsolationForestStrategy.NAME + " payload: starts with '" + magic + "'");
        }
        List<String> names = r.readLegacyNames(r.readInt("feature count", 1, Integer.MAX_VALUE));
        int d = names.size();
        IsolationForestOptions opt = new IsolationForestOptions(r.readInt(), r.readInt(), r.readDouble(), r.readBoolean());
        int psi = r.readInt("psi", 2, Integer.MAX_VALUE);
        int count = r.readInt("tree count", 1, IsolationForestOptions.MAX_TREES);
        r.checkCount("tree count", count, Integer.BYTES + V1_NODE_BYTES);
        List<IsolationTree> trees = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            int nodes = r.readInt("tree " + t + " node count", 1, psi > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : 2 * psi);
            r.checkCount("tree " + t + " node count", nodes, V1_NODE_BYTES);
            int[] feature = new int[nodes];
            double[] split = new double[nodes];
            int[] left = new int[nodes];
            int[] size = new int[nodes];
            for (int k = 0; k < nodes; k++) {
                feature[k] = r.readInt();
                split[k] = r.readDouble();
                left[k] = r.readInt();
                size[k] = r.readInt();
            }
            trees.add(new IsolationTree(feature, split, left, size));
        }
        return new IsolationForestDetector(FeatureSchema.of(names), opt,
                ContextualStandardization.of(ContextOptions.none(), ContextCodec.unitFloors(d)), psi, trees,
                Runtime.getRuntime().availableProcessors());
    }
}
