package io.iotad.features.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds line-break bytes ({@code \n} or {@code \r}) in a byte buffer eight bytes at a time (the classic
 * "has zero byte" bit trick, once per break byte). The lowest flagged byte of a word is always a real
 * match (a false flag can only follow a real one), so the first match is exact.
 */
final class LineBreaks {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private LineBreaks() {
    }

    /** @return the index of the first {@code \n} or {@code \r} in {@code b[from, to)}, or -1 */
    static int next(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            long n = w ^ NEWLINES;
            long r = w ^ RETURNS;
            long found = ((n - LOW_BITS) & ~n | (r - LOW_BITS) & ~r) & HIGH_BITS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                return i;
            }
        }
        return -1;
    }
}
