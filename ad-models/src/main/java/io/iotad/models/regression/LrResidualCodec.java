package io.iotad.models.regression;

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
 * Payload of an {@code lr_residual} detector. Version 1: options as JSON; the global fit; the
 * building fits and the apartment fits, each as a count then (id, fit) sorted by id. A fit is its
 * coefficients (intercept first, IEEE-754 bits), residual standard error and row count.
 */
final class LrResidualCodec implements PayloadCodec {
    /** The payload version written. */
    public static final int VERSION = 1;

    /** Creates the codec. */
    public LrResidualCodec() {
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(Detector detector, OutputStream out) throws IOException {
        if (!(detector instanceof LrResidualDetector d)) {
            throw new IllegalArgumentException("the lr_residual codec writes lr_residual detectors, got "
                    + detector.strategy());
        }
        PayloadWriter w = new PayloadWriter(out);
        w.writeJson(d.options().toMap());
        writeFit(w, d.globalFit());
        writeFits(w, d.buildingFits());
        writeFits(w, d.apartmentFits());
        w.flush();
    }

    private static void writeFits(PayloadWriter w, Map<String, LinearFit> fits) throws IOException {
        w.writeInt(fits.size());
        for (Map.Entry<String, LinearFit> e : fits.entrySet()) {
            w.writeString(e.getKey());
            writeFit(w, e.getValue());
        }
    }

    private static void writeFit(PayloadWriter w, LinearFit f) throws IOException {
        w.writeDoubles(f.coefficients());
        w.writeDouble(f.residualStd());
        w.writeInt(f.rows());
    }

    @Override
    public Detector read(InputStream in, int version) throws IOException {
        PayloadReader.requireVersion("lr_residual payload", version, VERSION);
        PayloadReader r = new PayloadReader(in, "lr_residual payload");
        try {
            LrResidualOptions options = LrResidualOptions.fromMap(r.readJson("options"));
            LinearFit global = readFit(r);
            Map<String, LinearFit> buildings = readFits(r, "building");
            Map<String, LinearFit> apartments = readFits(r, "apartment");
            return new LrResidualDetector(options, global, buildings, apartments);
        } catch (IllegalArgumentException e) {
            throw r.corrupt(e.getMessage(), e);
        }
    }

    private static Map<String, LinearFit> readFits(PayloadReader r, String what) throws IOException {
        int n = r.readCount(what + " fit count", 5 * Integer.BYTES + Double.BYTES);
        Map<String, LinearFit> m = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            m.put(r.readString(what + " id"), readFit(r));
        }
        return m;
    }

    private static LinearFit readFit(PayloadReader r) throws IOException {
        double[] beta = r.readDoubles("coefficients");
        double se = r.readDouble();
        int rows = r.readInt();
        return new LinearFit(beta, se, rows);
    }
}
