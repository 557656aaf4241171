package io.iotad.features.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A mutable view of UTF-8 bytes (a decoded JSON string) inside a buffer owned by the parser. Hashing and
 * comparison read eight bytes at a time: they run for every id, sensor type and room name of the feed.
 */
final class ByteSlice {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    byte[] bytes;
    int offset;
    int length;

    void set(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /** @return a hash of the bytes, spread for open addressing */
    int hash() {
        long h = 0x9E3779B97F4A7C15L ^ length;
        byte[] b = bytes;
        int i = offset;
        int end = offset + length;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * 0xBF58476D1CE4E5B9L;
        }
        for (; i < end; i++) {
            h = (h ^ b[i]) * 0x94D049BB133111EBL;
        }
        h ^= h >>> 31;
        return (int) (h ^ (h >>> 32));
    }

    boolean contentEquals(byte[] other) {
        int n = length;
        if (other.length != n) {
            return false;
        }
        byte[] b = bytes;
        int off = offset;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            if ((long) LONGS.get(b, off + i) != (long) LONGS.get(other, i)) {
                return false;
            }
        }
        for (; i < n; i++) {
            if (other[i] != b[off + i]) {
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
