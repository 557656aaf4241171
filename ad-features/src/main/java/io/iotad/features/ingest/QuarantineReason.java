package io.iotad.features.ingest;

import java.util.Locale;

/**
 * Why a raw line (or the rest of a file) was quarantined instead of ingested (DATA-CONTRACT §1.1).
 * Each reason has a stable snake_case {@link #code() code} used in the quarantine file and the run report.
 */
public enum QuarantineReason {
    /** The line is not valid JSON (syntax error, truncated line, trailing garbage). */
    INVALID_JSON,
    /** A string in the line is not well-formed UTF-8. */
    INVALID_UTF8,
    /** The line is longer than {@link IngestOptions#maxLineBytes()}. */
    LINE_TOO_LONG,
    /** The line is valid JSON but not an object. */
    NOT_AN_OBJECT,
    /** A required field ({@code timestamp_str}, {@code apartment_id}, {@code building_id}, {@code readings},
     *  {@code readings[i].sensor_type}, {@code readings[i].value}) is absent. */
    MISSING_FIELD,
    /** A field has the wrong JSON type (an id that is not a string, {@code readings} not an array, ...). */
    WRONG_TYPE,
    /** {@code apartment_id} or {@code building_id} is the empty string. */
    EMPTY_ID,
    /** A reading's {@code value} is not a JSON number (a string, boolean, null, object or array). */
    VALUE_NOT_NUMBER,
    /** A reading's {@code value} is NaN, ±Infinity or overflows a double. */
    VALUE_NOT_FINITE,
    /** {@code timestamp_str} is not {@code YYYY-MM-DDTHH:MM:SS[.fraction]} followed by {@code Z} or {@code ±HH:MM}. */
    BAD_TIMESTAMP_FORMAT,
    /** {@code timestamp_str} has the right shape but names no real instant (2024-02-30, hour 25, offset +05:75,
     *  or outside the epoch-nanosecond range 1677-09-21 .. 2262-04-11). */
    INVALID_TIMESTAMP,
    /** {@code timestamp_str} is later than the run's clock plus {@link PlausibleTimestamps#maxFutureHours()}. */
    TIMESTAMP_IN_FUTURE,
    /** {@code timestamp_str} is earlier than the run's clock minus {@link PlausibleTimestamps#maxReadingAgeDays()}
     *  (a meter clock reset to 1970, for example). */
    TIMESTAMP_TOO_OLD,
    /** {@code timestamp_str} lies more than {@link PlausibleTimestamps#maxLateDays()} before, or more than a day
     *  after, the day the file's path names ({@link FileDay}). */
    TIMESTAMP_OUTSIDE_FILE_DAY;

    /** @return the stable lower-case code, such as {@code invalid_json} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
