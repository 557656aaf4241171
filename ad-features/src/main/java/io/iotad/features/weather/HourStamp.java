package io.iotad.features.weather;

import io.iotad.core.data.DataException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the start of a weather hour: {@code YYYY-MM-DD}, {@code T} or a space, {@code HH:MM} with optional
 * {@code :SS} and fraction, then optionally {@code Z}, {@code ±HH:MM}, {@code ±HHMM} or {@code ±HH}. Without
 * an offset the caller's default applies (UTC for the processed CSV, as pandas' {@code utc=True};
 * {@code utc_offset_seconds} for the forecast API). The instant must start an hour.
 */
final class HourStamp {
    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private HourStamp() {
    }

    /**
     * @return the hour's start in seconds since the epoch
     * @throws DataException naming source, line, field and value when the text is not an hour start
     */
    static long epochSeconds(String text, int defaultOffsetSeconds, String source, long line, String field) {
        long fast = canonical(text, defaultOffsetSeconds);
        return fast != NOT_CANONICAL ? fast : parsed(text, defaultOffsetSeconds, source, line, field);
    }

    /** {@link #epochSeconds} through the regular expression alone: every form, every error (tests compare the two). */
    static long parsed(String text, int defaultOffsetSeconds, String source, long line, String field) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new DataException(source, line, field, text, "an hour as YYYY-MM-DDTHH:00[:00][Z|±HH:MM]");
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            boolean fractionZero = m.group(7) == null || m.group(7).chars().allMatch(c -> c == '0');
            if (local.getMinute() != 0 || local.getSecond() != 0 || !fractionZero) {
                throw new DataException(source, line, field, text, "the start of an hour (minutes and seconds 0)");
            }
            ZoneOffset offset = offset(m.group(8), defaultOffsetSeconds);
            return local.toEpochSecond(offset);
        } catch (DateTimeException e) {
            throw new DataException(source, line, field, text, "a real date and time (" + e.getMessage() + ")");
        }
    }

    /** What {@link #canonical} returns for a text it leaves to the full parser. */
    private static final long NOT_CANONICAL = Long.MIN_VALUE;

    /**
     * The common forms without the regular expression: {@code YYYY-MM-DD[T ]HH:00[:00]} then nothing,
     * {@code Z} or {@code ±HH:MM}, a valid date, an hour in [0, 23] and an offset within ±18 h. Anything
     * else (a fraction, other offset forms, white space, any error) returns {@link #NOT_CANONICAL}, so the
     * full parser decides, and words every error, as before.
     */
    private static long canonical(String t, int defaultOffsetSeconds) {
        int n = t.length();
        if (n < 16 || t.charAt(4) != '-' || t.charAt(7) != '-' || (t.charAt(10) != 'T' && t.charAt(10) != ' ')
                || t.charAt(13) != ':' || t.charAt(14) != '0' || t.charAt(15) != '0') {
            return NOT_CANONICAL;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) {
            return NOT_CANONICAL;
        }
        int at = 16;
        if (n >= 19 && t.charAt(16) == ':') {
            if (t.charAt(17) != '0' || t.charAt(18) != '0') {
                return NOT_CANONICAL;
            }
            at = 19;
        }
        int offsetSeconds;
        if (at == n) {
            offsetSeconds = defaultOffsetSeconds;
        } else if (at + 1 == n && t.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (at + 6 == n && (t.charAt(at) == '+' || t.charAt(at) == '-') && t.charAt(at + 3) == ':') {
            int oh = digits(t, at + 1, 2);
            int om = digits(t, at + 4, 2);
            if (oh < 0 || om < 0 || om > 59 || oh * 3600 + om * 60 > 18 * 3600) {
                return NOT_CANONICAL;
            }
            offsetSeconds = (t.charAt(at) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return NOT_CANONICAL;
        }
        if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return NOT_CANONICAL;
        }
        return java.time.LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L - offsetSeconds;
    }

    /** @return the decimal value of {@code count} ASCII digits at {@code from}, or -1 if one is not a digit */
    private static int digits(String t, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static ZoneOffset offset(String text, int defaultOffsetSeconds) {
        if (text == null) {
            return ZoneOffset.ofTotalSeconds(defaultOffsetSeconds);
        }
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = text.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
