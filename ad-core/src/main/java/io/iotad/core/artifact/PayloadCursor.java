package io.iotad.core.artifact;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.function.BiFunction;

/**
 * The byte position of a {@link PayloadReader} over a payload held in memory: big-endian primitives,
 * each checked against the bytes left before it is read, so that an early end is a
 * {@link CorruptPayloadException} naming the offset and what was being read. Not thread-safe.
 */
final class PayloadCursor {
    private final DataInputStream in;
    private final long size;
    private final BiFunction<String, Throwable, CorruptPayloadException> corrupt;
    private long position;

    /**
     * @param bytes the payload; never closed
     * @param corrupt makes the exception for a problem (and its cause, possibly null), naming the payload
     */
    PayloadCursor(ByteArrayInputStream bytes, BiFunction<String, Throwable, CorruptPayloadException> corrupt) {
        this.in = new DataInputStream(bytes);
        this.size = bytes.available();
        this.corrupt = corrupt;
    }

    long position() {
        return position;
    }

    long remaining() {
        return size - position;
    }

    boolean atEnd() {
        return remaining() <= 0;
    }

    int readInt() throws IOException {
        need(4, "an int");
        try {
            int v = in.readInt();
            position += 4;
            return v;
        } catch (EOFException e) {
            throw early("an int", e);
        }
    }

    long readLong() throws IOException {
        need(8, "a long");
        try {
            long v = in.readLong();
            position += 8;
            return v;
        } catch (EOFException e) {
            throw early("a long", e);
        }
    }

    boolean readBoolean() throws IOException {
        need(1, "a boolean");
        try {
            boolean v = in.readBoolean();
            position += 1;
            return v;
        } catch (EOFException e) {
            throw early("a boolean", e);
        }
    }

    int readUnsignedShort(String field) throws IOException {
        need(2, field);
        try {
            int v = in.readUnsignedShort();
            position += 2;
            return v;
        } catch (EOFException e) {
            throw early(field, e);
        }
    }

    /** @return the next {@code n} bytes, after checking that the payload holds them */
    byte[] readFully(int n, String field) throws IOException {
        if (n > remaining()) {
            throw corrupt.apply(field + " is truncated: it needs " + n + " bytes but only " + remaining() + " are left", null);
        }
        byte[] b = new byte[n];
        readInto(b, n, field);
        return b;
    }

    void readInto(byte[] b, int n, String field) throws IOException {
        try {
            in.readFully(b, 0, n);
            position += n;
        } catch (EOFException e) {
            throw corrupt.apply(field + " is truncated at offset " + position, e);
        }
    }

    /** @return the rest of the payload, at most {@code max} bytes */
    byte[] readRest(int max) throws IOException {
        byte[] b = in.readNBytes(max);
        position += b.length;
        return b;
    }

    void need(int n, String field) throws CorruptPayloadException {
        if (remaining() < n) {
            throw early(field, null);
        }
    }

    private CorruptPayloadException early(String field, Throwable cause) {
        return corrupt.apply("truncated: the payload ends at offset " + position + ", reading " + field, cause);
    }
}
