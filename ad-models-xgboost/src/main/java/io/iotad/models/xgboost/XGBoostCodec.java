package io.iotad.models.xgboost;

import io.iotad.core.artifact.PayloadReader;
import io.iotad.core.artifact.PayloadWriter;
import io.iotad.core.artifact.StrategyPayloadCodec;
import io.iotad.core.frame.FeatureSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Payload codec of the {@code xgboost} strategy, in the artifact payload format
 * ({@link PayloadWriter}). No Java serialization.
 *
 * <p>Version 2 (written): the strategy name; options as JSON; the feature names in column order; the scoring thread
 * count; the booster's own model ({@code Booster.toByteArray()}) as a length-prefixed block.
 *
 * <p>Version 1 (read only): magic {@code "IXGB"}; feature count and names (modified UTF-8); the
 * options field by field; the scoring thread count; the model's length and bytes.
 *
 * <p>The model bytes are XGBoost's own, in whichever encoding the writing xgboost4j used: the legacy binary
 * format ({@code "binf"}) from xgboost4j 1.6.2 (every version-1 payload, and version-2 payloads written
 * before the upgrade), which current XGBoost no longer reads and {@link XGBoostDetector} converts on load,
 * exactly ({@link LegacyBinaryModel}); UBJSON from xgboost4j 3.x. The detector tells them apart by content.
 */
public final class XGBoostCodec extends StrategyPayloadCodec<XGBoostDetector> {
    /** The payload version this codec writes. */
    public static final int VERSION = 2;
    private static final int MAGIC = 0x49584742; // "IXGB"

    /** Creates the codec. */
    public XGBoostCodec() {
        super(XGBoostStrategy.NAME, XGBoostDetector.class, VERSION);
    }

    @Override
    protected void write(XGBoostDetector d, PayloadWriter w) throws IOException {
        w.writeHeader(XGBoostStrategy.NAME, d);
        w.writeInt(d.threads());
        w.writeBytes(d.modelBytes());
    }

    @Override
    protected XGBoostDetector read(PayloadReader r, int version) throws IOException {
        List<String> names;
        XGBoostOptions x;
        if (version == 1) {
            int magic = r.readInt();
            if (magic != MAGIC) {
                throw r.corrupt("not an xgboost payload: magic 0x" + Integer.toHexString(magic)
                        + ", expected 0x" + Integer.toHexString(MAGIC));
            }
            names = r.readLegacyNames(r.readInt());
            x = new XGBoostOptions(r.readInt(), r.readInt(), r.readDouble(), r.readDouble(),
                    r.readDouble(), r.readDouble(), r.readDouble(), r.readDouble(), r.readDouble(), r.readDouble(),
                    r.readInt(), r.readModifiedUtf8("tree method"), r.readInt(), readSeed(r));
        } else {
            r.requireStrategy(XGBoostStrategy.NAME);
            x = XGBoostOptions.parse(r.readJson("options"));
            names = r.readStrings("feature names");
        }
        int threads = r.readInt("threads", 1, 4096);
        byte[] model = r.readBytes("model");
        // before the native library sees the model: nothing may follow it (in any version)
        r.requireEnd();
        return new XGBoostDetector(FeatureSchema.of(names), x, threads, model);
    }

    private static Long readSeed(PayloadReader r) throws IOException {
        boolean has = r.readBoolean();
        long s = r.readLong();
        return has ? s : null;
    }
}
