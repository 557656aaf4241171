package io.iotad.features.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Parses {@code timestamp_str} of DATA-CONTRACT §1.1 from UTF-8 bytes to epoch nanoseconds:
 * exactly {@code YYYY-MM-DDTHH:MM:SS}, an optional fraction of 1 to 9 digits, then {@code Z} or
 * {@code ±HH:MM}. Nothing else is accepted: no space for {@code T}, no missing offset, no leap second.
 *
 * <p>Stricter than the pandas reference on one point: offsets with hours above 23 or minutes above 59
 * (which pandas accepts and normalises) are rejected as {@link QuarantineReason#INVALID_TIMESTAMP}.
 *
 * <p>A feed's lines mostly share their date with the line before, so a {@link LastDate} remembers the last
 * valid date part and its epoch day: a line on the same date skips parsing and validating it again.
 */
final class RawTimestamp {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private RawTimestamp() {
    }

    /**
     * @param b bytes
     * @param off first byte of the timestamp
     * @param len its length
     * @param last the date part of the last valid timestamp seen by this caller; updated
     * @return nanoseconds since 1970-01-01T00:00Z
     * @throws RejectedLine with {@link QuarantineReason#BAD_TIMESTAMP_FORMAT} or
     *     {@link QuarantineReason#INVALID_TIMESTAMP}
     */
    static long epochNanos(byte[] b, int off, int len, LastDate last) throws RejectedLine {
        if (len < 20) {
            throw format(b, off, len);
        }
        // a remembered date part is well-formed and valid: only the time of day and offset are left to check
        boolean known = last.matches(b, off);
        int year = 0;
        int month = 0;
        int day = 0;
        if (!known) {
            year = digits(b, off, 4, off, len);
            expect(b, off + 4, '-', off, len);
            month = digits(b, off + 5, 2, off, len);
            expect(b, off + 7, '-', off, len);
            day = digits(b, off + 8, 2, off, len);
        }
        expect(b, off + 10, 'T', off, len);
        int hour = digits(b, off + 11, 2, off, len);
        expect(b, off + 13, ':', off, len);
        int minute = digits(b, off + 14, 2, off, len);
        expect(b, off + 16, ':', off, len);
        int second = digits(b, off + 17, 2, off, len);
        int p = off + 19;
        int end = off + len;
        long fraction = 0;
        if (b[p] == '.') {
            int start = ++p;
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
            int n = p - start;
            if (n < 1 || n > 9) {
                throw format(b, off, len);
            }
            fraction = (long) digits(b, start, n, off, len) * POW10[9 - n];
        }
        int offsetSeconds;
        if (p < end && b[p] == 'Z' && p + 1 == end) {
            offsetSeconds = 0;
        } else if (p + 6 == end && (b[p] == '+' || b[p] == '-') && b[p + 3] == ':') {
            int oh = digits(b, p + 1, 2, off, len);
            int om = digits(b, p + 4, 2, off, len);
            if (oh > 23 || om > 59) {
                throw invalid(b, off, len, "offset must be at most 23:59");
            }
            offsetSeconds = (oh * 3600 + om * 60) * (b[p] == '-' ? -1 : 1);
        } else {
            throw format(b, off, len);
        }
        if (!known && (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))) {
            throw invalid(b, off, len, "no such date");
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw invalid(b, off, len, "no such time of day");
        }
        long days = known ? last.epochDay : epochDay(year, month, day);
        long seconds = days * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        // Long.MIN/MAX nanoseconds: 1677-09-21T00:12:43.145224192Z .. 2262-04-11T23:47:16.854775807Z
        if (seconds < -9_223_372_036L || seconds > 9_223_372_035L) {
            throw invalid(b, off, len, "outside the epoch-nanosecond range 1677-09-21 .. 2262-04-11");
        }
        if (!known) {
            last.remember(b, off, days);
        }
        return seconds * NANOS_PER_SECOND + fraction;
    }

    private static int digits(byte[] b, int p, int n, int off, int len) throws RejectedLine {
        int v = 0;
        for (int i = p; i < p + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                throw format(b, off, len);
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static void expect(byte[] b, int p, char c, int off, int len) throws RejectedLine {
        if (b[p] != c) {
            throw format(b, off, len);
        }
    }

    private static RejectedLine format(byte[] b, int off, int len) {
        return new RejectedLine(QuarantineReason.BAD_TIMESTAMP_FORMAT, "timestamp_str '" + text(b, off, len)
                + "' is not YYYY-MM-DDTHH:MM:SS[.fraction] followed by Z or ±HH:MM");
    }

    private static RejectedLine invalid(byte[] b, int off, int len, String why) {
        return new RejectedLine(QuarantineReason.INVALID_TIMESTAMP, "timestamp_str '" + text(b, off, len) + "': " + why);
    }

    private static String text(byte[] b, int off, int len) {
        return new String(b, off, Math.min(len, 64), java.nio.charset.StandardCharsets.UTF_8);
    }

    static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                return isLeap(year) ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /**
     * The date part ({@code YYYY-MM-DD}, ten bytes) of the last valid timestamp and its epoch day, compared
     * eight plus two bytes at a time. Starts empty (no timestamp begins with two zero bytes). Not thread-safe:
     * one per line parser.
     */
    static final class LastDate {
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final VarHandle SHORTS = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

        private long head;
        private short tail;
        private long epochDay;

        /** @return whether {@code b[off, off + 10)} is the remembered date part (needs 10 readable bytes) */
        boolean matches(byte[] b, int off) {
            return (short) SHORTS.get(b, off + 8) == tail && (long) LONGS.get(b, off) == head && tail != 0;
        }

        void remember(byte[] b, int off, long day) {
            head = (long) LONGS.get(b, off);
            tail = (short) SHORTS.get(b, off + 8);
            epochDay = day;
        }
    }
}
