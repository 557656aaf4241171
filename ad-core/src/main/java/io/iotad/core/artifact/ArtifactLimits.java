package io.iotad.core.artifact;

/**
 * Upper bounds on a model artifact being read, so that a corrupt or hostile archive cannot exhaust
 * memory or time. An entry above its bound is refused before it is read; a gzip stream that expands
 * more than {@code maxCompressionRatio} times its compressed size, once past
 * {@link #RATIO_CHECK_AFTER_BYTES} decompressed, is refused as a likely decompression bomb.
 *
 * @param maxManifestBytes largest {@code manifest.json}, in bytes, at least 1; default {@value #DEFAULT_MAX_MANIFEST_BYTES}
 * @param maxPayloadBytes largest {@code payload.bin}, in bytes, in [1, {@value #MAX_PAYLOAD_BYTES}]; default {@value #DEFAULT_MAX_PAYLOAD_BYTES}
 * @param maxCompressionRatio largest decompressed-to-compressed size ratio accepted once more than
 *     {@link #RATIO_CHECK_AFTER_BYTES} bytes have been decompressed, in [2, 1100] (deflate cannot
 *     exceed about 1032); default {@value #DEFAULT_MAX_COMPRESSION_RATIO}
 */
public record ArtifactLimits(long maxManifestBytes, long maxPayloadBytes, int maxCompressionRatio) {
    /** Default bound of {@code manifest.json}: 1 MiB. */
    public static final long DEFAULT_MAX_MANIFEST_BYTES = 1L << 20;
    /** Default bound of {@code payload.bin}: 512 MiB. */
    public static final long DEFAULT_MAX_PAYLOAD_BYTES = 512L << 20;
    /** Hard bound of {@code payload.bin}: the payload is held in one array while its checksum is checked. */
    public static final long MAX_PAYLOAD_BYTES = Integer.MAX_VALUE - 8;
    /**
     * Default bound of the compression ratio: 100. Real payloads (IEEE-754 doubles, tree arrays,
     * booster models) compress 1.1× to about 10×; a stream of zeros compresses about 1000×.
     */
    public static final int DEFAULT_MAX_COMPRESSION_RATIO = 100;
    /** Decompressed bytes (16 MiB) below which the ratio is not checked, so small, highly regular artifacts always read. */
    public static final long RATIO_CHECK_AFTER_BYTES = 16L << 20;
    /** The default limits. */
    public static final ArtifactLimits DEFAULTS = new ArtifactLimits(DEFAULT_MAX_MANIFEST_BYTES, DEFAULT_MAX_PAYLOAD_BYTES);

    /** Validates the bounds. */
    public ArtifactLimits {
        if (maxManifestBytes < 1 || maxManifestBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxManifestBytes must be in [1, " + (Integer.MAX_VALUE - 8)
                    + "], got " + maxManifestBytes);
        }
        if (maxPayloadBytes < 1 || maxPayloadBytes > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("maxPayloadBytes must be in [1, " + MAX_PAYLOAD_BYTES + "], got "
                    + maxPayloadBytes);
        }
        if (maxCompressionRatio < 2 || maxCompressionRatio > 1100) {
            throw new IllegalArgumentException("maxCompressionRatio must be in [2, 1100], got " + maxCompressionRatio);
        }
    }

    /**
     * Limits with the {@linkplain #DEFAULT_MAX_COMPRESSION_RATIO default compression ratio}.
     *
     * @param maxManifestBytes largest {@code manifest.json}, in bytes
     * @param maxPayloadBytes largest {@code payload.bin}, in bytes
     */
    public ArtifactLimits(long maxManifestBytes, long maxPayloadBytes) {
        this(maxManifestBytes, maxPayloadBytes, DEFAULT_MAX_COMPRESSION_RATIO);
    }
}
