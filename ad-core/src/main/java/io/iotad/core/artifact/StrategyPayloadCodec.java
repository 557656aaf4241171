package io.iotad.core.artifact;

import io.iotad.core.detect.Detector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The frame every binary codec of one strategy shares: {@link #write(Detector, OutputStream)} checks that the
 * detector is this strategy's and writes through a {@link PayloadWriter}; {@link #read(InputStream, int)} refuses
 * an unknown version before reading, reads through a bounded {@link PayloadReader}, and turns a value the
 * detector's constructors refuse ({@link IllegalArgumentException}) into a {@link CorruptPayloadException} naming
 * the payload. A subclass writes and reads only its own fields.
 *
 * @param <D> the detector type this codec writes
 */
public abstract class StrategyPayloadCodec<D extends Detector> implements PayloadCodec {
    private final String strategy;
    private final Class<D> type;
    private final int version;

    /**
     * @param strategy the strategy's registry name (e.g. {@code lof}); payloads are named "{@code <strategy>} payload"
     *     in errors
     * @param type the detector class written
     * @param version the payload version written, at least 1; the subclass reads every version from 1 up to it
     * @throws IllegalArgumentException when {@code version} is below 1
     */
    protected StrategyPayloadCodec(String strategy, Class<D> type, int version) {
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, got " + version);
        }
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.type = Objects.requireNonNull(type, "type");
        this.version = version;
    }

    @Override
    public final int version() {
        return version;
    }

    @Override
    public final void write(Detector detector, OutputStream out) throws IOException {
        if (!type.isInstance(detector)) {
            throw new IllegalArgumentException("the " + strategy + " codec writes " + strategy + " detectors, got "
                    + (detector == null ? "null" : "strategy '" + detector.strategy() + "'"));
        }
        PayloadWriter w = new PayloadWriter(out);
        write(type.cast(detector), w);
        w.flush();
    }

    @Override
    public final Detector read(InputStream in, int payloadVersion) throws IOException {
        String what = strategy + " payload";
        PayloadReader.requireVersion(what, payloadVersion, version);
        PayloadReader r = new PayloadReader(in, what);
        try {
            return read(r, payloadVersion);
        } catch (IllegalArgumentException e) {
            throw r.corrupt(e.getMessage(), e);
        }
    }

    /**
     * Writes the detector's fields; the writer is flushed afterwards.
     *
     * @param detector the detector, of this codec's strategy
     * @param w the payload writer
     * @throws IOException when writing fails
     */
    protected abstract void write(D detector, PayloadWriter w) throws IOException;

    /**
     * Reads the fields of a payload of a known version.
     *
     * @param r the payload reader, bounded by the payload's limits; {@link PayloadReader#corrupt} names the payload
     * @param payloadVersion the payload's version, from 1 to {@link #version()}
     * @return the detector, scoring bit-identically to the one written
     * @throws IOException when the payload is truncated or corrupt
     * @throws IllegalArgumentException for a value the detector refuses; reported as a corrupt payload
     */
    protected abstract D read(PayloadReader r, int payloadVersion) throws IOException;
}
