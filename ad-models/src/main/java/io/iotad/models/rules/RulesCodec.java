package io.iotad.models.rules;

import io.iotad.core.artifact.IdKeyedTable;
import io.iotad.core.artifact.PayloadReader;
import io.iotad.core.artifact.PayloadWriter;
import io.iotad.core.artifact.StrategyPayloadCodec;
import java.io.IOException;
import java.util.Map;

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
        IdKeyedTable.write(w, d.apartmentThresholdsKwh(), PayloadWriter::writeDouble);
    }

    @Override
    protected RulesDetector read(PayloadReader r, int version) throws IOException {
        RulesOptions options = RulesOptions.fromMap(r.readJson("options"));
        double global = r.readDouble();
        Map<String, Double> own = IdKeyedTable.read(r, "apartment count", "apartment id", Integer.BYTES + Double.BYTES,
                PayloadReader::readDouble);
        return new RulesDetector(options, global, own);
    }
}
