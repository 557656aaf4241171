package io.iotad.core.artifact;

import io.iotad.core.frame.FeatureFrame;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a {@link FeatureFrame}'s keys and values, in this byte order (all integers
 * big-endian, strings as a 4-byte length then their UTF-8 bytes):
 * <ol>
 *   <li>the ASCII tag {@code iotad-frame-v1};</li>
 *   <li>the feature count, then each feature name in schema order;</li>
 *   <li>the row count (8 bytes);</li>
 *   <li>for each row in frame order: apartment id, building id, the date as days since
 *       1970-01-01 (8 bytes), then each feature value as its IEEE-754 bits (8 bytes,
 *       {@link Double#doubleToLongBits}, so every NaN hashes alike).</li>
 * </ol>
 * Row order matters: the same rows in another order hash differently.
 */
final class FrameContentHash {
    private static final byte[] TAG = "iotad-frame-v1".getBytes(StandardCharsets.US_ASCII);

    private FrameContentHash() {
    }

    static String of(FeatureFrame frame) {
        MessageDigest sha = sha256();
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        sha.update(TAG);
        buf.putInt(frame.schema().size());
        for (String name : frame.schema().names()) {
            buf = putString(sha, buf, name);
        }
        buf.putLong(frame.rowCount());
        int cols = frame.schema().size();
        for (int i = 0; i < frame.rowCount(); i++) {
            buf = putString(sha, buf, frame.apartmentId(i));
            buf = putString(sha, buf, frame.buildingId(i));
            buf = room(sha, buf, 8);
            buf.putLong(frame.epochDay(i));
            for (int c = 0; c < cols; c++) {
                buf = room(sha, buf, 8);
                buf.putLong(Double.doubleToLongBits(frame.value(i, c)));
            }
        }
        flush(sha, buf);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static ByteBuffer putString(MessageDigest sha, ByteBuffer buf, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = room(sha, buf, 4);
        out.putInt(b.length);
        flush(sha, out);
        sha.update(b);
        return out;
    }

    private static ByteBuffer room(MessageDigest sha, ByteBuffer buf, int bytes) {
        if (buf.remaining() < Math.min(bytes, buf.capacity())) {
            flush(sha, buf);
        }
        return buf;
    }

    private static void flush(MessageDigest sha, ByteBuffer buf) {
        buf.flip();
        sha.update(buf);
        buf.clear();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
