package io.iotad.core.artifact;

import io.iotad.core.detect.Detector;
import java.util.Objects;

/**
 * A model read from an artifact whose checksum and versions were verified.
 *
 * @param manifest the artifact's manifest
 * @param detector the decoded detector, scoring bit-identically to the one written
 */
public record LoadedModel(ModelManifest manifest, Detector detector) {
    /** Validates the fields. */
    public LoadedModel {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(detector, "detector");
    }
}
