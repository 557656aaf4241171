package io.iotad.features.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads one raw file ({@code .jsonl}, or gzip when the name ends in {@code .gz}) as a stream of lines,
 * parses each with {@link MeterLineParser} and fills a {@link FileBatch}.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r} (the universal newlines of the pandas
 * reference, which reads with Python's text mode); lone {@code \r} breaks are counted. A UTF-8 byte order
 * mark at the start of the file is skipped. Lines holding only whitespace are counted as blank and skipped
 * (they carry no reading). A line longer than the limit is quarantined without being buffered whole.
 *
 * <p>A line whose instant lies outside the file's {@link PlausibleTimestamps.Window} (a clock reset to 1970, a
 * 2099) is quarantined with the reason and the limit to change.
 *
 * <p>A file that cannot be read to its end is <em>lost</em> ({@link FileLoss} in the batch; the run then
 * fails): a {@code .gz} name on a file that is not gzip, gzip data under a name without {@code .gz}, and a
 * truncated, corrupt or garbage-trailed gzip stream ({@link GzipMembers}). The lines before the loss are
 * counted in the loss, not silently kept as if the file were whole.
 */
final class RawFileReader {
    private static final int READ_SIZE = 1 << 18;

    private final int maxLineBytes;
    private final PlausibleTimestamps.Window plausible;
    private final MeterLineParser parser = new MeterLineParser();
    /** Lines (blank ones included) seen so far in the current file. */
    private long lineNo;

    /**
     * @param maxLineBytes the longest line accepted, bytes
     * @param plausible the instants this file's readings may carry; a line outside is quarantined
     */
    RawFileReader(int maxLineBytes, PlausibleTimestamps.Window plausible) {
        this.maxLineBytes = maxLineBytes;
        this.plausible = plausible;
    }

    /**
     * @param file the file to read
     * @return its batch; {@link FileBatch#loss} is set when the file could not be read to its end
     * @throws IOException when the file cannot be read at all (missing, no permission, I/O error)
     */
    FileBatch read(Path file) throws IOException {
        long size = Files.size(file);
        try (InputStream raw = Files.newInputStream(file)) {
            return read(file.toString(), raw, size);
        }
    }

    /**
     * Reads a raw file from a stream (tests feed it in odd-sized pieces).
     *
     * @param name the file's path, which decides gzip or not ({@code .gz})
     * @param raw its bytes from the start; not closed here
     * @param size its size in bytes
     * @return its batch; {@link FileBatch#loss} is set when the file could not be read to its end
     * @throws IOException when the stream cannot be read
     */
    FileBatch read(String name, InputStream raw, long size) throws IOException {
        FileBatch batch = new FileBatch(name);
        boolean gzip = name.endsWith(".gz");
        lineNo = 0;
        InputStream in = raw;
        try {
            if (gzip) {
                in = new GzipMembers(raw);
            }
            readLines(in, batch, gzip, size);
        } catch (GzipMembers.Damaged d) {
            long lost = d.bytesLost == GzipMembers.TO_END_OF_FILE ? size - d.fromByte : d.bytesLost;
            batch.loss = new FileLoss(name, d.reason, lineNo, d.fromByte, lost, size, d.getMessage());
        } finally {
            if (in instanceof GzipMembers g) {
                batch.gzipPaddingBytes = g.paddingBytes();
                g.end();
            }
        }
        return batch;
    }

    private void readLines(InputStream in, FileBatch batch, boolean gzip, long size) throws IOException {
        byte[] buf = new byte[READ_SIZE * 2];
        int filled = 0;
        int lineStart = 0;
        int scan = 0;
        boolean skipping = false;
        boolean first = true;
        while (true) {
            int n = in.read(buf, filled, buf.length - filled);
            boolean eof = n < 0;
            if (!eof) {
                filled += n;
            }
            if (first) {
                if (filled < 3 && !eof) {
                    continue;
                }
                first = false;
                if (!gzip && filled >= 2 && (buf[0] & 0xff) == 0x1f && (buf[1] & 0xff) == 0x8b) {
                    batch.loss = new FileLoss(batch.file, FileLossReason.GZIP_NOT_NAMED_GZ, 0, 0, size, size,
                            "the file starts with the gzip magic bytes 1f 8b but its name does not end in .gz: rename it to .jsonl.gz");
                    return;
                }
                if (filled >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
                    batch.byteOrderMark = true;
                    lineStart = 3;
                    scan = 3;
                }
            }
            int deferred = -1;
            for (int i = LineBreaks.next(buf, scan, filled); i >= 0; i = LineBreaks.next(buf, lineStart, filled)) {
                int after = i + 1;
                if (buf[i] == '\r') {
                    if (after == filled && !eof) {
                        deferred = i; // the next byte, not read yet, says whether this is CRLF or a lone CR
                        break;
                    }
                    if (after < filled && buf[after] == '\n') {
                        after++;
                    } else {
                        batch.bareCrLineBreaks++;
                    }
                }
                lineNo++;
                if (skipping) {
                    skipping = false;
                } else if (i - lineStart > maxLineBytes) {
                    tooLong(batch, lineNo, buf, lineStart);
                } else {
                    line(batch, buf, lineStart, i, lineNo);
                }
                lineStart = after;
            }
            if (eof) {
                break;
            }
            int partialEnd = deferred >= 0 ? deferred : filled;
            if (!skipping && partialEnd - lineStart > maxLineBytes) {
                tooLong(batch, lineNo + 1, buf, lineStart);
                skipping = true;
            }
            if (skipping) {
                lineStart = partialEnd;
            }
            // move the partial line to the front; grow when a long (but allowed) line fills the buffer
            int rest = filled - lineStart;
            scan = partialEnd - lineStart;
            if (lineStart > 0) {
                System.arraycopy(buf, lineStart, buf, 0, rest);
            }
            filled = rest;
            lineStart = 0;
            if (buf.length - filled < READ_SIZE) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
        }
        if (filled > lineStart) {
            lineNo++;
            if (skipping) {
                return;
            }
            if (filled - lineStart > maxLineBytes) {
                tooLong(batch, lineNo, buf, lineStart);
            } else {
                line(batch, buf, lineStart, filled, lineNo);
            }
        }
    }

    private void line(FileBatch batch, byte[] buf, int start, int end, long lineNo) {
        int stop = end;
        int s = start;
        while (s < stop && (buf[s] == ' ' || buf[s] == '\t' || buf[s] == '\r')) {
            s++;
        }
        if (s == stop) {
            batch.blankLines++;
            return;
        }
        batch.lines++;
        MeterLineParser p = parser;
        try {
            p.parse(buf, start, stop);
        } catch (RejectedLine r) {
            batch.quarantinedLines++;
            batch.quarantine.add(new QuarantineRecord(batch.file, lineNo, r.reason(), r.detail(),
                    lenient(buf, start, stop - start)));
            return;
        }
        long nanos = p.epochNanos;
        QuarantineReason implausible = plausible.reject(nanos);
        if (implausible != null) {
            batch.quarantinedLines++;
            batch.quarantine.add(new QuarantineRecord(batch.file, lineNo, implausible,
                    plausible.explain(implausible, p.timestampText(), nanos), lenient(buf, start, stop - start)));
            return;
        }
        int apartment = batch.apartments.intern(p.apartment);
        int building = batch.buildings.intern(p.building);
        batch.addLine(apartment, building, nanos, lineNo);
        for (int i = 0; i < p.readingCount; i++) {
            int sensor = batch.sensors.intern(p.sensors[i]);
            ByteSlice roomName = p.rooms[i];
            int room = roomName.length == 0 ? 0 : batch.rooms.intern(roomName);
            batch.addReading(batch.series.idOf(apartment, sensor, room), nanos, p.values[i]);
        }
    }

    private void tooLong(FileBatch batch, long lineNo, byte[] buf, int start) {
        batch.lines++;
        batch.quarantinedLines++;
        batch.quarantine.add(new QuarantineRecord(batch.file, lineNo, QuarantineReason.LINE_TOO_LONG,
                "line longer than " + maxLineBytes + " bytes (IngestOptions.maxLineBytes)",
                lenient(buf, start, Math.min(QuarantineRecord.MAX_RAW_CHARS, maxLineBytes))));
    }

    private static String lenient(byte[] buf, int start, int len) {
        return new String(buf, start, Math.min(len, QuarantineRecord.MAX_RAW_CHARS * 4), StandardCharsets.UTF_8);
    }
}
