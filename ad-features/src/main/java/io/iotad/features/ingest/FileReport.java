package io.iotad.features.ingest;

import java.util.Objects;

/**
 * What ingestion saw in one raw file.
 *
 * @param file the file's path
 * @param lines non-blank lines read (including quarantined ones)
 * @param blankLines lines holding only whitespace, skipped
 * @param readings readings on accepted lines (before de-duplication)
 * @param quarantinedLines lines quarantined
 * @param outOfOrderLines accepted lines whose instant is earlier than an earlier line of the same
 *     apartment in this file
 * @param lateLines accepted lines whose instant is earlier than the latest instant of the same apartment
 *     in files earlier in path order
 * @param byteOrderMark whether the file started with a UTF-8 byte order mark (skipped)
 * @param bareCrLineBreaks lines ended by a lone {@code \r} (classic Mac line ends), read as line ends
 * @param gzipPaddingBytes zero bytes after the last gzip member, tolerated and skipped (0 for plain files)
 */
public record FileReport(String file, long lines, long blankLines, long readings, long quarantinedLines,
                         long outOfOrderLines, long lateLines, boolean byteOrderMark, long bareCrLineBreaks,
                         long gzipPaddingBytes) {
    /** Validates the fields. */
    public FileReport {
        Objects.requireNonNull(file, "file");
        if (lines < 0 || blankLines < 0 || readings < 0 || quarantinedLines < 0 || quarantinedLines > lines
                || outOfOrderLines < 0 || lateLines < 0 || bareCrLineBreaks < 0 || gzipPaddingBytes < 0) {
            throw new IllegalArgumentException("inconsistent counts for " + file);
        }
    }

    /** @return quarantined lines over lines read, 0 when the file had none */
    public double quarantinedShare() {
        return lines == 0 ? 0.0 : (double) quarantinedLines / lines;
    }

    void appendJson(StringBuilder b) {
        b.append("{\"file\":");
        JsonText.quote(file, b);
        b.append(",\"lines\":").append(lines).append(",\"blank_lines\":").append(blankLines)
                .append(",\"readings\":").append(readings).append(",\"quarantined_lines\":").append(quarantinedLines)
                .append(",\"out_of_order_lines\":").append(outOfOrderLines).append(",\"late_lines\":").append(lateLines)
                .append(",\"byte_order_mark\":").append(byteOrderMark)
                .append(",\"bare_cr_line_breaks\":").append(bareCrLineBreaks)
                .append(",\"gzip_padding_bytes\":").append(gzipPaddingBytes).append('}');
    }
}
