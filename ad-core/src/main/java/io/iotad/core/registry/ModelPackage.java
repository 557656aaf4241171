package io.iotad.core.registry;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One registered version of a model in a group.
 *
 * @param group the model package group, e.g. {@code global} or an archetype such as {@code passive_house}
 * @param version version number within the group, from 1
 * @param status approval state
 * @param createdAt when it was registered
 * @param artifactUri where its {@code model.tar.gz} lives ({@code file:} or {@code s3:} URI)
 * @param metadata code version, options, metrics, data lineage: JSON-compatible values
 * @param statusNote who changed the status last and why (empty when never changed)
 */
public record ModelPackage(String group, int version, ModelStatus status, Instant createdAt, String artifactUri,
                           Map<String, Object> metadata, String statusNote) {
    /** Validates and copies the fields. */
    public ModelPackage {
        if (group == null || !group.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("group must match [A-Za-z0-9][A-Za-z0-9_.-]*, got '" + group + "'");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, got " + version);
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(artifactUri, "artifactUri");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        statusNote = statusNote == null ? "" : statusNote;
    }

    /** @return {@code group/version}, the id alerts carry as their model version */
    public String id() {
        return group + "/" + version;
    }
}
