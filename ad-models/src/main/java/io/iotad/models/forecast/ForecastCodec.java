package io.iotad.models.forecast;

import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.artifact.PayloadReader;
import io.iotad.core.artifact.PayloadWriter;
import io.iotad.core.detect.Detector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Payload of a {@code forecast} detector. Version 1: its options as JSON (the detector's whole state). */
public final class ForecastCodec implements PayloadCodec {
    /** The payload version written. */
    public static final int VERSION = 1;

    /** Creates the codec. */
    public ForecastCodec() {
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(Detector detector, OutputStream out) throws IOException {
        if (!(detector instanceof ForecastDetector d)) {
            throw new IllegalArgumentException("the " + ForecastStrategy.NAME + " codec writes " + ForecastStrategy.NAME
                    + " detectors, got " + (detector == null ? "null" : detector.strategy()));
        }
        PayloadWriter w = new PayloadWriter(out);
        w.writeJson(d.options().toMap());
        w.flush();
    }

    @Override
    public Detector read(InputStream in, int version) throws IOException {
        PayloadReader.requireVersion(ForecastStrategy.NAME + " payload", version, VERSION);
        PayloadReader r = new PayloadReader(in, ForecastStrategy.NAME + " payload");
        try {
            ForecastDetector d = new ForecastDetector(ForecastOptions.parse(r.readJson("options")));
            r.requireEnd();
            return d;
        } catch (IllegalArgumentException e) {
            throw r.corrupt(e.getMessage(), e);
        }
    }
}
