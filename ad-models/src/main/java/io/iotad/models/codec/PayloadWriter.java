package io.iotad.models.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes the fields of a binary payload in big-endian order. Strings are UTF-8 with an int length
 * prefix (no 64 KiB limit), arrays carry their length, doubles their exact IEEE-754 bits. Does not
 * close the stream it wraps. Not thread-safe.
 */
public final class PayloadWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataOutputStream out;

    /** @param out where the payload goes; flushed by {@link #flush()}, never closed */
    public PayloadWriter(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    /**
     * @param v an int
     * @throws IOException when writing fails
     */
    public void writeInt(int v) throws IOException {
        out.writeInt(v);
    }

    /**
     * @param v a double, written bit-exactly (NaN included)
     * @throws IOException when writing fails
     */
    public void writeDouble(double v) throws IOException {
        out.writeLong(Double.doubleToRawLongBits(v));
    }

    /**
     * @param v a boolean
     * @throws IOException when writing fails
     */
    public void writeBoolean(boolean v) throws IOException {
        out.writeBoolean(v);
    }

    /**
     * @param s a string, non-null
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
     * @param values doubles, written with their count
     * @throws IOException when writing fails
     */
    public void writeDoubles(double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            writeDouble(v);
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
     * Writes a JSON-compatible map (the form of {@code DetectorOptions.toMap()}) as UTF-8 JSON.
     *
     * @param map numbers, strings, booleans, lists and maps
     * @throws IOException when writing fails or a value is not JSON-compatible
     */
    public void writeJson(Map<String, Object> map) throws IOException {
        writeBytes(JSON.writeValueAsBytes(map));
    }

    /** @throws IOException when flushing fails */
    public void flush() throws IOException {
        out.flush();
    }
}
