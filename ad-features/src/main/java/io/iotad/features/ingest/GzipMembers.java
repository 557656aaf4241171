package io.iotad.features.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses a gzip file (RFC 1952: one or more members, optionally followed by zero padding) and
 * knows exactly where it stops being readable. {@link java.util.zip.GZIPInputStream} silently ignores
 * bytes after the last member and cannot say how much of a damaged file it read; this stream reports any
 * such condition as a {@link Damaged} exception with the reason and the compressed offset where the loss
 * begins. Trailing zero bytes are tolerated and counted (as Python's {@code gzip}, which the reference
 * reads with, does). An empty file is an empty stream.
 *
 * <p>Each member's CRC-32 and length are checked against its trailer. Not thread-safe.
 */
final class GzipMembers extends InputStream {
    private static final int BUFFER = 1 << 16;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int RESERVED = 0xE0;

    /** {@link Damaged#bytesLost} of a loss that runs to the end of the file (the reader knows the file's size). */
    static final long TO_END_OF_FILE = -2;
    /** {@link Damaged#bytesLost} when the size of what is lost is unknown (a truncated stream). */
    static final long UNKNOWN = -1;

    /**
     * The file cannot be read on from {@link #fromByte}: why, and how many bytes are lost
     * ({@link #TO_END_OF_FILE} or {@link #UNKNOWN} where not counted here).
     */
    static final class Damaged extends IOException {
        private static final long serialVersionUID = 1L;
        final FileLossReason reason;
        final long fromByte;
        final long bytesLost;

        Damaged(FileLossReason reason, long fromByte, long bytesLost, String detail) {
            super(detail);
            this.reason = reason;
            this.fromByte = fromByte;
            this.bytesLost = bytesLost;
        }
    }

    private final InputStream in;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int lim;
    /** File offset of {@code buf[0]}. */
    private long bufStart;
    private boolean rawEnd;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private long memberBytes;
    private long memberStart;
    private int members;
    private long paddingBytes;
    private boolean end;
    private final byte[] single = new byte[1];

    /**
     * Reads the first member's header.
     *
     * @param in the raw file, positioned at its start (read in large blocks; no buffering needed)
     * @throws Damaged when the file does not start like gzip
     * @throws IOException when the file cannot be read
     */
    GzipMembers(InputStream in) throws IOException {
        this.in = in;
        int first = peek();
        if (first < 0) {
            end = true; // an empty file holds no line; nothing is lost
            return;
        }
        if (first != 0x1f || peekAt(1) != 0x8b) {
            throw new Damaged(FileLossReason.NOT_GZIP, 0, TO_END_OF_FILE, "the name ends in .gz but the file does not start with "
                    + "the gzip magic bytes 1f 8b (it starts with " + hexHead() + ")" + plainHint());
        }
        header();
    }

    /** @return zero bytes found after the last member (tolerated padding) */
    long paddingBytes() {
        return paddingBytes;
    }

    @Override
    public int read() throws IOException {
        int n = read(single, 0, 1);
        return n < 0 ? -1 : single[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!end) {
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                long at = offset() - inflater.getRemaining();
                throw new Damaged(FileLossReason.CORRUPT_GZIP, at, TO_END_OF_FILE, "invalid compressed data in gzip member "
                        + (members + 1) + " near byte " + at + " (" + e.getMessage() + ")");
            }
            if (n > 0) {
                crc.update(b, off, n);
                memberBytes += n;
                return n;
            }
            if (inflater.finished()) {
                pos = lim - inflater.getRemaining();
                trailer();
                next();
            } else if (inflater.needsDictionary()) {
                throw new Damaged(FileLossReason.CORRUPT_GZIP, offset(), TO_END_OF_FILE, "gzip member " + (members + 1)
                        + " asks for a preset dictionary, which gzip does not have");
            } else if (inflater.needsInput()) {
                if (pos == lim && !fill()) {
                    throw new Damaged(FileLossReason.TRUNCATED_GZIP, offset(), UNKNOWN, "the gzip stream ends inside member "
                            + (members + 1) + " after " + memberBytes + " decompressed bytes of it, without its end marker "
                            + "and trailer (a cut-off copy or download)");
                }
                inflater.setInput(buf, pos, lim - pos);
                pos = lim;
            }
        }
        return -1;
    }

    /** Frees the inflater's native memory; the underlying stream is the caller's to close. */
    void end() {
        inflater.end();
    }

    @Override
    public void close() throws IOException {
        end();
        in.close();
    }

    /** Reads a member header at the current position (magic already checked by the caller). */
    private void header() throws IOException {
        memberStart = offset();
        need(10, "header");
        int method = buf[pos + 2] & 0xff;
        int flags = buf[pos + 3] & 0xff;
        if (method != 8 || (flags & RESERVED) != 0) {
            throw new Damaged(FileLossReason.CORRUPT_GZIP, memberStart, TO_END_OF_FILE, String.format(Locale.ROOT,
                    "gzip member %d has an invalid header (method %d, flags %02x)", members + 1, method, flags));
        }
        pos += 10;
        if ((flags & FEXTRA) != 0) {
            need(2, "header");
            int xlen = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8;
            pos += 2;
            skip(xlen);
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
        inflater.reset();
        crc.reset();
        memberBytes = 0;
    }

    /** Reads and checks the 8-byte trailer of the member just inflated. */
    private void trailer() throws IOException {
        need(8, "trailer");
        long storedCrc = u32(pos);
        long storedSize = u32(pos + 4);
        pos += 8;
        members++;
        if (storedCrc != crc.getValue() || storedSize != (memberBytes & 0xffffffffL)) {
            throw new Damaged(FileLossReason.CORRUPT_GZIP, memberStart, TO_END_OF_FILE, String.format(Locale.ROOT,
                    "gzip member %d does not match its trailer (CRC-32 %08x, %d bytes decompressed; the trailer says %08x, %d)",
                    members, crc.getValue(), memberBytes, storedCrc, storedSize));
        }
    }

    /** After a member: the end of the file, zero padding, another member, or garbage. */
    private void next() throws IOException {
        int c = peek();
        if (c < 0) {
            end = true;
            return;
        }
        if (c == 0x1f && peekAt(1) == 0x8b) {
            header();
            return;
        }
        long from = offset();
        long rest = 0;
        boolean zeros = true;
        while (pos < lim || fill()) {
            for (int i = pos; i < lim; i++) {
                zeros &= buf[i] == 0;
            }
            rest += lim - pos;
            pos = lim;
        }
        if (zeros) {
            paddingBytes = rest;
            end = true;
            return;
        }
        throw new Damaged(FileLossReason.TRAILING_GARBAGE, from, rest, rest + " bytes after the end of gzip member "
                + members + " (at byte " + from + ") are neither another gzip member nor zero padding");
    }

    private long offset() {
        return bufStart + pos;
    }

    /** Ensures {@code n} bytes at {@code pos} (moving the rest to the front), or fails as truncated. */
    private void need(int n, String part) throws IOException {
        while (lim - pos < n) {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, lim - pos);
                bufStart += pos;
                lim -= pos;
                pos = 0;
            }
            int r = rawEnd ? -1 : in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                rawEnd = true;
                throw new Damaged(FileLossReason.TRUNCATED_GZIP, offset(), UNKNOWN, "the gzip stream ends inside the "
                        + part + " of member " + (members + 1));
            }
            lim += r;
        }
    }

    private void skip(int n) throws IOException {
        int left = n;
        while (left > 0) {
            if (pos == lim) {
                need(1, "header");
            }
            int k = Math.min(left, lim - pos);
            pos += k;
            left -= k;
        }
    }

    private void skipZeroTerminated() throws IOException {
        while (true) {
            need(1, "header");
            if (buf[pos++] == 0) {
                return;
            }
        }
    }

    /** Refills an exhausted buffer. @return false at the end of the file */
    private boolean fill() throws IOException {
        if (rawEnd) {
            return false;
        }
        bufStart += lim;
        pos = 0;
        lim = 0;
        int r;
        do {
            r = in.read(buf, 0, buf.length);
        } while (r == 0);
        if (r < 0) {
            rawEnd = true;
            return false;
        }
        lim = r;
        return true;
    }

    private int peek() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos] & 0xff;
    }

    private int peekAt(int k) throws IOException {
        try {
            need(k + 1, "header");
        } catch (Damaged e) {
            return -1;
        }
        return buf[pos + k] & 0xff;
    }

    private long u32(int at) {
        return (buf[at] & 0xffL) | (buf[at + 1] & 0xffL) << 8 | (buf[at + 2] & 0xffL) << 16 | (buf[at + 3] & 0xffL) << 24;
    }

    private String hexHead() {
        StringBuilder b = new StringBuilder();
        for (int i = pos; i < Math.min(lim, pos + 4); i++) {
            b.append(String.format(Locale.ROOT, "%02x ", buf[i] & 0xff));
        }
        return b.toString().trim();
    }

    private String plainHint() {
        return pos < lim && buf[pos] == '{' ? "; it looks like plain JSON Lines: rename it to .jsonl" : "";
    }
}
