package io.iotad.core.artifact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link PayloadWriter} wrote: the one payload format of every codec. The payload is
 * held in memory (a {@link ByteArrayInputStream}, as {@link ModelArtifact} hands every codec, is
 * used as it is; any other stream is read to its end first, in growing chunks), so every count and
 * length is checked before anything is allocated, against the {@link PayloadLimits} and against the
 * bytes left; a JSON value is parsed with bounded nesting, string and number lengths.
 * Every failure (early end, a bound exceeded, malformed UTF-8 or JSON) is a
 * {@link CorruptPayloadException} naming the payload, the field and the value found; nothing here
 * throws an {@link Error} on hostile input. Does not close the stream it wraps. Not thread-safe.
 *
 * <p>{@link #readModifiedUtf8(String)} reads the 2-byte-length strings of the version-1 binary
 * payloads written with {@link java.io.DataOutputStream#writeUTF}, so those codecs read their old
 * payloads through the same bounded reader.
 */
public final class PayloadReader {
    private static final int CHUNK = 1 << 16;

    private final PayloadCursor in;
    private final String what;
    private final PayloadLimits limits;
    private final BoundedJson json;

    /**
     * A reader with the {@linkplain PayloadLimits#DEFAULTS default limits}.
     *
     * @param in the payload; read to its end unless a {@link ByteArrayInputStream}; never closed
     * @param what the payload, for messages, e.g. {@code "isolation_forest payload"}
     * @throws IOException when reading {@code in} fails
     */
    public PayloadReader(InputStream in, String what) throws IOException {
        this(in, what, PayloadLimits.DEFAULTS);
    }

    /**
     * @param in the payload; read to its end unless a {@link ByteArrayInputStream}; never closed
     * @param what the payload, for messages, e.g. {@code "isolation_forest payload"}
     * @param limits the bounds checked before allocating
     * @throws IOException when reading {@code in} fails
     */
    public PayloadReader(InputStream in, String what, PayloadLimits limits) throws IOException {
        ByteArrayInputStream bytes = in instanceof ByteArrayInputStream b ? b : new ByteArrayInputStream(in.readAllBytes());
        this.in = new PayloadCursor(bytes, this::corrupt);
        this.what = what;
        this.limits = limits;
        this.json = new BoundedJson(limits, this::corrupt);
    }

    /**
     * Checks a payload version against the highest one a codec reads.
     *
     * @param what what carries the version, e.g. {@code "stl payload"}
     * @param found the version recorded in the manifest
     * @param supported the highest version the codec reads; it reads every version from 1 up to it
     * @throws UnsupportedVersionException when {@code found} is below 1 or above {@code supported}
     */
    public static void requireVersion(String what, int found, int supported) {
        if (found < 1 || found > supported) {
            throw new UnsupportedVersionException(what, found, supported);
        }
    }

    /**
     * @param problem what is wrong
     * @return an exception naming this reader's payload, for a codec's own checks
     */
    public CorruptPayloadException corrupt(String problem) {
        return new CorruptPayloadException(what, problem);
    }

    /**
     * @param problem what is wrong
     * @param cause the underlying failure, e.g. a detector constructor's {@link IllegalArgumentException}
     * @return an exception naming this reader's payload
     */
    public CorruptPayloadException corrupt(String problem, Throwable cause) {
        return new CorruptPayloadException(what, problem, cause);
    }

    /**
     * Reads the strategy name a payload starts with ({@link PayloadWriter#writeStrategy}) and checks it.
     *
     * @param expected the strategy whose codec is reading, e.g. {@code "lof"}
     * @throws CorruptPayloadException naming both strategies when the payload is another's
     */
    public void requireStrategy(String expected) throws IOException {
        in.need(4, "the strategy name");
        int n = readInt();
        if (n < 0 || n > 256) {
            throw corrupt("expected a payload of strategy '" + expected + "', which starts with its name, but it starts with a length of " + n);
        }
        String found = new String(in.readFully(n, "strategy name"), StandardCharsets.UTF_8);
        if (!found.equals(expected)) {
            throw corrupt("expected a payload of strategy '" + expected + "' but it starts with strategy '" + found + "'");
        }
    }

    /** @return bytes read so far */
    public long position() {
        return in.position();
    }

    /**
     * @return the next int
     * @throws CorruptPayloadException when the payload ends early
     */
    public int readInt() throws IOException {
        return in.readInt();
    }

    /**
     * @return the next long
     * @throws CorruptPayloadException when the payload ends early
     */
    public long readLong() throws IOException {
        return in.readLong();
    }

    /**
     * @return the next double, bit-exact
     * @throws CorruptPayloadException when the payload ends early
     */
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /**
     * @return the next boolean: byte 0 is false, any other true
     * @throws CorruptPayloadException when the payload ends early
     */
    public boolean readBoolean() throws IOException {
        return in.readBoolean();
    }

    /**
     * @param field what the value is, for messages
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return the next int, within bounds
     * @throws CorruptPayloadException naming the field when it is out of bounds or missing
     */
    public int readInt(String field, int min, int max) throws IOException {
        int v = readInt();
        if (v < min || v > max) {
            throw corrupt(field + " is " + v + ", expected " + min + ".." + max);
        }
        return v;
    }

    /**
     * Reads a count of elements that follow, each of at least {@code elementBytes} bytes, checking
     * it against {@link PayloadLimits#maxElements()} and the bytes left before the caller allocates.
     *
     * @param field what is counted, for messages
     * @param elementBytes the fewest bytes one element takes in the payload, at least 1
     * @return the count, in [0, maxElements]
     * @throws CorruptPayloadException when the count is negative, above the bound, or more than the payload holds
     */
    public int readCount(String field, long elementBytes) throws IOException {
        int n = readInt();
        checkCount(field, n, elementBytes);
        return n;
    }

    /**
     * Checks a count already read (or derived, such as rows × features) before allocating for it.
     *
     * @param field what is counted, for messages
     * @param n the count
     * @param elementBytes the fewest bytes one element takes in the payload, at least 1
     * @throws CorruptPayloadException when the count is negative, above the bound, or more than the payload holds
     */
    public void checkCount(String field, long n, long elementBytes) throws CorruptPayloadException {
        if (elementBytes < 1) {
            throw new IllegalArgumentException("elementBytes must be >= 1, got " + elementBytes);
        }
        if (n < 0 || n > limits.maxElements()) {
            throw corrupt(field + " is " + n + ", expected 0.." + limits.maxElements());
        }
        if (n > in.remaining() / elementBytes) {
            throw corrupt(field + " is " + n + " but only " + in.remaining() + " bytes are left (truncated, or a forged count), fewer than the "
                    + n * elementBytes + " it needs");
        }
    }

    /**
     * @param field name for messages
     * @return the next string (int byte length, UTF-8)
     * @throws CorruptPayloadException when its length is out of bounds, it is truncated or not valid UTF-8
     */
    public String readString(String field) throws IOException {
        int n = readInt();
        if (n < 0 || n > limits.maxStringBytes()) {
            throw corrupt(field + " length is " + n + ", expected 0.." + limits.maxStringBytes());
        }
        byte[] b = in.readFully(n, field);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw corrupt(field + " is not valid UTF-8", e);
        }
    }

    /**
     * Reads a string written by {@link java.io.DataOutputStream#writeUTF} (2-byte length, modified
     * UTF-8), the string form of the version-1 binary payloads.
     *
     * @param field name for messages
     * @return the string
     * @throws CorruptPayloadException when it is truncated or malformed
     */
    public String readModifiedUtf8(String field) throws IOException {
        int n = in.readUnsignedShort(field + " length");
        byte[] b = in.readFully(n, field);
        byte[] framed = new byte[n + 2];
        framed[0] = (byte) (n >>> 8);
        framed[1] = (byte) n;
        System.arraycopy(b, 0, framed, 2, n);
        try {
            return new DataInputStream(new ByteArrayInputStream(framed)).readUTF();
        } catch (UTFDataFormatException e) {
            throw corrupt(field + " is not valid modified UTF-8", e);
        }
    }

    /**
     * Reads the feature names of a version-1 binary payload: {@code n} strings written by
     * {@link java.io.DataOutputStream#writeUTF}, the count checked before allocating.
     *
     * @param n the feature count read before them
     * @return the names, in order
     * @throws CorruptPayloadException when {@code n} is out of bounds or a name is truncated or malformed
     */
    public List<String> readLegacyNames(int n) throws IOException {
        checkCount("feature count", n, 2);
        List<String> names = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            names.add(readModifiedUtf8("feature name"));
        }
        return names;
    }

    /**
     * @param field name for messages
     * @return the next byte block (int length, bytes)
     * @throws CorruptPayloadException when its length is out of bounds or it is truncated
     */
    public byte[] readBytes(String field) throws IOException {
        int n = readCount(field + " length", 1);
        return in.readFully(n, field);
    }

    /**
     * @param field name for messages
     * @return the next double array (int count, doubles)
     * @throws CorruptPayloadException when its count is out of bounds or it is truncated
     */
    public double[] readDoubles(String field) throws IOException {
        int n = readCount(field + " length", Double.BYTES);
        return readDoubles(field, n);
    }

    /**
     * Reads {@code n} doubles without a count prefix ({@link PayloadWriter#writeDoublesRaw}).
     *
     * @param field name for messages
     * @param n how many, checked against the bounds before allocating
     * @return the doubles
     * @throws CorruptPayloadException when {@code n} is out of bounds or the payload ends early
     */
    public double[] readDoubles(String field, long n) throws IOException {
        checkCount(field + " length", n, Double.BYTES);
        double[] v = new double[(int) n];
        byte[] buf = new byte[(int) Math.min(CHUNK, n * Double.BYTES)];
        int done = 0;
        while (done < n) {
            int k = (int) Math.min(buf.length / Double.BYTES, n - done);
            in.readInto(buf, k * Double.BYTES, field);
            ByteBuffer.wrap(buf, 0, k * Double.BYTES).asDoubleBuffer().get(v, done, k);
            done += k;
        }
        return v;
    }

    /**
     * @param field name for messages
     * @return the next int array (int count, ints)
     * @throws CorruptPayloadException when its count is out of bounds or it is truncated
     */
    public int[] readInts(String field) throws IOException {
        int n = readCount(field + " length", Integer.BYTES);
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = readInt();
        }
        return v;
    }

    /**
     * @param field name for messages
     * @return the next string list (int count, strings)
     * @throws CorruptPayloadException when a count or length is out of bounds or it is truncated
     */
    public List<String> readStrings(String field) throws IOException {
        int n = readCount(field + " count", Integer.BYTES);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readString(field));
        }
        return List.copyOf(out);
    }

    /**
     * @param field name for messages
     * @return the JSON object written by {@link PayloadWriter#writeJson}, in insertion order
     * @throws CorruptPayloadException when the block is out of bounds, or not one bounded JSON object
     */
    public Map<String, Object> readJson(String field) throws IOException {
        int n = readInt();
        if (n < 0 || n > limits.maxStringBytes()) {
            throw corrupt(field + " length is " + n + ", expected 0.." + limits.maxStringBytes());
        }
        byte[] b = in.readFully(n, field);
        JsonNode node = json.parse(b, field);
        if (!node.isObject()) {
            throw corrupt(field + " is not a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = json.mapper().convertValue(node, LinkedHashMap.class);
        return map;
    }

    /**
     * Reads the rest of the payload as one JSON document ({@link PayloadWriter#writeJsonDocument}),
     * bounded like every JSON value.
     *
     * @param field name for messages
     * @return the document's tree
     * @throws CorruptPayloadException when the rest is above {@link PayloadLimits#maxStringBytes()} or not one JSON value
     */
    public JsonNode readJsonDocument(String field) throws IOException {
        byte[] b = in.readRest(limits.maxStringBytes());
        if (b.length == limits.maxStringBytes() && !in.atEnd()) {
            throw corrupt(field + " is longer than " + limits.maxStringBytes() + " bytes");
        }
        return json.parse(b, field);
    }

    /**
     * @return the mapper this reader parses JSON with (bounded), for binding a tree to a type
     */
    public ObjectMapper json() {
        return json.mapper();
    }

    /**
     * Checks that nothing follows the last field.
     *
     * @throws CorruptPayloadException when bytes are left
     */
    public void requireEnd() throws IOException {
        if (!in.atEnd()) {
            throw corrupt("bytes follow the last field, at offset " + in.position());
        }
    }
}
