package io.iotad.models.forest;

import io.iotad.models.codec.PayloadVersions;
import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.detect.Detector;
import io.iotad.core.frame.FeatureSchema;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads {@link IsolationForestDetector}s as a versioned binary payload
 * ({@link DataOutputStream}, big-endian).
 *
 * <p>Version 1: the text {@code "isolation_forest"}; feature count and names; options (trees,
 * subsample size, max features, bootstrap); psi; tree count; then per tree its node count and, per
 * node, feature (int), split value (double, raw bits), left child (int) and training row count
 * (int). Leaf path lengths are recomputed from depth and row count on load, by the same code, so
 * scores are bit-identical.
 */
final class IsolationForestCodec implements PayloadCodec {
    /** The payload version this codec writes. */
    public static final int VERSION = 1;

    private static final String MAGIC = IsolationForestStrategy.NAME;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(Detector detector, OutputStream out) throws IOException {
        IsolationForestDetector f = IsolationForestStrategy.require(detector);
        DataOutputStream o = new DataOutputStream(out);
        o.writeUTF(MAGIC);
        List<String> names = f.features().names();
        o.writeInt(names.size());
        for (String n : names) {
            o.writeUTF(n);
        }
        IsolationForestOptions opt = f.options();
        o.writeInt(opt.trees());
        o.writeInt(opt.subsampleSize());
        o.writeDouble(opt.maxFeatures());
        o.writeBoolean(opt.bootstrap());
        o.writeInt(f.subsampleSize());
        o.writeInt(f.treeCount());
        for (IsolationTree t : f.trees()) {
            int[] feature = t.features();
            double[] split = t.splits();
            int[] left = t.lefts();
            int[] size = t.sizes();
            o.writeInt(feature.length);
            for (int i = 0; i < feature.length; i++) {
                o.writeInt(feature[i]);
                o.writeLong(Double.doubleToRawLongBits(split[i]));
                o.writeInt(left[i]);
                o.writeInt(size[i]);
            }
        }
        o.flush();
    }

    @Override
    public Detector read(InputStream in, int version) throws IOException {
        PayloadVersions.require(IsolationForestStrategy.NAME + " payload", version, VERSION);
        DataInputStream i = new DataInputStream(in);
        String magic = i.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not an " + IsolationForestStrategy.NAME + " payload: starts with '" + magic + "'");
        }
        int d = i.readInt();
        if (d < 1) {
            throw corrupt("feature count " + d);
        }
        List<String> names = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            names.add(i.readUTF());
        }
        try {
            IsolationForestOptions opt = new IsolationForestOptions(i.readInt(), i.readInt(), i.readDouble(), i.readBoolean());
            int psi = i.readInt();
            int count = i.readInt();
            if (count < 1 || count > IsolationForestOptions.MAX_TREES || psi < 2) {
                throw corrupt("tree count " + count + ", psi " + psi);
            }
            List<IsolationTree> trees = new ArrayList<>(count);
            for (int t = 0; t < count; t++) {
                int nodes = i.readInt();
                if (nodes < 1 || nodes > 2 * psi) {
                    throw corrupt("tree " + t + " has " + nodes + " nodes, psi " + psi);
                }
                int[] feature = new int[nodes];
                double[] split = new double[nodes];
                int[] left = new int[nodes];
                int[] size = new int[nodes];
                for (int k = 0; k < nodes; k++) {
                    feature[k] = i.readInt();
                    split[k] = Double.longBitsToDouble(i.readLong());
                    left[k] = i.readInt();
                    size[k] = i.readInt();
                }
                trees.add(new IsolationTree(feature, split, left, size));
            }
            return new IsolationForestDetector(FeatureSchema.of(names), opt, psi, trees,
                    Runtime.getRuntime().availableProcessors());
        } catch (IllegalArgumentException e) {
            throw corrupt(e.getMessage());
        }
    }

    private static IOException corrupt(String what) {
        return new IOException("corrupt " + IsolationForestStrategy.NAME + " payload: " + what);
    }
}
