package io.iotad.features.ingest;

/** UTF-8 well-formedness (RFC 3629: no overlongs, no surrogates, at most U+10FFFF) and encoding. */
final class Utf8 {
    private Utf8() {
    }

    static boolean isWellFormed(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + n >= end) {
                return false;
            }
            int cp = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int d = b[i + k] & 0xff;
                if ((d & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (d & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += n + 1;
        }
        return true;
    }

    /** Writes the UTF-8 bytes of a code point at {@code out}; @return the position after them */
    static int encode(int cp, byte[] to, int out) {
        if (cp < 0x80) {
            to[out++] = (byte) cp;
        } else if (cp < 0x800) {
            to[out++] = (byte) (0xC0 | (cp >> 6));
            to[out++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            to[out++] = (byte) (0xE0 | (cp >> 12));
            to[out++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            to[out++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            to[out++] = (byte) (0xF0 | (cp >> 18));
            to[out++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            to[out++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            to[out++] = (byte) (0x80 | (cp & 0x3F));
        }
        return out;
    }
}
