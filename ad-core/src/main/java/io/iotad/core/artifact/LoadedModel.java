package io.iotad.core.artifact;

import io.iotad.core.detect.Detector;
import java.util.Objects;

/**
 * A model read from an artifact whose checksum and versions were verified.
 *
 * @param manifest the artifact's manifest
 * @param detector the decoded detector, scoring bit-identically to the one written
 * @param attachments the artifact's optional entries (feature profile, alert policy); none for older artifacts
 */
public record LoadedModel(ModelManifest manifest, Detector detector, ArtifactAttachments attachments) {
    /** Validates the fields. */
    public LoadedModel {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(attachments, "attachments");
    }

    /**
     * A model without attachments.
     *
     * @param manifest the artifact's manifest
     * @param detector the decoded detector
     */
    public LoadedModel(ModelManifest manifest, Detector detector) {
        this(manifest, detector, ArtifactAttachments.NONE);
    }
}
