package io.iotad.models.rules;

import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.detect.Detector;
import io.iotad.core.artifact.PayloadReader;
import io.iotad.core.artifact.PayloadWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Payload of a {@code rules} detector. Version 1: options as JSON (the operators' rules included),
 * the global energy threshold (kWh, IEEE-754 bits), then the count and (apartment id, threshold)
 * pairs sorted by id.
 */
final class RulesCodec implements PayloadCodec {
    /** The payload version written. */
    public static final int VERSION = 1;

    /** Creates the codec. */
    public RulesCodec() {
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(Detector detector, OutputStream out) throws IOException {
        if (!(detector instanceof RulesDetector d)) {
            throw new IllegalArgumentException("the rules codec writes rules detectors, got " + detector.strategy());
        }
        PayloadWriter w = new PayloadWriter(out);
        w.writeJson(d.options().toMap());
        w.writeDouble(d.globalThresholdKwh());
        w.writeInt(d.apartmentThresholdsKwh().size());
        for (Map.Entry<String, Double> e : d.apartmentThresholdsKwh().entrySet()) {
            w.writeString(e.getKey());
            w.writeDouble(e.getValue());
        }
        w.flush();
    }

    @Override
    public Detector read(InputStream in, int version) throws IOException {
        PayloadReader.requireVersion("rules payload", version, VERSION);
        PayloadReader r = new PayloadReader(in, "rules payload");
        try {
            RulesOptions options = RulesOptions.fromMap(r.readJson("options"));
            double global = r.readDouble();
            int n = r.readCount("apartment count", Integer.BYTES + Double.BYTES);
            Map<String, Double> own = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                own.put(r.readString("apartment id"), r.readDouble());
            }
            return new RulesDetector(options, global, own);
        } catch (IllegalArgumentException e) {
            throw r.corrupt(e.getMessage(), e);
        }
    }
}
