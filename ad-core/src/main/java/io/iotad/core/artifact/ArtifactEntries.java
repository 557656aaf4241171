package io.iotad.core.artifact;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The entries of a {@link ModelArtifact} archive, read and checked for safety and size before anything
 * is decoded: the gzip stream is bounded by an {@link InflationGuard}, every name by {@link EntryNames},
 * and the stream is read to its end so that its CRC-32 is checked.
 *
 * @param manifest the manifest's bytes
 * @param payload the payload's bytes
 * @param attachments the optional entries
 */
record ArtifactEntries(byte[] manifest, byte[] payload, ArtifactAttachments attachments) {
    /** Most zero padding accepted after the archive's last entry (tar pads to records of up to 10 KiB). */
    private static final long MAX_TRAILING_PADDING = 1L << 20;

    static ArtifactEntries read(InputStream raw, String source, ArtifactLimits limits) throws IOException {
        Objects.requireNonNull(limits, "limits");
        byte[] manifest = null;
        byte[] payload = null;
        Map<String, byte[]> attached = new TreeMap<>();
        try {
            InflationGuard guard = new InflationGuard(source, limits);
            InputStream gz = guard.inflated(new GZIPInputStream(
                    guard.compressed(new BufferedInputStream(raw, 1 << 16)), 1 << 16));
            UstarReader tar = new UstarReader(gz, source);
            UstarReader.Entry e;
            while ((e = tar.next()) != null) {
                String name = EntryNames.check(e, source);
                if (name.isEmpty()) {
                    continue; // the archive's own "./" directory entry
                }
                if (name.equals(ModelArtifact.MANIFEST_ENTRY)) {
                    if (manifest != null) {
                        throw new CorruptArtifactException(source, "holds " + ModelArtifact.MANIFEST_ENTRY + " twice");
                    }
                    EntryNames.checkSize(e, limits.maxManifestBytes(), "maxManifestBytes", source);
                    manifest = tar.content(e);
                } else if (ArtifactAttachments.NAMES.contains(name)) {
                    if (attached.containsKey(name)) {
                        throw new CorruptArtifactException(source, "holds " + name + " twice");
                    }
                    EntryNames.checkSize(e, ArtifactAttachments.MAX_BYTES, "ArtifactAttachments.MAX_BYTES", source);
                    attached.put(name, tar.content(e));
                } else {
                    if (payload != null) {
                        throw new CorruptArtifactException(source, "holds " + ModelArtifact.PAYLOAD_ENTRY + " twice");
                    }
                    EntryNames.checkSize(e, limits.maxPayloadBytes(), "maxPayloadBytes", source);
                    payload = tar.content(e);
                }
            }
            drainToEnd(gz, source);
        } catch (ZipException e) {
            throw new CorruptArtifactException(source, "is not a valid gzip stream: " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new CorruptArtifactException(source, "ends early (truncated gzip stream)", e);
        }
        if (manifest == null) {
            throw new CorruptArtifactException(source, "lacks " + ModelArtifact.MANIFEST_ENTRY);
        }
        if (payload == null) {
            throw new CorruptArtifactException(source, "lacks " + ModelArtifact.PAYLOAD_ENTRY);
        }
        return new ArtifactEntries(manifest, payload, ArtifactAttachments.of(attached));
    }

    /**
     * Reads the rest of the gzip member, so that its CRC-32 trailer is checked: deflate itself
     * has no integrity check, and a flipped bit could otherwise change the manifest unnoticed.
     * Only zero padding (tar's end blocks and record fill) may follow the last entry.
     */
    private static void drainToEnd(InputStream gz, String source) throws IOException {
        byte[] buf = new byte[8192];
        long trailing = 0;
        int n;
        while ((n = gz.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                if (buf[i] != 0) {
                    throw new CorruptArtifactException(source, "holds data after the end of the tar archive");
                }
            }
            trailing += n;
            if (trailing > MAX_TRAILING_PADDING) {
                throw new CorruptArtifactException(source, "has more than " + MAX_TRAILING_PADDING
                        + " bytes of padding after the end of the tar archive");
            }
        }
    }
}
