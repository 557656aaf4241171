package io.iotad.models.xgboost;

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
 * Payload codec of the {@code xgboost} strategy. Layout (big-endian, {@link DataOutputStream}), the same in
 * both versions: magic {@code "IXGB"}; feature count and names (modified UTF-8) in column order; the options
 * field by field; the scoring thread count; the length and bytes of the booster's own model
 * ({@code Booster.toByteArray()}). No Java serialization. The versions differ in the model bytes:
 * <ul>
 *   <li>version 1 (xgboost4j 1.6.2): XGBoost's legacy binary format ({@code "binf"}), which current
 *       XGBoost no longer reads; it is converted on load, exactly ({@link LegacyBinaryModel}), so such
 *       payloads still score as they did;</li>
 *   <li>version 2 (xgboost4j 3.x, written now): XGBoost's UBJSON model.</li>
 * </ul>
 * A build that knows only version 1 refuses a version-2 payload by its version, before reading the model.
 */
public final class XGBoostCodec implements PayloadCodec {
    /** The payload version this codec writes (it reads 1 and 2). */
    public static final int VERSION = 2;
    private static final int MAGIC = 0x49584742; // "IXGB"
    private static final int MAX_FEATURES = 1_000_000;
    private static final int MAX_MODEL_BYTES = 1 << 30;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(Detector detector, OutputStream out) throws IOException {
        if (!(detector instanceof XGBoostDetector d)) {
            throw new IllegalArgumentException("the xgboost codec cannot write a detector of strategy '"
                    + detector.strategy() + "' (" + detector.getClass().getName() + ")");
        }
        DataOutputStream o = new DataOutputStream(out);
        o.writeInt(MAGIC);
        List<String> names = d.features().names();
        o.writeInt(names.size());
        for (String n : names) {
            o.writeUTF(n);
        }
        XGBoostOptions x = d.options();
        o.writeInt(x.trees());
        o.writeInt(x.maxDepth());
        o.writeDouble(x.eta());
        o.writeDouble(x.subsample());
        o.writeDouble(x.colsampleByTree());
        o.writeDouble(x.minChildWeight());
        o.writeDouble(x.minSplitLoss());
        o.writeDouble(x.lambda());
        o.writeDouble(x.alpha());
        o.writeDouble(x.scalePosWeight());
        o.writeInt(x.maxBin());
        o.writeUTF(x.treeMethod());
        o.writeInt(x.threads());
        o.writeBoolean(x.seed() != null);
        o.writeLong(x.seed() == null ? 0L : x.seed());
        o.writeInt(d.threads());
        byte[] model = d.modelBytes();
        o.writeInt(model.length);
        o.write(model);
        o.flush();
    }

    @Override
    public Detector read(InputStream in, int version) throws IOException {
        PayloadVersions.require("xgboost payload", version, VERSION);
        DataInputStream i = new DataInputStream(in);
        try {
            int magic = i.readInt();
            if (magic != MAGIC) {
                throw new IOException("not an xgboost payload: magic 0x" + Integer.toHexString(magic)
                        + ", expected 0x" + Integer.toHexString(MAGIC));
            }
            int nf = bounded(i.readInt(), MAX_FEATURES, "feature count");
            List<String> names = new ArrayList<>(nf);
            for (int k = 0; k < nf; k++) {
                names.add(i.readUTF());
            }
            XGBoostOptions x = new XGBoostOptions(i.readInt(), i.readInt(), i.readDouble(), i.readDouble(),
                    i.readDouble(), i.readDouble(), i.readDouble(), i.readDouble(), i.readDouble(), i.readDouble(),
                    i.readInt(), i.readUTF(), i.readInt(), readSeed(i));
            int threads = i.readInt();
            byte[] model = new byte[bounded(i.readInt(), MAX_MODEL_BYTES, "model length")];
            i.readFully(model);
            return new XGBoostDetector(FeatureSchema.of(names), x, threads, model);
        } catch (EOFException e) {
            throw new IOException("xgboost payload is truncated", e);
        } catch (IllegalArgumentException e) {
            throw new IOException("xgboost payload is corrupt: " + e.getMessage(), e);
        }
    }

    private static Long readSeed(DataInputStream i) throws IOException {
        boolean has = i.readBoolean();
        long s = i.readLong();
        return has ? s : null;
    }

    private static int bounded(int v, int max, String what) throws IOException {
        if (v < 0 || v > max) {
            throw new IOException("xgboost payload is corrupt: " + what + " " + v + " outside [0, " + max + "]");
        }
        return v;
    }
}
