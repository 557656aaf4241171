package io.iotad.features.ingest;

import java.util.Locale;

/**
 * Why a raw file, or its rest from some byte on, could not be read: the file is <em>lost</em>, not a bad
 * line. A lost file fails the run ({@link LostRawFileException}): its readings would otherwise be missing
 * while the apartments are not silent, so the lost day would count as zero consumption and the next day
 * as two days' worth. Each reason has a stable snake_case {@link #code() code}.
 */
public enum FileLossReason {
    /** The name ends in {@code .gz} but the file does not start with the gzip magic bytes. */
    NOT_GZIP,
    /** The name does not end in {@code .gz} but the file starts with the gzip magic bytes. */
    GZIP_NOT_NAMED_GZ,
    /** The gzip stream ends before its end-of-member marker and trailer (a cut-off download or copy). */
    TRUNCATED_GZIP,
    /** The gzip stream is damaged: invalid compressed data, a bad header, or a CRC or size that does not match. */
    CORRUPT_GZIP,
    /** Bytes after the last complete gzip member that are neither another member nor zero padding. */
    TRAILING_GARBAGE,
    /** A symbolic link named like a raw file whose target does not exist: the file it stood for is missing. */
    DANGLING_LINK,
    /** An entry named like a raw file that is not a regular file (a FIFO, socket or device); it is not read. */
    NOT_A_REGULAR_FILE;

    /** @return the stable lower-case code, such as {@code truncated_gzip} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
