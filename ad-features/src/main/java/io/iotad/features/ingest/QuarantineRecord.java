package io.iotad.features.ingest;

import java.util.Objects;

/**
 * One quarantined line (or the unreadable rest of a file), as written to the quarantine file.
 *
 * @param file the raw file's path
 * @param line 1-based line number in the (decompressed) file
 * @param reason why it was quarantined
 * @param detail what exactly was wrong, naming the field and the value where there is one
 * @param raw the line as read (decoded leniently as UTF-8; cut to {@link #MAX_RAW_CHARS} characters)
 */
public record QuarantineRecord(String file, long line, QuarantineReason reason, String detail, String raw) {
    /** Longest raw text kept per record, in characters; longer lines are cut and end with "...". */
    public static final int MAX_RAW_CHARS = 4096;

    /** Validates the fields and cuts {@code raw}. */
    public QuarantineRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(raw, "raw");
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
        if (raw.length() > MAX_RAW_CHARS) {
            raw = raw.substring(0, MAX_RAW_CHARS - 3) + "...";
        }
    }

    /** @return this record as one JSON object: {@code file, line, reason, detail, raw} */
    public String toJson() {
        StringBuilder b = new StringBuilder(raw.length() + 128);
        b.append("{\"file\":");
        JsonText.quote(file, b);
        b.append(",\"line\":").append(line).append(",\"reason\":");
        JsonText.quote(reason.code(), b);
        b.append(",\"detail\":");
        JsonText.quote(detail, b);
        b.append(",\"raw\":");
        JsonText.quote(raw, b);
        return b.append('}').toString();
    }
}
