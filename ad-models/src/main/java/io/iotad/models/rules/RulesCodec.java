package io.iotad.models.rules;

import io.iotad.core.artifact.PayloadReader;
import io.iotad.core.artifact.PayloadWriter;
import io.iotad.core.artifact.StrategyPayloadCodec;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Payload of a {@code rules} detector. Version 1: options as JSON (the operators' rules included),
 * the global energy threshold (kWh, IEEE-754 bits), then the count and (apartment id, threshold)
 * pairs sorted by id.
 */
final class RulesCodec extends StrategyPayloadCodec<RulesDetector> {
    /** The payload version written. */
    public static final int VERSION = 1;

    /** Creates the codec. */
    public RulesCodec() {
        super(RulesStrategy.NAME, RulesDetector.class, VERSION);
    }

    @Override
    protected void write(RulesDetector d, PayloadWriter w) throws IOException {
        w.writeJson(d.options().toMap());
        w.writeDouble(d.globalThresholdKwh());
        w.writeInt(d.apartmentThresholdsKwh().size());
        for (Map.Entry<String, Double> e : d.apartmentThresholdsKwh().entrySet()) {
            w.writeString(e.getKey());
            w.writeDouble(e.getValue());
        }
    }

    @Override
    protected RulesDetector read(PayloadReader r, int version) throws IOException {
        RulesOptions options = RulesOptions.fromMap(r.readJson("options"));
        double global = r.readDouble();
        int n = r.readCount("apartment count", Integer.BYTES + Double.BYTES);
        Map<String, Double> own = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            own.put(r.readString("apartment id"), r.readDouble());
        }
        return new RulesDetector(options, global, own);
    }
}
