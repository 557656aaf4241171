package io.iotad.core.artifact;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorOptions;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes the fields of a detector payload, the one payload format of every codec (read back by
 * {@link PayloadReader}): big-endian ints, longs and booleans; doubles as their exact IEEE-754 bits;
 * strings as UTF-8 with an int byte-length prefix; arrays, lists and byte blocks with an int count
 * prefix; a strategy's options as a JSON object in a length-prefixed block. A payload starts with
 * its strategy's name ({@link #writeStrategy}). Does not close the
 * stream it wraps. Not thread-safe.
 */
public final class PayloadWriter {
    static final ObjectMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final DataOutputStream out;

    /** @param out where the payload goes; flushed by {@link #flush()}, never closed */
    public PayloadWriter(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    /**
     * Writes the strategy name a payload starts with, so that a payload handed to another
     * strategy's codec is refused by name ({@link PayloadReader#requireStrategy}).
     *
     * @param strategy the strategy's name, e.g. {@code "lof"}
     * @throws IOException when writing fails
     */
    public void writeStrategy(String strategy) throws IOException {
        writeString(strategy);
    }

    /**
     * @param v an int, 4 bytes
     * @throws IOException when writing fails
     */
    public void writeInt(int v) throws IOException {
        out.writeInt(v);
    }

    /**
     * @param v a long, 8 bytes
     * @throws IOException when writing fails
     */
    public void writeLong(long v) throws IOException {
        out.writeLong(v);
    }

    /**
     * @param v a double, written bit-exactly (NaN payload bits included), 8 bytes
     * @throws IOException when writing fails
     */
    public void writeDouble(double v) throws IOException {
        out.writeLong(Double.doubleToRawLongBits(v));
    }

    /**
     * @param v a boolean, 1 byte
     * @throws IOException when writing fails
     */
    public void writeBoolean(boolean v) throws IOException {
        out.writeBoolean(v);
    }

    /**
     * @param s a string, non-null, written as its UTF-8 byte count and bytes
     * @throws IOException when writing fails
     */
    public void writeString(String s) throws IOException {
        writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param bytes a byte block, written with its length
     * @throws IOException when writing fails
     */
    public void writeBytes(byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * @param values doubles, written with their count, each bit-exactly
     * @throws IOException when writing fails
     */
    public void writeDoubles(double[] values) throws IOException {
        out.writeInt(values.length);
        writeDoublesRaw(values);
    }

    /**
     * Writes doubles without a count, for arrays whose length follows from fields already written
     * (read back with {@link PayloadReader#readDoubles(String, int)}).
     *
     * @param values doubles, each bit-exactly
     * @throws IOException when writing fails
     */
    public void writeDoublesRaw(double[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(Math.min(values.length, 4096) * Double.BYTES);
        for (int i = 0; i < values.length; i++) {
            b.putLong(Double.doubleToRawLongBits(values[i]));
            if (!b.hasRemaining()) {
                out.write(b.array(), 0, b.position());
                b.clear();
            }
        }
        out.write(b.array(), 0, b.position());
    }

    /**
     * @param values ints, written with their count
     * @throws IOException when writing fails
     */
    public void writeInts(int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    /**
     * @param values strings, written with their count
     * @throws IOException when writing fails
     */
    public void writeStrings(List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String s : values) {
            writeString(s);
        }
    }

    /**
     * Writes a JSON-compatible map (the form of {@code DetectorOptions.toMap()}) as a length-prefixed
     * UTF-8 JSON object; doubles in their shortest round-tripping form.
     *
     * @param map numbers, strings, booleans, nulls, lists and maps
     * @throws IOException when writing fails or a value is not JSON-compatible
     */
    public void writeJson(Map<String, ?> map) throws IOException {
        writeBytes(JSON.writeValueAsBytes(map));
    }

    /**
     * Writes the start every binary detector payload shares: the strategy name
     * ({@link #writeStrategy}), the options as JSON ({@link DetectorOptions#toMap()}, {@link #writeJson})
     * and the feature names ({@link #writeStrings}).
     *
     * @param strategy the strategy's name, e.g. {@code lof}
     * @param detector the detector written
     * @throws IOException when writing fails
     */
    public void writeHeader(String strategy, Detector detector) throws IOException {
        writeStrategy(strategy);
        writeJson(detector.options().toMap());
        writeStrings(detector.features().names());
    }

    /**
     * Writes a value as a bare JSON document, without a length prefix: for payloads that are one
     * JSON document and nothing else ({@link PayloadReader#readJsonDocument(String)}).
     *
     * @param value anything Jackson can write
     * @throws IOException when writing fails
     */
    public void writeJsonDocument(Object value) throws IOException {
        JSON.writeValue((OutputStream) out, value);
    }

    /** @throws IOException when flushing fails */
    public void flush() throws IOException {
        out.flush();
    }
}
