package io.iotad.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a POSIX ustar archive (IEEE 1003.1-1988): for each regular file a 512-byte header, then
 * its bytes padded to a multiple of 512; two zero blocks end the archive. Only what a model
 * artifact needs: regular files with short ASCII names, mode 0644, owner 0.
 */
final class UstarWriter {
    static final int BLOCK = 512;
    /** Largest size the 11 octal digits of the size field hold: 8 GiB - 1. */
    static final long MAX_SIZE = 077777777777L;

    private final OutputStream out;

    /** @param out the stream the archive goes to; not closed by this writer */
    UstarWriter(OutputStream out) {
        this.out = out;
    }

    /**
     * @param name the entry name, ASCII, at most 100 bytes
     * @param content the bytes
     * @param mtimeSeconds modification time, seconds since 1970
     * @throws IOException when writing fails
     */
    void add(String name, byte[] content, long mtimeSeconds) throws IOException {
        out.write(header(name, content.length, mtimeSeconds));
        out.write(content);
        pad(content.length);
    }

    /**
     * @param name the entry name, ASCII, at most 100 bytes
     * @param size exactly how many bytes {@code content} holds
     * @param content the bytes; read to its end
     * @param mtimeSeconds modification time, seconds since 1970
     * @throws IOException when reading or writing fails, or {@code content} does not hold {@code size} bytes
     */
    void add(String name, long size, InputStream content, long mtimeSeconds) throws IOException {
        out.write(header(name, size, mtimeSeconds));
        long copied = content.transferTo(out);
        if (copied != size) {
            throw new IOException("entry " + name + " was announced with " + size + " bytes but has " + copied);
        }
        pad(size);
    }

    /**
     * Writes the two zero blocks that end the archive.
     *
     * @throws IOException when writing fails
     */
    void finish() throws IOException {
        out.write(new byte[2 * BLOCK]);
    }

    private void pad(long size) throws IOException {
        int rest = (int) (size % BLOCK);
        if (rest != 0) {
            out.write(new byte[BLOCK - rest]);
        }
    }

    static byte[] header(String name, long size, long mtimeSeconds) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        if (n.length == 0 || n.length > 100 || !StandardCharsets.US_ASCII.newEncoder().canEncode(name)) {
            throw new IllegalArgumentException("tar entry name must be 1 to 100 ASCII characters: " + name);
        }
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("tar entry size must be in [0, " + MAX_SIZE + "], got " + size);
        }
        byte[] h = new byte[BLOCK];
        System.arraycopy(n, 0, h, 0, n.length);
        octal(h, 100, 8, 0644);                 // mode
        octal(h, 108, 8, 0);                    // uid
        octal(h, 116, 8, 0);                    // gid
        octal(h, 124, 12, size);                // size
        octal(h, 136, 12, Math.max(0, Math.min(mtimeSeconds, MAX_SIZE))); // mtime
        h[156] = '0';                           // regular file
        ascii(h, 257, "ustar\0");               // magic
        ascii(h, 263, "00");                    // version
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        octal(h, 148, 7, sum);                  // six digits and a NUL
        h[155] = ' ';
        return h;
    }

    /** Writes {@code value} as zero-padded octal digits filling {@code len - 1} bytes, then a NUL. */
    private static void octal(byte[] h, int off, int len, long value) {
        String s = Long.toOctalString(value);
        int digits = len - 1;
        if (s.length() > digits) {
            throw new IllegalArgumentException("value " + value + " does not fit " + digits + " octal digits");
        }
        String padded = "0".repeat(digits - s.length()) + s;
        ascii(h, off, padded);
        h[off + digits] = 0;
    }

    private static void ascii(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, b.length);
    }
}
