package io.iotad.models.forecast;

import io.iotad.core.artifact.PayloadReader;
import io.iotad.core.artifact.PayloadWriter;
import io.iotad.core.artifact.StrategyPayloadCodec;
import java.io.IOException;

/** Payload of a {@code forecast} detector. Version 1: its options as JSON (the detector's whole state). */
public final class ForecastCodec extends StrategyPayloadCodec<ForecastDetector> {
    /** The payload version written. */
    public static final int VERSION = 1;

    /** Creates the codec. */
    public ForecastCodec() {
        super(ForecastStrategy.NAME, ForecastDetector.class, VERSION);
    }

    @Override
    protected void write(ForecastDetector d, PayloadWriter w) throws IOException {
        w.writeJson(d.options().toMap());
    }

    @Override
    protected ForecastDetector read(PayloadReader r, int version) throws IOException {
        ForecastDetector d = new ForecastDetector(ForecastOptions.parse(r.readJson("options")));
        r.requireEnd();
        return d;
    }
}
