package io.iotad.models.lof;

import io.iotad.models.codec.PayloadVersions;
import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.detect.Detector;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.models.neighbors.NeighborIndex;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads {@link LofDetector}s as a versioned binary payload ({@link DataOutputStream}, big-endian).
 *
 * <p>Version 1: the text {@code "lof"}; feature count and names; options (neighbors, standardize,
 * leaf size, max tree dimensions); effective k; training rows n; per-feature means and scales;
 * the {@code n * d} standardised training values; n k-distances; n densities. The neighbour index
 * is not stored: it is rebuilt deterministically from the points on load, so scores are
 * bit-identical.
 */
final class LofCodec implements PayloadCodec {
    /** The payload version this codec writes. */
    public static final int VERSION = 1;

    private static final String MAGIC = "lof";

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(Detector detector, OutputStream out) throws IOException {
        LofDetector lof = LofStrategy.require(detector);
        LofTrainingSet t = lof.training();
        DataOutputStream o = new DataOutputStream(out);
        o.writeUTF(MAGIC);
        List<String> names = lof.features().names();
        o.writeInt(names.size());
        for (String n : names) {
            o.writeUTF(n);
        }
        LofOptions opt = lof.options();
        o.writeInt(opt.neighbors());
        o.writeBoolean(opt.standardize());
        o.writeInt(opt.leafSize());
        o.writeInt(opt.maxTreeDimensions());
        o.writeInt(t.k());
        o.writeInt(t.size());
        writeDoubles(o, lof.standardization().means());
        writeDoubles(o, lof.standardization().scales());
        writeDoubles(o, t.points());
        writeDoubles(o, t.kDistances());
        writeDoubles(o, t.densities());
        o.flush();
    }

    @Override
    public Detector read(InputStream in, int version) throws IOException {
        PayloadVersions.require(LofStrategy.NAME + " payload", version, VERSION);
        DataInputStream i = new DataInputStream(in);
        String magic = i.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a " + LofStrategy.NAME + " payload: starts with '" + magic + "'");
        }
        int d = checkCount(i.readInt(), "feature count", 1);
        List<String> names = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            names.add(i.readUTF());
        }
        LofOptions opt;
        try {
            opt = new LofOptions(i.readInt(), i.readBoolean(), i.readInt(), i.readInt());
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt " + LofStrategy.NAME + " payload: " + e.getMessage(), e);
        }
        int k = checkCount(i.readInt(), "k", 1);
        int n = checkCount(i.readInt(), "training rows", 2);
        if (k >= n || (long) n * d > Integer.MAX_VALUE - 8) {
            throw new IOException("corrupt " + LofStrategy.NAME + " payload: k=" + k + ", rows=" + n + ", features=" + d);
        }
        double[] means = readDoubles(i, d);
        double[] scales = readDoubles(i, d);
        double[] points = readDoubles(i, n * d);
        double[] kdist = readDoubles(i, n);
        double[] lrd = readDoubles(i, n);
        Standardization st;
        try {
            st = new Standardization(means, scales);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt " + LofStrategy.NAME + " payload: " + e.getMessage(), e);
        }
        NeighborIndex index = NeighborIndex.build(points, d, opt.leafSize(), opt.maxTreeDimensions());
        LofTrainingSet t = LofTrainingSet.restore(points, d, k, kdist, lrd, index);
        return new LofDetector(FeatureSchema.of(names), opt, st, t, Runtime.getRuntime().availableProcessors());
    }

    private static int checkCount(int v, String what, int min) throws IOException {
        if (v < min) {
            throw new IOException("corrupt " + LofStrategy.NAME + " payload: " + what + " is " + v + ", expected >= " + min);
        }
        return v;
    }

    static void writeDoubles(DataOutputStream o, double[] v) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(v.length * Double.BYTES);
        b.asDoubleBuffer().put(v);
        o.write(b.array());
    }

    static double[] readDoubles(DataInputStream in, int n) throws IOException {
        byte[] bytes = new byte[n * Double.BYTES];
        in.readFully(bytes);
        double[] v = new double[n];
        ByteBuffer.wrap(bytes).asDoubleBuffer().get(v);
        return v;
    }
}
