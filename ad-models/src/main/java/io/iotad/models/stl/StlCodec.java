package io.iotad.models.stl;

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
 * Payload of an {@code stl} detector. Version 1: options as JSON, the pooled scale (IEEE-754
 * bits), the apartment count, then each apartment id and its scale, sorted by id.
 */
final class StlCodec implements PayloadCodec {
    /** The payload version written. */
    public static final int VERSION = 1;

    /** Creates the codec. */
    public StlCodec() {
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(Detector detector, OutputStream out) throws IOException {
        if (!(detector instanceof StlDetector d)) {
            throw new IllegalArgumentException("the stl codec writes stl detectors, got " + detector.strategy());
        }
        PayloadWriter w = new PayloadWriter(out);
        w.writeJson(d.options().toMap());
        w.writeDouble(d.globalScale());
        w.writeInt(d.apartmentScales().size());
        for (Map.Entry<String, Double> e : d.apartmentScales().entrySet()) {
            w.writeString(e.getKey());
            w.writeDouble(e.getValue());
        }
        w.flush();
    }

    @Override
    public Detector read(InputStream in, int version) throws IOException {
        PayloadReader.requireVersion("stl payload", version, VERSION);
        PayloadReader r = new PayloadReader(in, "stl payload");
        StlOptions options;
        try {
            options = StlOptions.fromMap(r.readJson("options"));
        } catch (IllegalArgumentException e) {
            throw r.corrupt(e.getMessage(), e);
        }
        double global = r.readDouble();
        int n = r.readCount("apartment count", Integer.BYTES + Double.BYTES);
        Map<String, Double> scales = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            scales.put(r.readString("apartment id"), r.readDouble());
        }
        try {
            return new StlDetector(options, global, scales);
        } catch (IllegalArgumentException e) {
            throw r.corrupt(e.getMessage(), e);
        }
    }
}
