package io.iotad.features.ingest;

/**
 * Whole JSON values over a {@link JsonCursor}: skipping any value with full syntax checks (the fields
 * a reading does not use), and naming a value's type for messages.
 */
final class JsonValues {
    private static final int MAX_DEPTH = 256;

    private JsonValues() {
    }

    /**
     * Skips any JSON value at the cursor, checking its syntax.
     *
     * @param in the cursor, on the value's first byte; left after it
     * @param depth the value's nesting depth, at most {@value #MAX_DEPTH}
     * @throws RejectedLine for a syntax error or nesting too deep
     */
    static void skip(JsonCursor in, int depth) throws RejectedLine {
        if (depth > MAX_DEPTH) {
            throw JsonCursor.syntax("nesting deeper than " + MAX_DEPTH);
        }
        byte c = in.peek();
        switch (c) {
            case '{':
                in.advance();
                in.skipWs();
                if (in.peek() == '}') {
                    in.advance();
                    return;
                }
                while (true) {
                    if (in.peek() != '"') {
                        throw JsonCursor.syntax("expected a quoted key");
                    }
                    in.skipString();
                    in.skipWs();
                    if (in.next() != ':') {
                        throw JsonCursor.syntax("expected ':'");
                    }
                    in.skipWs();
                    skip(in, depth + 1);
                    in.skipWs();
                    byte d = in.next();
                    if (d == '}') {
                        return;
                    }
                    if (d != ',') {
                        throw JsonCursor.syntax("expected ',' or '}'");
                    }
                    in.skipWs();
                }
            case '[':
                in.advance();
                in.skipWs();
                if (in.peek() == ']') {
                    in.advance();
                    return;
                }
                while (true) {
                    skip(in, depth + 1);
                    in.skipWs();
                    byte d = in.next();
                    if (d == ']') {
                        return;
                    }
                    if (d != ',') {
                        throw JsonCursor.syntax("expected ',' or ']'");
                    }
                    in.skipWs();
                }
            case '"':
                in.skipString();
                return;
            case 't':
                in.literal("true");
                return;
            case 'f':
                in.literal("false");
                return;
            case 'n':
                in.literal("null");
                return;
            case 'N':
            case 'I':
                // not JSON (RFC 8259): only a reading's value names them, as a non-finite value
                throw JsonCursor.syntax("'" + (c == 'N' ? "NaN" : "Infinity") + "' is not a JSON value");
            default:
                if (c == '-' && in.peekNext() == 'I') {
                    throw JsonCursor.syntax("'-Infinity' is not a JSON value");
                }
                if (c == '-' || (c >= '0' && c <= '9')) {
                    in.readNumber();
                    return;
                }
                throw JsonCursor.syntax(in.atEnd() ? "unexpected end of line (truncated?)" : "unexpected character '" + (char) (c & 0xff) + "'");
        }
    }

    /**
     * @param c a value's first byte
     * @return the value's JSON type, for messages: "a string", "an object", ...
     */
    static String typeName(byte c) {
        switch (c) {
            case '"': return "a string";
            case '{': return "an object";
            case '[': return "an array";
            case 't': case 'f': return "a boolean";
            case 'n': return "null";
            default: return "a number";
        }
    }
}
