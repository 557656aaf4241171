package io.iotad.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the entries of a ustar (POSIX or GNU) archive one after the other, checking every
 * header's checksum. It exposes entry names, types and sizes as written; deciding which entries
 * are acceptable is the caller's job ({@link ModelArtifact}).
 */
final class UstarReader {
    /**
     * One archive entry's header.
     *
     * @param name full name (prefix and name joined)
     * @param type the type flag: {@code '0'} or NUL regular file, {@code '1'} hard link, {@code '2'}
     *     symbolic link, {@code '5'} directory, others as in POSIX or GNU tar
     * @param size bytes of content
     * @param linkName the link target, empty unless a link
     */
    record Entry(String name, char type, long size, String linkName) {
        /** @return whether this is a regular file */
        boolean isFile() {
            return type == '0' || type == 0 || type == '7';
        }
    }

    private final InputStream in;
    private final String source;
    private long remaining;
    private int padding;
    private int index;

    /**
     * @param in the archive bytes; not closed by this reader
     * @param source the archive's name, for error messages
     */
    UstarReader(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    /**
     * @return the next entry, or null at the end of the archive
     * @throws IOException when reading fails
     * @throws CorruptArtifactException for a truncated archive or a malformed header
     */
    Entry next() throws IOException {
        skip(remaining + padding);
        remaining = 0;
        padding = 0;
        byte[] h = in.readNBytes(UstarWriter.BLOCK);
        if (h.length == 0) {
            throw new CorruptArtifactException(source, "the tar archive ends without its end-of-archive blocks");
        }
        if (h.length < UstarWriter.BLOCK) {
            throw new CorruptArtifactException(source, "the tar archive is truncated inside header " + (index + 1));
        }
        if (isZero(h)) {
            return null;
        }
        index++;
        checkChecksum(h);
        String magic = text(h, 257, 5);
        if (!magic.equals("ustar")) {
            throw new CorruptArtifactException(source, "tar header " + index + " is not a ustar header (magic '" + magic + "')");
        }
        String name = text(h, 0, 100);
        String prefix = text(h, 345, 155);
        if (!prefix.isEmpty() && h[263] == '0') {
            name = prefix + "/" + name;
        }
        long size = octal(h, 124, 12, "size");
        char type = (char) (h[156] & 0xff);
        Entry e = new Entry(name, type, size, text(h, 157, 100));
        remaining = size;
        padding = (int) ((UstarWriter.BLOCK - size % UstarWriter.BLOCK) % UstarWriter.BLOCK);
        return e;
    }

    /**
     * Reads the current entry's content; call at most once per entry, after checking its size.
     *
     * @param e the entry {@link #next()} returned last
     * @return its bytes
     * @throws IOException when reading fails
     * @throws CorruptArtifactException when the archive ends inside the content
     */
    byte[] content(Entry e) throws IOException {
        if (e.size() > Integer.MAX_VALUE - 8) {
            throw new CorruptArtifactException(source, "entry " + e.name() + " is too large to read: " + e.size() + " bytes");
        }
        byte[] b = in.readNBytes((int) e.size());
        if (b.length < e.size()) {
            throw new CorruptArtifactException(source, "entry " + e.name() + " is truncated: " + b.length + " of "
                    + e.size() + " bytes");
        }
        remaining = 0;
        return b;
    }

    private void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new CorruptArtifactException(source, "the tar archive is truncated inside an entry");
                }
                s = 1;
            }
            left -= s;
        }
    }

    private void checkChecksum(byte[] h) {
        long stored = octal(h, 148, 8, "checksum");
        long unsigned = 0;
        long signed = 0;
        for (int i = 0; i < h.length; i++) {
            int b = i >= 148 && i < 156 ? ' ' : h[i];
            unsigned += b & 0xff;
            signed += b;
        }
        if (stored != unsigned && stored != signed) {
            throw new CorruptArtifactException(source, "tar header " + index + " has checksum " + stored
                    + " but its bytes sum to " + unsigned);
        }
    }

    private long octal(byte[] h, int off, int len, String field) {
        if ((h[off] & 0x80) != 0) {
            throw new CorruptArtifactException(source, "tar header " + index + " stores its " + field
                    + " in base-256, which model artifacts never need");
        }
        long v = 0;
        boolean any = false;
        for (int i = off; i < off + len; i++) {
            byte b = h[i];
            if (b == 0 || (b == ' ' && any)) {
                break;
            }
            if (b == ' ') {
                continue;
            }
            if (b < '0' || b > '7') {
                throw new CorruptArtifactException(source, "tar header " + index + " has a non-octal " + field + " field");
            }
            v = v * 8 + (b - '0');
            any = true;
        }
        return v;
    }

    private static String text(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) {
            end++;
        }
        return new String(h, off, end - off, StandardCharsets.UTF_8);
    }

    private static boolean isZero(byte[] h) {
        for (byte b : h) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
