package io.iotad.models.regression;

import io.iotad.core.artifact.IdKeyedTable;
import io.iotad.core.artifact.PayloadReader;
import io.iotad.core.artifact.PayloadWriter;
import io.iotad.core.artifact.StrategyPayloadCodec;
import java.io.IOException;
import java.util.Map;

/**
 * Payload of an {@code lr_residual} detector. Version 1: options as JSON; the global fit; the
 * building fits and the apartment fits, each as a count then (id, fit) sorted by id. A fit is its
 * coefficients (intercept first, IEEE-754 bits), residual standard error and row count.
 */
final class LrResidualCodec extends StrategyPayloadCodec<LrResidualDetector> {
    /** The payload version written. */
    public static final int VERSION = 1;

    /** Creates the codec. */
    public LrResidualCodec() {
        super(LrResidualStrategy.NAME, LrResidualDetector.class, VERSION);
    }

    @Override
    protected void write(LrResidualDetector d, PayloadWriter w) throws IOException {
        w.writeJson(d.options().toMap());
        writeFit(w, d.globalFit());
        IdKeyedTable.write(w, d.buildingFits(), LrResidualCodec::writeFit);
        IdKeyedTable.write(w, d.apartmentFits(), LrResidualCodec::writeFit);
    }

    private static void writeFit(PayloadWriter w, LinearFit f) throws IOException {
        w.writeDoubles(f.coefficients());
        w.writeDouble(f.residualStd());
        w.writeInt(f.rows());
    }

    @Override
    protected LrResidualDetector read(PayloadReader r, int version) throws IOException {
        LrResidualOptions options = LrResidualOptions.fromMap(r.readJson("options"));
        LinearFit global = readFit(r);
        Map<String, LinearFit> buildings = readFits(r, "building");
        Map<String, LinearFit> apartments = readFits(r, "apartment");
        return new LrResidualDetector(options, global, buildings, apartments);
    }

    private static Map<String, LinearFit> readFits(PayloadReader r, String what) throws IOException {
        return IdKeyedTable.read(r, what + " fit count", what + " id", 5 * Integer.BYTES + Double.BYTES, LrResidualCodec::readFit);
    }

    private static LinearFit readFit(PayloadReader r) throws IOException {
        double[] beta = r.readDoubles("coefficients");
        double se = r.readDouble();
        int rows = r.readInt();
        return new LinearFit(beta, se, rows);
    }
}
