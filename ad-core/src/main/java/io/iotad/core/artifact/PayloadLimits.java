package io.iotad.core.artifact;

/**
 * Bounds a {@link PayloadReader} checks before it allocates anything, so that a forged count or
 * length (a feature count of 2<sup>31</sup>−1 in a 1 KB payload) is refused with a
 * {@link CorruptPayloadException} instead of exhausting memory. Besides these fixed bounds, a
 * reader over an in-memory payload (every payload {@link ModelArtifact} decodes) refuses any count
 * whose elements would need more bytes than are left in the payload.
 *
 * @param maxElements most elements in one array, list or byte block, in [1, 2<sup>30</sup>]; default {@value #DEFAULT_MAX_ELEMENTS}
 * @param maxStringBytes most UTF-8 bytes in one string or JSON value, in [1, 2<sup>30</sup>]; default {@value #DEFAULT_MAX_STRING_BYTES}
 * @param maxJsonDepth deepest nesting of arrays and objects in a JSON value, in [1, 1000]; default {@value #DEFAULT_MAX_JSON_DEPTH}
 */
public record PayloadLimits(int maxElements, int maxStringBytes, int maxJsonDepth) {
    /** Default bound of one array, list or byte block: 2<sup>28</sup> elements. */
    public static final int DEFAULT_MAX_ELEMENTS = 1 << 28;
    /** Default bound of one string or JSON value: 16 MiB. */
    public static final int DEFAULT_MAX_STRING_BYTES = 16 << 20;
    /** Default bound of JSON nesting: 64 levels. */
    public static final int DEFAULT_MAX_JSON_DEPTH = 64;
    /** The default limits. */
    public static final PayloadLimits DEFAULTS = new PayloadLimits(DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_STRING_BYTES,
            DEFAULT_MAX_JSON_DEPTH);

    /** Validates the bounds. */
    public PayloadLimits {
        check("maxElements", maxElements, 1 << 30);
        check("maxStringBytes", maxStringBytes, 1 << 30);
        check("maxJsonDepth", maxJsonDepth, 1000);
    }

    private static void check(String name, int v, int max) {
        if (v < 1 || v > max) {
            throw new IllegalArgumentException(name + " must be in [1, " + max + "], got " + v);
        }
    }
}
