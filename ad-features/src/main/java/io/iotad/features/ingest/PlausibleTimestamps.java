package io.iotad.features.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Which instants a reading may plausibly carry (DATA-CONTRACT §1.1 says only that timestamps parse; a
 * meter whose clock was reset sends 1970, a broken one 2099). A line outside the window is quarantined
 * with a named reason, so one stray line can neither stretch an apartment over a century (stopping the
 * whole portfolio), nor create {@code year=1970} lake partitions, nor become the last day to score.
 * Validated on construction; the window of a file comes from {@link #window}.
 *
 * <ul>
 *   <li>{@link QuarantineReason#TIMESTAMP_IN_FUTURE}: later than the run's clock plus {@code maxFutureHours};</li>
 *   <li>{@link QuarantineReason#TIMESTAMP_TOO_OLD}: earlier than the run's clock minus {@code maxReadingAgeDays};</li>
 *   <li>{@link QuarantineReason#TIMESTAMP_OUTSIDE_FILE_DAY}: when the file's path names a day D ({@link FileDay}),
 *       earlier than the start of D (UTC) minus {@code maxLateDays} days, or at or after the end of D plus one
 *       day (the slack for local-day files and clock skew).</li>
 * </ul>
 *
 * @param maxLateDays days a reading may lie before the day its file's path names (late delivery), in [0, 3660]
 * @param maxFutureHours hours a reading may lie after the run's clock (clock skew), in [0, 8760]
 * @param maxReadingAgeDays days a reading may lie before the run's clock, in [1, 36600]
 */
public record PlausibleTimestamps(int maxLateDays, int maxFutureHours, int maxReadingAgeDays) {
    /** Default {@link #maxLateDays()}: a month of late delivery. */
    public static final int DEFAULT_MAX_LATE_DAYS = 31;
    /** Default {@link #maxFutureHours()}: a day of clock skew. */
    public static final int DEFAULT_MAX_FUTURE_HOURS = 24;
    /** Default {@link #maxReadingAgeDays()}: ten years, the longest span one apartment's readings may cover. */
    public static final int DEFAULT_MAX_READING_AGE_DAYS = 3660;

    private static final long NANOS_PER_HOUR = 3_600_000_000_000L;
    private static final long NANOS_PER_DAY = 24 * NANOS_PER_HOUR;

    /** Validates the limits. */
    public PlausibleTimestamps {
        check("maxLateDays", maxLateDays, 0, 3660);
        check("maxFutureHours", maxFutureHours, 0, 8760);
        check("maxReadingAgeDays", maxReadingAgeDays, 1, 36600);
    }

    /** @return the defaults: 31 days late, 24 hours ahead, ten years old */
    public static PlausibleTimestamps defaults() {
        return new PlausibleTimestamps(DEFAULT_MAX_LATE_DAYS, DEFAULT_MAX_FUTURE_HOURS, DEFAULT_MAX_READING_AGE_DAYS);
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
    }

    /**
     * @param now the run's clock
     * @param fileDay the day the file's path names, or null
     * @return the window of one file's readings
     */
    Window window(Instant now, LocalDate fileDay) {
        long clock = saturatedNanos(now);
        long future = saturatedAdd(clock, maxFutureHours * NANOS_PER_HOUR);
        long age = saturatedAdd(clock, -maxReadingAgeDays * NANOS_PER_DAY);
        long low = Long.MIN_VALUE;
        long high = Long.MAX_VALUE;
        long dayStart = 0;
        if (fileDay != null) {
            dayStart = saturatedNanos(fileDay.atStartOfDay(ZoneOffset.UTC).toInstant());
            low = saturatedAdd(dayStart, -maxLateDays * NANOS_PER_DAY);
            high = saturatedAdd(dayStart, 2 * NANOS_PER_DAY);
        }
        return new Window(this, now, fileDay, dayStart, future, age, low, high);
    }

    private static long saturatedNanos(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
        } catch (ArithmeticException e) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return b < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    /**
     * The plausible instants of one file's readings, as epoch-nanosecond bounds: three comparisons a line,
     * the explanation built only for a line that fails.
     */
    record Window(PlausibleTimestamps limits, Instant now, LocalDate fileDay, long fileDayStart, long futureLimit,
                  long ageLimit, long fileDayLow, long fileDayHigh) {
        /** @return the reason a reading at {@code t} is implausible, or null when it is plausible */
        QuarantineReason reject(long t) {
            if (t > futureLimit) {
                return QuarantineReason.TIMESTAMP_IN_FUTURE;
            }
            if (t < ageLimit) {
                return QuarantineReason.TIMESTAMP_TOO_OLD;
            }
            if (t < fileDayLow || t >= fileDayHigh) {
                return QuarantineReason.TIMESTAMP_OUTSIDE_FILE_DAY;
            }
            return null;
        }

        /** @return why {@code reason} applies to the reading {@code text} at {@code t}, naming the limit to change */
        String explain(QuarantineReason reason, String text, long t) {
            String ts = "timestamp_str '" + text + "'";
            return switch (reason) {
                case TIMESTAMP_IN_FUTURE -> String.format(Locale.ROOT, "%s is %d hours after the run's clock %s; at most "
                        + "max_future_hours = %d are accepted (feature_engineering.max_future_hours)", ts,
                        Math.floorDiv(t - futureLimit, NANOS_PER_HOUR) + limits.maxFutureHours(), now, limits.maxFutureHours());
                case TIMESTAMP_TOO_OLD -> String.format(Locale.ROOT, "%s is more than max_reading_age_days = %d days before the run's "
                        + "clock %s (feature_engineering.max_reading_age_days): a meter clock reset?", ts,
                        limits.maxReadingAgeDays(), now);
                default -> t < fileDayLow
                        ? String.format(Locale.ROOT, "%s is %d days before %s, the day the file's path names; at most max_late_days = %d "
                                + "days of late delivery are accepted (feature_engineering.max_late_days)", ts,
                                Math.floorDiv(fileDayStart - t + NANOS_PER_DAY - 1, NANOS_PER_DAY), fileDay, limits.maxLateDays())
                        : String.format(Locale.ROOT, "%s is more than a day after the end of %s, the day the file's path names", ts, fileDay);
            };
        }
    }
}
