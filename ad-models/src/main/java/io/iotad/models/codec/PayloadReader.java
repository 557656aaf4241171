package io.iotad.models.codec;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link PayloadWriter} wrote. Every length is checked against a bound before anything
 * is allocated, so a corrupt or hostile payload fails with an {@link IOException} naming the field
 * instead of exhausting memory. Does not close the stream it wraps. Not thread-safe.
 */
public final class PayloadReader {
    /** Upper bound on any length prefix: 256 Mi elements. */
    public static final int MAX_LENGTH = 1 << 28;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataInputStream in;

    /** @param in the payload; never closed */
    public PayloadReader(InputStream in) {
        this.in = new DataInputStream(in);
    }

    /**
     * @return the next int
     * @throws IOException when the payload ends early
     */
    public int readInt() throws IOException {
        return in.readInt();
    }

    /**
     * @return the next double, bit-exact
     * @throws IOException when the payload ends early
     */
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(in.readLong());
    }

    /**
     * @return the next boolean
     * @throws IOException when the payload ends early
     */
    public boolean readBoolean() throws IOException {
        return in.readBoolean();
    }

    /**
     * @param field what the value is, for error messages
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return the next int, within bounds
     * @throws IOException naming the field when it is out of bounds
     */
    public int readInt(String field, int min, int max) throws IOException {
        int v = in.readInt();
        if (v < min || v > max) {
            throw new IOException("corrupt payload: " + field + " is " + v + ", expected " + min + ".." + max);
        }
        return v;
    }

    /**
     * @param field name for messages
     * @return the next string
     * @throws IOException when corrupt
     */
    public String readString(String field) throws IOException {
        return new String(readBytes(field), StandardCharsets.UTF_8);
    }

    /**
     * @param field name for messages
     * @return the next byte block
     * @throws IOException when corrupt
     */
    public byte[] readBytes(String field) throws IOException {
        int n = readLength(field);
        byte[] b = new byte[n];
        try {
            in.readFully(b);
        } catch (EOFException e) {
            throw new IOException("corrupt payload: " + field + " is truncated", e);
        }
        return b;
    }

    /**
     * @param field name for messages
     * @return the next double array
     * @throws IOException when corrupt
     */
    public double[] readDoubles(String field) throws IOException {
        int n = readLength(field);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = readDouble();
        }
        return v;
    }

    /**
     * @param field name for messages
     * @return the next string list
     * @throws IOException when corrupt
     */
    public List<String> readStrings(String field) throws IOException {
        int n = readLength(field);
        List<String> out = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            out.add(readString(field));
        }
        return List.copyOf(out);
    }

    /**
     * @param field name for messages
     * @return the JSON map written by {@link PayloadWriter#writeJson}
     * @throws IOException when corrupt
     */
    public Map<String, Object> readJson(String field) throws IOException {
        byte[] b = readBytes(field);
        try {
            return JSON.readValue(b, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new IOException("corrupt payload: " + field + " is not a JSON object", e);
        }
    }

    private int readLength(String field) throws IOException {
        return readInt(field + " length", 0, MAX_LENGTH);
    }
}
