package io.iotad.models.stl;

import io.iotad.core.artifact.IdKeyedTable;
import io.iotad.core.artifact.PayloadReader;
import io.iotad.core.artifact.PayloadWriter;
import io.iotad.core.artifact.StrategyPayloadCodec;
import java.io.IOException;
import java.util.Map;

/**
 * Payload of an {@code stl} detector. Version 1: options as JSON, the pooled scale (IEEE-754
 * bits), the apartment count, then each apartment id and its scale, sorted by id.
 */
final class StlCodec extends StrategyPayloadCodec<StlDetector> {
    /** The payload version written. */
    public static final int VERSION = 1;

    /** Creates the codec. */
    public StlCodec() {
        super(StlStrategy.NAME, StlDetector.class, VERSION);
    }

    @Override
    protected void write(StlDetector d, PayloadWriter w) throws IOException {
        w.writeJson(d.options().toMap());
        w.writeDouble(d.globalScale());
        IdKeyedTable.write(w, d.apartmentScales(), PayloadWriter::writeDouble);
    }

    @Override
    protected StlDetector read(PayloadReader r, int version) throws IOException {
        StlOptions options = StlOptions.fromMap(r.readJson("options"));
        double global = r.readDouble();
        Map<String, Double> scales = IdKeyedTable.read(r, "apartment count", "apartment id", Integer.BYTES + Double.BYTES,
                PayloadReader::readDouble);
        return new StlDetector(options, global, scales);
    }
}
