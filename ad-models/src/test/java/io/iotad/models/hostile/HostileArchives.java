package io.iotad.models.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotad.core.artifact.ModelArtifact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds hostile {@code model.tar.gz} files by hand, as an attacker would: a real fixture's manifest
 * with a forged payload and its checksum updated, or a payload entry of zeros that inflates ~1000×.
 */
final class HostileArchives {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileArchives() {
    }

    /** @return the manifest of a fixture artifact, as a mutable JSON tree */
    static ObjectNode manifestOf(String fixture) throws IOException {
        try (InputStream in = new GZIPInputStream(HostileArchives.class.getResourceAsStream("/io/iotad/models/artifacts/" + fixture))) {
            byte[] header = in.readNBytes(512);
            int size = Integer.parseInt(new String(header, 124, 11, StandardCharsets.US_ASCII).trim(), 8);
            return (ObjectNode) JSON.readTree(in.readNBytes(size));
        }
    }

    /**
     * Writes an artifact of the manifest and a forged payload, the manifest's checksum updated to match.
     *
     * @return the file's size in bytes
     */
    static long writeForged(Path file, ObjectNode manifest, int payloadVersion, byte[] payload) throws IOException {
        manifest.put("payload_version", payloadVersion);
        manifest.put("payload_sha256", sha256(payload));
        byte[] m = JSON.writeValueAsBytes(manifest);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            entry(out, ModelArtifact.MANIFEST_ENTRY, m.length);
            out.write(m);
            pad(out, m.length);
            entry(out, ModelArtifact.PAYLOAD_ENTRY, payload.length);
            out.write(payload);
            pad(out, payload.length);
            out.write(new byte[1024]);
        }
        return Files.size(file);
    }

    /**
     * Writes a gzip bomb: the manifest, then a payload entry of {@code zeros} zero bytes at the
     * highest compression (about 1000:1), under the default payload limit.
     *
     * @return the file's size in bytes
     */
    static long writeBomb(Path file, ObjectNode manifest, long zeros) throws IOException {
        byte[] m = JSON.writeValueAsBytes(manifest);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            entry(out, ModelArtifact.MANIFEST_ENTRY, m.length);
            out.write(m);
            pad(out, m.length);
            entry(out, ModelArtifact.PAYLOAD_ENTRY, zeros);
            byte[] block = new byte[1 << 20];
            for (long left = zeros; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
            out.write(new byte[1024]);
        }
        return Files.size(file);
    }

    private static void entry(OutputStream out, String name, long size) throws IOException {
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, "0000644");
        put(h, 108, "0000000");
        put(h, 116, "0000000");
        put(h, 124, String.format("%011o", size));
        put(h, 136, String.format("%011o", 0));
        h[156] = '0';
        put(h, 257, "ustar");
        h[263] = '0';
        h[264] = '0';
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o", sum));
        h[154] = 0;
        out.write(h);
    }

    private static void put(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, b.length);
    }

    private static void pad(OutputStream out, long size) throws IOException {
        int rest = (int) (size % 512);
        if (rest != 0) {
            out.write(new byte[512 - rest]);
        }
    }

    static byte[] bytes(ThrowingWriter w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(new java.io.DataOutputStream(out));
        return out.toByteArray();
    }

    /** Writes a payload by hand. */
    interface ThrowingWriter {
        void write(java.io.DataOutputStream out) throws IOException;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
