package io.iotad.features.ingest;

import java.nio.charset.StandardCharsets;

/**
 * A cursor over the UTF-8 bytes of one JSON line: whitespace, strings (escapes decoded, UTF-8 checked),
 * strict RFC 8259 numbers, literals and skipping of any value with full syntax checks. Syntax errors are
 * {@link RejectedLine}s with reason {@link QuarantineReason#INVALID_JSON}. Not thread-safe.
 *
 * <p>Escaped strings are decoded into a scratch buffer at least as long as the line (a decoded string is
 * never longer than its escaped form), so the slices handed out stay valid until the next {@link #reset}.
 */
final class JsonCursor {
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    /** Bytes that end the fast scan of a string: quote, backslash, control characters and non-ASCII. */
    private static final boolean[] STRING_SPECIAL = new boolean[256];

    static {
        for (int i = 0; i < 0x20; i++) {
            STRING_SPECIAL[i] = true;
        }
        for (int i = 0x80; i < 0x100; i++) {
            STRING_SPECIAL[i] = true;
        }
        STRING_SPECIAL['"'] = true;
        STRING_SPECIAL['\\'] = true;
    }

    private byte[] b;
    private int p;
    private int end;
    private byte[] scratch = new byte[256];
    private int scratchLen;
    private final ByteSlice str = new ByteSlice();

    /** Starts on the bytes {@code [start, stop)} of {@code buf}. */
    void reset(byte[] buf, int start, int stop) {
        b = buf;
        p = start;
        end = stop;
        scratchLen = 0;
        if (scratch.length < stop - start) {
            scratch = new byte[Math.max(stop - start, scratch.length * 2)];
        }
    }

    /** @return the current position in the buffer */
    int position() {
        return p;
    }

    /** @return whether the cursor is at the end of the line */
    boolean atEnd() {
        return p >= end;
    }

    /** Moves past the current byte (after a {@link #peek()}). */
    void advance() {
        p++;
    }

    /** @return the byte after the current one, or 0 at the end */
    byte peekNext() {
        return p + 1 < end ? b[p + 1] : 0;
    }

    /** @return the buffer being read (for empty slices) */
    byte[] buffer() {
        return b;
    }

    double readNumber() throws RejectedLine {
        int start = p;
        boolean negative = false;
        if (b[p] == '-') {
            negative = true;
            p++;
        }
        long mantissa = 0;
        int digits = 0;
        int exp10 = 0;
        if (p < end && b[p] == '0') {
            p++;
        } else if (p < end && b[p] >= '1' && b[p] <= '9') {
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                if (digits < 18) {
                    mantissa = mantissa * 10 + (b[p] - '0');
                    if (mantissa != 0) {
                        digits++;
                    }
                } else {
                    exp10++;
                    digits++;
                }
                p++;
            }
        } else {
            throw syntax("invalid number");
        }
        if (p < end && b[p] == '.') {
            p++;
            int fracStart = p;
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                if (digits < 18) {
                    mantissa = mantissa * 10 + (b[p] - '0');
                    exp10--;
                    if (mantissa != 0) {
                        digits++;
                    }
                } else {
                    digits++;
                }
                p++;
            }
            if (p == fracStart) {
                throw syntax("invalid number: no digit after '.'");
            }
        }
        boolean hasExp = false;
        if (p < end && (b[p] == 'e' || b[p] == 'E')) {
            hasExp = true;
            p++;
            if (p < end && (b[p] == '+' || b[p] == '-')) {
                p++;
            }
            int expStart = p;
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
            if (p == expStart) {
                throw syntax("invalid number: no digit in the exponent");
            }
        }
        if (!hasExp && digits <= 15 && exp10 >= -22 && exp10 <= 0) {
            // Clinger's fast path: both operands exact doubles, one correctly rounded operation
            double v = exp10 == 0 ? (double) mantissa : mantissa / POW10[-exp10];
            return negative ? -v : v;
        }
        return Double.parseDouble(new String(b, start, p - start, StandardCharsets.ISO_8859_1));
    }

    /** Reads an object key and its colon into {@code key}. */
    void readKey(ByteSlice key) throws RejectedLine {
        if (peek() != '"') {
            throw syntax("expected a quoted key at byte " + p);
        }
        readString(key);
        skipWs();
        if (next() != ':') {
            throw syntax("expected ':' after key '" + key + "'");
        }
        skipWs();
    }

    /** Reads a JSON string at {@code p} into {@code into} (a view of the line, or of scratch when escaped). */
    void readString(ByteSlice into) throws RejectedLine {
        int start = ++p;
        boolean ascii = true;
        byte[] bytes = b;
        int stop = end;
        while (p < stop && !STRING_SPECIAL[bytes[p] & 0xff]) {
            p++;
        }
        while (true) {
            if (p >= end) {
                throw syntax("unterminated string");
            }
            byte c = b[p];
            if (c == '"') {
                into.set(b, start, p - start);
                p++;
                break;
            }
            if (c == '\\') {
                readEscapedString(into, start);
                break;
            }
            if (c >= 0 && c < 0x20) {
                throw syntax("control character in a string");
            }
            if (c < 0) {
                ascii = false;
            }
            p++;
        }
        if (!ascii && !Utf8.isWellFormed(into.bytes, into.offset, into.length)) {
            throw new RejectedLine(QuarantineReason.INVALID_UTF8, "a string is not well-formed UTF-8");
        }
    }

    private void readEscapedString(ByteSlice into, int start) throws RejectedLine {
        int out = scratchLen;
        System.arraycopy(b, start, scratch, out, p - start);
        out += p - start;
        while (true) {
            if (p >= end) {
                throw syntax("unterminated string");
            }
            byte c = b[p++];
            if (c == '"') {
                break;
            }
            if (c >= 0 && c < 0x20) {
                throw syntax("control character in a string");
            }
            if (c != '\\') {
                scratch[out++] = c;
                continue;
            }
            if (p >= end) {
                throw syntax("unterminated escape");
            }
            byte e = b[p++];
            switch (e) {
                case '"': case '\\': case '/':
                    scratch[out++] = e;
                    break;
                case 'b': scratch[out++] = '\b'; break;
                case 'f': scratch[out++] = '\f'; break;
                case 'n': scratch[out++] = '\n'; break;
                case 'r': scratch[out++] = '\r'; break;
                case 't': scratch[out++] = '\t'; break;
                case 'u':
                    int cp = hex4();
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        if (p + 1 < end && b[p] == '\\' && b[p + 1] == 'u') {
                            p += 2;
                            int low = hex4();
                            if (low < 0xDC00 || low > 0xDFFF) {
                                throw syntax("unpaired surrogate escape");
                            }
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        } else {
                            throw syntax("unpaired surrogate escape");
                        }
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        throw syntax("unpaired surrogate escape");
                    }
                    out = Utf8.encode(cp, scratch, out);
                    break;
                default:
                    throw syntax("invalid escape '\\" + (char) e + "'");
            }
        }
        into.set(scratch, scratchLen, out - scratchLen);
        scratchLen = out;
    }

    private int hex4() throws RejectedLine {
        if (p + 4 > end) {
            throw syntax("truncated \\u escape");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int c = b[p++];
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                d = c - 'a' + 10;
            } else if (c >= 'A' && c <= 'F') {
                d = c - 'A' + 10;
            } else {
                throw syntax("invalid \\u escape");
            }
            v = (v << 4) | d;
        }
        return v;
    }

    /** Reads a string and drops it (a skipped value, or a skipped key). */
    void skipString() throws RejectedLine {
        readString(str);
    }

    void literal(String word) throws RejectedLine {
        int n = word.length();
        if (p + n > end) {
            throw syntax("unexpected end of line (truncated?)");
        }
        for (int i = 0; i < n; i++) {
            if (b[p + i] != word.charAt(i)) {
                throw syntax("invalid literal");
            }
        }
        p += n;
    }

    static RejectedLine syntax(String detail) {
        return new RejectedLine(QuarantineReason.INVALID_JSON, detail);
    }

    void skipWs() {
        while (p < end) {
            byte c = b[p];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            p++;
        }
    }

    byte peek() throws RejectedLine {
        if (p >= end) {
            throw syntax("unexpected end of line (truncated?)");
        }
        return b[p];
    }

    byte next() throws RejectedLine {
        if (p >= end) {
            throw syntax("unexpected end of line (truncated?)");
        }
        return b[p++];
    }
}
