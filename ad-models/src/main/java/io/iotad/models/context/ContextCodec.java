package io.iotad.models.context;

import io.iotad.core.artifact.PayloadReader;
import io.iotad.core.artifact.PayloadWriter;
import java.io.IOException;
import java.util.Arrays;

/**
 * The fitted part of a {@link ContextualStandardization} inside a detector's payload. The context's
 * options (mode, window, minimum days and peers) travel in the detector's options JSON; what the fit
 * learned, one scale floor per feature, follows the feature names as raw doubles (no length prefix:
 * the count is the feature count), and only when a context is enabled. A detector without context
 * writes nothing here, so its payload is byte-identical to one written before the option existed.
 */
public final class ContextCodec {
    private ContextCodec() {
    }

    /**
     * Writes the scale floors when the context is enabled, nothing otherwise.
     *
     * @param c the fitted context
     * @param w the payload writer
     * @throws IOException when writing fails
     */
    public static void write(ContextualStandardization c, PayloadWriter w) throws IOException {
        if (c.options().enabled()) {
            w.writeDoublesRaw(c.floors());
        }
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @param options the context options, from the detector's options JSON
     * @param r the payload reader, positioned after the feature names
     * @param features the feature count, at least 1
     * @return the fitted context; without context, unit floors
     * @throws IOException when the payload is truncated or a floor is invalid (a corrupt payload)
     */
    public static ContextualStandardization read(ContextOptions options, PayloadReader r, int features) throws IOException {
        if (!options.enabled()) {
            return ContextualStandardization.of(options, unitFloors(features));
        }
        double[] floors = r.readDoubles("context scale floors", features);
        try {
            return ContextualStandardization.of(options, floors);
        } catch (IllegalArgumentException e) {
            throw r.corrupt("context scale floors: " + e.getMessage(), e);
        }
    }

    /**
     * @param features the feature count
     * @return floors of 1.0, those of a detector without context
     */
    public static double[] unitFloors(int features) {
        double[] f = new double[features];
        Arrays.fill(f, 1.0);
        return f;
    }
}
