package io.iotad.core.artifact;

/**
 * Upper bounds on the entries of a model artifact being read, so that a corrupt or hostile
 * archive cannot exhaust memory. An entry above its bound is refused before it is read.
 *
 * @param maxManifestBytes largest {@code manifest.json}, in bytes, at least 1; default {@value #DEFAULT_MAX_MANIFEST_BYTES}
 * @param maxPayloadBytes largest {@code payload.bin}, in bytes, in [1, {@value #MAX_PAYLOAD_BYTES}]; default {@value #DEFAULT_MAX_PAYLOAD_BYTES}
 */
public record ArtifactLimits(long maxManifestBytes, long maxPayloadBytes) {
    /** Default bound of {@code manifest.json}: 1 MiB. */
    public static final long DEFAULT_MAX_MANIFEST_BYTES = 1L << 20;
    /** Default bound of {@code payload.bin}: 512 MiB. */
    public static final long DEFAULT_MAX_PAYLOAD_BYTES = 512L << 20;
    /** Hard bound of {@code payload.bin}: the payload is held in one array while its checksum is checked. */
    public static final long MAX_PAYLOAD_BYTES = Integer.MAX_VALUE - 8;
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
    }
}
