package io.iotad.features.ingest;

import java.nio.charset.StandardCharsets;

/** A mutable view of UTF-8 bytes (a decoded JSON string) inside a buffer owned by the parser. */
final class ByteSlice {
    byte[] bytes;
    int offset;
    int length;

    void set(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /** @return FNV-1a-style hash of the bytes, spread for open addressing */
    int hash() {
        int h = 0x811c9dc5;
        byte[] b = bytes;
        for (int i = offset, end = offset + length; i < end; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    boolean contentEquals(byte[] other) {
        if (other.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (other[i] != bytes[offset + i]) {
                return false;
            }
        }
        return true;
    }

    byte[] copy() {
        byte[] c = new byte[length];
        System.arraycopy(bytes, offset, c, 0, length);
        return c;
    }

    @Override
    public String toString() {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }
}
