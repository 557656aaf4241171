package io.iotad.features.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one raw file ({@code .jsonl}, or gzip when the name ends in {@code .gz}) as a stream of lines,
 * parses each with {@link MeterLineParser} and fills a {@link FileBatch}.
 *
 * <p>Lines end at {@code \n}; a trailing {@code \r} is dropped (CRLF files are accepted). A UTF-8 byte
 * order mark at the start of the file is skipped. Lines holding only whitespace are counted as blank and
 * skipped (they carry no reading). A line longer than the limit is quarantined without being buffered
 * whole. A gzip stream that is corrupt or truncated quarantines the rest of the file as one
 * {@link QuarantineReason#CORRUPT_FILE} record; the lines before it are kept.
 */
final class RawFileReader {
    private static final int READ_SIZE = 1 << 18;
    private static final int INFLATE_BUFFER = 1 << 16;

    private final int maxLineBytes;
    private final MeterLineParser parser = new MeterLineParser();

    RawFileReader(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * @param file the file to read
     * @return its batch
     * @throws IOException when the file cannot be read (not for a corrupt gzip, which is quarantined)
     */
    FileBatch read(Path file) throws IOException {
        String name = file.toString();
        FileBatch batch = new FileBatch(name);
        boolean gzip = name.endsWith(".gz");
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in;
            if (gzip) {
                try {
                    in = new GZIPInputStream(raw, INFLATE_BUFFER);
                } catch (ZipException | EOFException e) {
                    corrupt(batch, 1, e, new byte[0], 0, 0);
                    return batch;
                }
            } else {
                in = raw;
            }
            readLines(in, batch, gzip);
        }
        return batch;
    }

    private void readLines(InputStream in, FileBatch batch, boolean gzip) throws IOException {
        byte[] buf = new byte[READ_SIZE * 2];
        int filled = 0;
        int lineStart = 0;
        int scan = 0;
        long lineNo = 0;
        boolean skipping = false;
        boolean first = true;
        while (true) {
            int n;
            try {
                n = in.read(buf, filled, buf.length - filled);
            } catch (ZipException | EOFException e) {
                if (!gzip) {
                    throw e;
                }
                corrupt(batch, lineNo + 1, e, buf, lineStart, filled - lineStart);
                return;
            }
            if (n < 0) {
                break;
            }
            filled += n;
            if (first) {
                if (filled < 3) {
                    continue;
                }
                first = false;
                if ((buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
                    batch.byteOrderMark = true;
                    lineStart = 3;
                    scan = 3;
                }
            }
            for (int i = LineBreaks.next(buf, scan, filled); i >= 0; i = LineBreaks.next(buf, i + 1, filled)) {
                lineNo++;
                if (skipping) {
                    skipping = false;
                } else if (i - lineStart > maxLineBytes) {
                    tooLong(batch, lineNo, buf, lineStart);
                } else {
                    line(batch, buf, lineStart, i, lineNo);
                }
                lineStart = i + 1;
            }
            if (!skipping && filled - lineStart > maxLineBytes) {
                tooLong(batch, lineNo + 1, buf, lineStart);
                skipping = true;
            }
            if (skipping) {
                lineStart = filled;
            }
            // move the partial line to the front; grow when a long (but allowed) line fills the buffer
            int rest = filled - lineStart;
            if (lineStart > 0) {
                System.arraycopy(buf, lineStart, buf, 0, rest);
            }
            filled = rest;
            lineStart = 0;
            scan = rest;
            if (buf.length - filled < READ_SIZE) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
        }
        if (filled > lineStart) {
            lineNo++;
            if (!skipping) {
                line(batch, buf, lineStart, filled, lineNo);
            }
        }
    }

    private void line(FileBatch batch, byte[] buf, int start, int end, long lineNo) {
        int stop = end;
        if (stop > start && buf[stop - 1] == '\r') {
            stop--;
        }
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
        int apartment = batch.apartments.intern(p.apartment);
        int building = batch.buildings.intern(p.building);
        long nanos = p.epochNanos;
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

    private static void corrupt(FileBatch batch, long lineNo, IOException e, byte[] buf, int start, int len) {
        batch.lines++;
        batch.quarantinedLines++;
        batch.quarantine.add(new QuarantineRecord(batch.file, lineNo, QuarantineReason.CORRUPT_FILE,
                "gzip stream unreadable from here on (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + "); the lines before are kept", lenient(buf, start, len)));
    }

    private static String lenient(byte[] buf, int start, int len) {
        return new String(buf, start, Math.min(len, QuarantineRecord.MAX_RAW_CHARS * 4), StandardCharsets.UTF_8);
    }
}
