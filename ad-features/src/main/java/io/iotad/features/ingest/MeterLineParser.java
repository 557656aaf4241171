package io.iotad.features.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A hand-written, allocation-free parser of one raw meter line (DATA-CONTRACT §1.1), working on UTF-8 bytes.
 *
 * <p>It checks full JSON syntax over the whole line, unknown fields included (strict RFC 8259 numbers;
 * {@code NaN} and {@code ±Infinity} are not JSON: as a reading's {@code value} they are named as non-finite
 * values, anywhere else the line is invalid JSON) and the schema: {@code timestamp_str}, {@code apartment_id},
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
    private static final int F_TIMESTAMP = 0;
    private static final int F_APARTMENT = 1;
    private static final int F_BUILDING = 2;
    private static final int F_SENSOR = 3;
    private static final int F_ROOM = 4;
    private static final int F_VALUE = 5;
    private static final String[] FIELD_NAMES = {"timestamp_str", "apartment_id", "building_id", "sensor_type", "room_name", "value"};

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

    private final JsonCursor in = new JsonCursor();
    private final ByteSlice key = new ByteSlice();
    private final ByteSlice timestamp = new ByteSlice();
    private final RawTimestamp.LastDate lastDate = new RawTimestamp.LastDate();
    private RejectedLine schemaError;

    /**
     * Parses the bytes {@code [start, end)} (no line terminator).
     *
     * @throws RejectedLine naming the reason when the line is to be quarantined
     */
    void parse(byte[] buf, int start, int stop) throws RejectedLine {
        in.reset(buf, start, stop);
        schemaError = null;
        readingCount = 0;
        boolean hasTs = false;
        boolean hasApt = false;
        boolean hasBldg = false;
        boolean hasReadings = false;
        in.skipWs();
        if (in.atEnd()) {
            throw JsonCursor.syntax("empty line");
        }
        if (in.peek() != '{') {
            JsonValues.skip(in, 0);
            in.skipWs();
            if (!in.atEnd()) {
                throw JsonCursor.syntax("extra data after the value at byte " + (in.position() - start));
            }
            throw new RejectedLine(QuarantineReason.NOT_AN_OBJECT, "the line is JSON but not an object");
        }
        in.advance();
        in.skipWs();
        if (in.peek() == '}') {
            in.advance();
        } else {
            while (true) {
                in.readKey(key);
                int len = key.length;
                if (len == 13 && key.contentEquals(K_TIMESTAMP)) {
                    hasTs = true;
                    readStringField(F_TIMESTAMP, -1, timestamp);
                } else if (len == 12 && key.contentEquals(K_APARTMENT)) {
                    hasApt = true;
                    readIdField(F_APARTMENT, apartment);
                } else if (len == 11 && key.contentEquals(K_BUILDING)) {
                    hasBldg = true;
                    readIdField(F_BUILDING, building);
                } else if (len == 8 && key.contentEquals(K_READINGS)) {
                    hasReadings = true;
                    readReadings();
                } else {
                    JsonValues.skip(in, 1);
                }
                in.skipWs();
                byte c = in.next();
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw JsonCursor.syntax("expected ',' or '}' at byte " + (in.position() - 1 - start));
                }
                in.skipWs();
            }
        }
        in.skipWs();
        if (!in.atEnd()) {
            throw JsonCursor.syntax("extra data after the object at byte " + (in.position() - start));
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
        epochNanos = RawTimestamp.epochNanos(timestamp.bytes, timestamp.offset, timestamp.length, lastDate);
    }

    /** Reads a field that must be a string; records a schema error otherwise. @return whether it was one */
    private boolean readStringField(int field, int index, ByteSlice into) throws RejectedLine {
        if (in.peek() != '"') {
            String type = JsonValues.typeName(in.peek());
            JsonValues.skip(in, 1);
            schema(QuarantineReason.WRONG_TYPE, fieldName(field, index) + " must be a string, not " + type);
            return false;
        }
        in.readString(into);
        return true;
    }

    /** @return the last parsed line's {@code timestamp_str}, as text (built only for messages) */
    String timestampText() {
        return new String(timestamp.bytes, timestamp.offset, Math.min(timestamp.length, 64), StandardCharsets.UTF_8);
    }

    private void readIdField(int field, ByteSlice into) throws RejectedLine {
        if (readStringField(field, -1, into) && into.length == 0) {
            schema(QuarantineReason.EMPTY_ID, fieldName(field, -1) + " must be a non-empty string");
        }
    }

    /** The name of a field for messages, built only when a line is rejected. */
    private static String fieldName(int field, int index) {
        String name = FIELD_NAMES[field];
        return index < 0 ? name : "readings[" + index + "]." + name;
    }

    private void readReadings() throws RejectedLine {
        readingCount = 0;
        if (in.peek() != '[') {
            String type = JsonValues.typeName(in.peek());
            JsonValues.skip(in, 1);
            schema(QuarantineReason.WRONG_TYPE, "readings must be an array, not " + type);
            return;
        }
        in.advance();
        in.skipWs();
        if (in.peek() == ']') {
            in.advance();
            return;
        }
        while (true) {
            int index = readingCount;
            if (in.peek() == '{') {
                readReading(index);
            } else {
                String type = JsonValues.typeName(in.peek());
                JsonValues.skip(in, 2);
                schema(QuarantineReason.WRONG_TYPE, "readings[" + index + "] must be an object, not " + type);
            }
            in.skipWs();
            byte c = in.next();
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw JsonCursor.syntax("expected ',' or ']' in readings");
            }
            in.skipWs();
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
        room.set(in.buffer(), 0, 0);
        boolean hasSensor = false;
        boolean hasValue = false;
        in.advance();
        in.skipWs();
        if (in.peek() == '}') {
            in.advance();
        } else {
            while (true) {
                in.readKey(key);
                int len = key.length;
                if (len == 11 && key.contentEquals(K_SENSOR)) {
                    hasSensor = true;
                    readStringField(F_SENSOR, index, sensor);
                } else if (len == 9 && key.contentEquals(K_ROOM)) {
                    if (in.peek() == 'n') {
                        in.literal("null");
                        room.set(in.buffer(), 0, 0);
                    } else {
                        readStringField(F_ROOM, index, room);
                    }
                } else if (len == 5 && key.contentEquals(K_VALUE)) {
                    hasValue = true;
                    readValue(index);
                } else {
                    JsonValues.skip(in, 3);
                }
                in.skipWs();
                byte c = in.next();
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw JsonCursor.syntax("expected ',' or '}' in readings[" + index + "]");
                }
                in.skipWs();
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
        byte c = in.peek();
        if (c == '-' || (c >= '0' && c <= '9')) {
            if (c == '-' && in.peekNext() == 'I') {
                in.advance();
                in.literal("Infinity");
                schema(QuarantineReason.VALUE_NOT_FINITE, fieldName(F_VALUE, index) + " is -Infinity");
                return;
            }
            double v = in.readNumber();
            if (!Double.isFinite(v)) {
                schema(QuarantineReason.VALUE_NOT_FINITE, fieldName(F_VALUE, index) + " overflows a double");
            }
            values[index] = v;
        } else if (c == 'N') {
            in.literal("NaN");
            schema(QuarantineReason.VALUE_NOT_FINITE, fieldName(F_VALUE, index) + " is NaN");
        } else if (c == 'I') {
            in.literal("Infinity");
            schema(QuarantineReason.VALUE_NOT_FINITE, fieldName(F_VALUE, index) + " is Infinity");
        } else {
            String type = JsonValues.typeName(c);
            JsonValues.skip(in, 3);
            schema(QuarantineReason.VALUE_NOT_NUMBER, fieldName(F_VALUE, index) + " must be a JSON number, not " + type);
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
