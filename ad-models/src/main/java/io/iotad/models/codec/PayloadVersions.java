package io.iotad.models.codec;

import io.iotad.core.artifact.UnsupportedVersionException;

/** The version rule of every payload codec of this module: it reads versions 1 to the one it writes. */
public final class PayloadVersions {
    private PayloadVersions() {
    }

    /**
     * @param what what carries the version, e.g. {@code "stl payload"}
     * @param found the version recorded
     * @param supported the highest version the codec reads
     * @throws UnsupportedVersionException when {@code found} is below 1 or above {@code supported}
     */
    public static void require(String what, int found, int supported) {
        if (found < 1 || found > supported) {
            throw new UnsupportedVersionException(what, found, supported);
        }
    }
}
