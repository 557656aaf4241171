package io.iotad.features.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * What was lost of one raw file that could not be read to its end.
 *
 * @param file the file's path
 * @param reason why it could not be read
 * @param linesRead lines (blank ones included) read before the loss, at least 0; a partial line at the
 *     point of loss is not counted and is lost too
 * @param fromByte offset in the file (compressed bytes for gzip) where the loss begins, at least 0
 * @param bytesLost bytes of the file lost from {@code fromByte} on, or -1 when unknown (a truncated gzip
 *     stream: the original size was in the missing trailer)
 * @param fileBytes the file's size in bytes, at least 0
 * @param detail what exactly was found, for the message
 */
public record FileLoss(String file, FileLossReason reason, long linesRead, long fromByte, long bytesLost, long fileBytes,
                       String detail) {
    /** Validates the fields. */
    public FileLoss {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        if (linesRead < 0 || fromByte < 0 || bytesLost < -1 || fileBytes < 0) {
            throw new IllegalArgumentException("inconsistent loss counts for " + file);
        }
    }

    /** @return one sentence: the detail, lines read and bytes lost (the reason's code is {@link #reason()}) */
    public String describe() {
        String lost;
        if (bytesLost >= 0) {
            lost = String.format(Locale.ROOT, "%d of %d bytes lost (from byte %d)", bytesLost, fileBytes, fromByte);
        } else if (reason == FileLossReason.TRUNCATED_GZIP) {
            lost = "the rest of the file is lost (its size is unknown: the gzip trailer that records it is missing)";
        } else {
            lost = "all of it is lost (its size is unknown: it could not be read)";
        }
        return String.format(Locale.ROOT, "%s; %d lines read before it, %s", detail, linesRead, lost);
    }

    /** @return this loss as one JSON object (snake_case keys) */
    public String toJson() {
        StringBuilder b = new StringBuilder(160);
        b.append("{\"file\":");
        JsonText.quote(file, b);
        b.append(",\"reason\":");
        JsonText.quote(reason.code(), b);
        b.append(",\"lines_read\":").append(linesRead).append(",\"from_byte\":").append(fromByte)
                .append(",\"bytes_lost\":").append(bytesLost).append(",\"file_bytes\":").append(fileBytes)
                .append(",\"detail\":");
        JsonText.quote(detail, b);
        return b.append('}').toString();
    }
}
