package io.iotad.core.artifact;

import io.iotad.core.detect.Detector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Writes and reads one strategy's fitted {@link Detector} as the payload of a model artifact.
 * Explicit and versioned: no {@code java.io.Serializable}. A codec writes its {@link #version()}
 * and reads every version up to it; an unknown (newer) version fails with
 * "Unknown version N, this codec supports at most version M".
 */
public interface PayloadCodec {
    /** @return the payload format version this codec writes, at least 1 */
    int version();

    /**
     * @param detector a detector fitted by this codec's strategy
     * @param out where the payload goes; not closed by this method
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when the detector belongs to another strategy
     */
    void write(Detector detector, OutputStream out) throws IOException;

    /**
     * @param in the payload; not closed by this method
     * @param version the payload version recorded in the manifest
     * @return the detector, scoring bit-identically to the one written
     * @throws IOException when the payload is truncated or corrupt
     * @throws UnsupportedVersionException when {@code version} is above {@link #version()} or below 1
     */
    Detector read(InputStream in, int version) throws IOException;
}
