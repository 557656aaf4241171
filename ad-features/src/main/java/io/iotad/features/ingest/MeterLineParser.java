package io.iotad.features.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A hand-written, allocation-free parser of one raw meter line (DATA-CONTRACT §1.1), working on UTF-8 bytes.
 *
 * <p>It checks full JSON syntax (strict RFC 8259 numbers; {@code NaN} and {@code ±Infinity} are recognised
 * only to name them as non-finite values) and the schema: {@code timestamp_str}, {@code apartment_id},
 * {@code building_id} (non-empty strings), {@code readings} (an array of objects with a string
 * {@code sensor_type}, an optional string-or-null {@code room_name} and a finite number {@code value}).
 * Unknown fields are skipped. When a key repeats, the last occurrence wins (as in Python's {@code json}).
 * A syntax error takes precedence over a schema error; among schema errors the first one found is reported.
 * A line that fails any rule yields none of its readings.
 *
 * <p>After a successful {@link #parse}, the fields hold the line's content until the next call.
 * Not thread-safe: one parser per file reader.
 */
final class MeterLineParser {
    private static final byte[] K_TIMESTAMP = bytes("timestamp_str");
    private static final byte[] K_APARTMENT = bytes("apartment_id");
    private static final byte[] K_BUILDING = bytes("building_id");
    private static final byte[] K_READINGS = bytes("readings");
    private static final byte[] K_SENSOR = bytes("sensor_type");
    private static final byte[] K_ROOM = bytes("room_name");
    private static final byte[] K_VALUE = bytes("value");
    private static final int MAX_DEPTH = 256;
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /** Instant of the line, epoch nanoseconds. */
    long epochNanos;
    final ByteSlice apartment = new ByteSlice();
    final ByteSlice building = new ByteSlice();
    /** Number of readings on the line. */
    int readingCount;
    ByteSlice[] sensors = slices(8);
    /** Room of each reading; length 0 when the reading had none (or null, or ""): the {@code default} room. */
    ByteSlice[] rooms = slices(8);
    double[] values = new double[8];

    private byte[] b;
    private int p;
    private int end;
    private byte[] scratch = new byte[256];
    private int scratchLen;
    private final ByteSlice key = new ByteSlice();
    private final ByteSlice str = new ByteSlice();
    private final ByteSlice timestamp = new ByteSlice();
    private RejectedLine schemaError;

    /**
     * Parses the bytes {@code [start, end)} (no line terminator).
     *
     * @throws RejectedLine naming the reason when the line is to be quarantined
     */
    void parse(byte[] buf, int start, int stop) throws RejectedLine {
        b = buf;
        p = start;
        end = stop;
        scratchLen = 0;
        schemaError = null;
        readingCount = 0;
        boolean hasTs = false;
        boolean hasApt = false;
        boolean hasBldg = false;
        boolean hasReadings = false;
        skipWs();
        if (p >= end) {
            throw syntax("empty line");
        }
        if (b[p] != '{') {
            skipValue(0);
            skipWs();
            if (p < end) {
                throw syntax("extra data after the value at byte " + (p - start));
            }
            throw new RejectedLine(QuarantineReason.NOT_AN_OBJECT, "the line is JSON but not an object");
        }
        p++;
        skipWs();
        if (peek() == '}') {
            p++;
        } else {
            while (true) {
                readKey();
                if (key.contentEquals(K_TIMESTAMP)) {
                    hasTs = true;
                    readStringField("timestamp_str", timestamp);
                } else if (key.contentEquals(K_APARTMENT)) {
                    hasApt = true;
                    readIdField("apartment_id", apartment);
                } else if (key.contentEquals(K_BUILDING)) {
                    hasBldg = true;
                    readIdField("building_id", building);
                } else if (key.contentEquals(K_READINGS)) {
                    hasReadings = true;
                    readReadings();
                } else {
                    skipValue(1);
                }
                skipWs();
                byte c = next();
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw syntax("expected ',' or '}' at byte " + (p - 1 - start));
                }
                skipWs();
            }
        }
        skipWs();
        if (p < end) {
            throw syntax("extra data after the object at byte " + (p - start));
        }
        if (schemaError != null) {
            throw schemaError;
        }
        if (!hasTs) {
            throw missing("timestamp_str");
        }
        if (!hasApt) {
            throw missing("apartment_id");
        }
        if (!hasBldg) {
            throw missing("building_id");
        }
        if (!hasReadings) {
            throw missing("readings");
        }
        epochNanos = RawTimestamp.epochNanos(timestamp.bytes, timestamp.offset, timestamp.length);
    }

    /** Reads a field that must be a string; records a schema error otherwise. @return whether it was one */
    private boolean readStringField(String name, ByteSlice into) throws RejectedLine {
        if (peek() != '"') {
            String type = typeName(peek());
            skipValue(1);
            schema(QuarantineReason.WRONG_TYPE, name + " must be a string, not " + type);
            return false;
        }
        readString(into);
        return true;
    }

    private void readIdField(String name, ByteSlice into) throws RejectedLine {
        if (readStringField(name, into) && into.length == 0) {
            schema(QuarantineReason.EMPTY_ID, name + " must be a non-empty string");
        }
    }

    private void readReadings() throws RejectedLine {
        readingCount = 0;
        if (peek() != '[') {
            String type = typeName(peek());
            skipValue(1);
            schema(QuarantineReason.WRONG_TYPE, "readings must be an array, not " + type);
            return;
        }
        p++;
        skipWs();
        if (peek() == ']') {
            p++;
            return;
        }
        while (true) {
            int index = readingCount;
            if (peek() == '{') {
                readReading(index);
            } else {
                String type = typeName(peek());
                skipValue(2);
                schema(QuarantineReason.WRONG_TYPE, "readings[" + index + "] must be an object, not " + type);
            }
            skipWs();
            byte c = next();
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw syntax("expected ',' or ']' in readings");
            }
            skipWs();
        }
    }

    private void readReading(int index) throws RejectedLine {
        if (index == values.length) {
            int n = index * 2;
            sensors = grow(sensors, n);
            rooms = grow(rooms, n);
            values = Arrays.copyOf(values, n);
        }
        ByteSlice sensor = sensors[index];
        ByteSlice room = rooms[index];
        room.set(b, 0, 0);
        boolean hasSensor = false;
        boolean hasValue = false;
        p++;
        skipWs();
        if (peek() == '}') {
            p++;
        } else {
            while (true) {
                readKey();
                if (key.contentEquals(K_SENSOR)) {
                    hasSensor = true;
                    readStringField("readings[" + index + "].sensor_type", sensor);
                } else if (key.contentEquals(K_ROOM)) {
                    if (peek() == 'n') {
                        literal("null");
                        room.set(b, 0, 0);
                    } else {
                        readStringField("readings[" + index + "].room_name", room);
                    }
                } else if (key.contentEquals(K_VALUE)) {
                    hasValue = true;
                    readValue(index);
                } else {
                    skipValue(3);
                }
                skipWs();
                byte c = next();
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw syntax("expected ',' or '}' in readings[" + index + "]");
                }
                skipWs();
            }
        }
        if (!hasSensor) {
            schema(QuarantineReason.MISSING_FIELD, "readings[" + index + "].sensor_type is missing");
        }
        if (!hasValue) {
            schema(QuarantineReason.MISSING_FIELD, "readings[" + index + "].value is missing");
        }
        readingCount = index + 1;
    }

    private void readValue(int index) throws RejectedLine {
        byte c = peek();
        String field = "readings[" + index + "].value";
        if (c == '-' || (c >= '0' && c <= '9')) {
            if (c == '-' && p + 1 < end && b[p + 1] == 'I') {
                p++;
                literal("Infinity");
                schema(QuarantineReason.VALUE_NOT_FINITE, field + " is -Infinity");
                return;
            }
            double v = readNumber();
            if (!Double.isFinite(v)) {
                schema(QuarantineReason.VALUE_NOT_FINITE, field + " overflows a double");
            }
            values[index] = v;
        } else if (c == 'N') {
            literal("NaN");
            schema(QuarantineReason.VALUE_NOT_FINITE, field + " is NaN");
        } else if (c == 'I') {
            literal("Infinity");
            schema(QuarantineReason.VALUE_NOT_FINITE, field + " is Infinity");
        } else {
            String type = typeName(c);
            skipValue(3);
            schema(QuarantineReason.VALUE_NOT_NUMBER, field + " must be a JSON number, not " + type);
        }
    }

    private double readNumber() throws RejectedLine {
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

    private void readKey() throws RejectedLine {
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
    private void readString(ByteSlice into) throws RejectedLine {
        int start = ++p;
        boolean ascii = true;
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
        ensureScratch(out + (p - start) + 4);
        System.arraycopy(b, start, scratch, out, p - start);
        out += p - start;
        while (true) {
            if (p >= end) {
                throw syntax("unterminated string");
            }
            byte c = b[p++];
            ensureScratch(out + 4);
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

    /** Makes room for {@code needTotal} bytes of scratch; slices into the old array are re-pointed. */
    private void ensureScratch(int needTotal) {
        if (needTotal > scratch.length) {
            byte[] bigger = Arrays.copyOf(scratch, Math.max(scratch.length * 2, needTotal * 2));
            retarget(scratch, bigger);
            scratch = bigger;
        }
    }

    /** Points the slices that viewed the old scratch array to the new one (offsets are unchanged). */
    private void retarget(byte[] old, byte[] bigger) {
        for (ByteSlice s : new ByteSlice[] {apartment, building, timestamp, key}) {
            if (s.bytes == old) {
                s.bytes = bigger;
            }
        }
        for (int i = 0; i < sensors.length; i++) {
            if (sensors[i].bytes == old) {
                sensors[i].bytes = bigger;
            }
            if (rooms[i].bytes == old) {
                rooms[i].bytes = bigger;
            }
        }
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

    /** Skips any JSON value, checking its syntax. */
    private void skipValue(int depth) throws RejectedLine {
        if (depth > MAX_DEPTH) {
            throw syntax("nesting deeper than " + MAX_DEPTH);
        }
        byte c = peek();
        switch (c) {
            case '{':
                p++;
                skipWs();
                if (peek() == '}') {
                    p++;
                    return;
                }
                while (true) {
                    if (peek() != '"') {
                        throw syntax("expected a quoted key");
                    }
                    readString(str);
                    skipWs();
                    if (next() != ':') {
                        throw syntax("expected ':'");
                    }
                    skipWs();
                    skipValue(depth + 1);
                    skipWs();
                    byte d = next();
                    if (d == '}') {
                        return;
                    }
                    if (d != ',') {
                        throw syntax("expected ',' or '}'");
                    }
                    skipWs();
                }
            case '[':
                p++;
                skipWs();
                if (peek() == ']') {
                    p++;
                    return;
                }
                while (true) {
                    skipValue(depth + 1);
                    skipWs();
                    byte d = next();
                    if (d == ']') {
                        return;
                    }
                    if (d != ',') {
                        throw syntax("expected ',' or ']'");
                    }
                    skipWs();
                }
            case '"':
                readString(str);
                return;
            case 't':
                literal("true");
                return;
            case 'f':
                literal("false");
                return;
            case 'n':
                literal("null");
                return;
            case 'N':
                literal("NaN");
                return;
            case 'I':
                literal("Infinity");
                return;
            default:
                if (c == '-' && p + 1 < end && b[p + 1] == 'I') {
                    p++;
                    literal("Infinity");
                    return;
                }
                if (c == '-' || (c >= '0' && c <= '9')) {
                    readNumber();
                    return;
                }
                throw syntax(p >= end ? "unexpected end of line (truncated?)" : "unexpected character '" + (char) (c & 0xff) + "'");
        }
    }

    private void literal(String word) throws RejectedLine {
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

    private static String typeName(byte c) {
        switch (c) {
            case '"': return "a string";
            case '{': return "an object";
            case '[': return "an array";
            case 't': case 'f': return "a boolean";
            case 'n': return "null";
            default: return "a number";
        }
    }

    private void schema(QuarantineReason reason, String detail) {
        if (schemaError == null) {
            schemaError = new RejectedLine(reason, detail);
        }
    }

    private static RejectedLine missing(String field) {
        return new RejectedLine(QuarantineReason.MISSING_FIELD, field + " is missing");
    }

    private static RejectedLine syntax(String detail) {
        return new RejectedLine(QuarantineReason.INVALID_JSON, detail);
    }

    private void skipWs() {
        while (p < end) {
            byte c = b[p];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            p++;
        }
    }

    private byte peek() throws RejectedLine {
        if (p >= end) {
            throw syntax("unexpected end of line (truncated?)");
        }
        return b[p];
    }

    private byte next() throws RejectedLine {
        if (p >= end) {
            throw syntax("unexpected end of line (truncated?)");
        }
        return b[p++];
    }

    private static ByteSlice[] slices(int n) {
        ByteSlice[] s = new ByteSlice[n];
        for (int i = 0; i < n; i++) {
            s[i] = new ByteSlice();
        }
        return s;
    }

    private static ByteSlice[] grow(ByteSlice[] old, int n) {
        ByteSlice[] s = Arrays.copyOf(old, n);
        for (int i = old.length; i < n; i++) {
            s[i] = new ByteSlice();
        }
        return s;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
