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
