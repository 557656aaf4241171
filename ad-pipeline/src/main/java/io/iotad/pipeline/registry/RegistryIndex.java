package io.iotad.pipeline.registry;

import java.util.List;
import java.util.Map;

/**
 * The {@code index.json} of one group: every version, in version order.
 *
 * @param formatVersion layout version of this file, {@link #FORMAT_VERSION} when written by this library
 * @param group the group
 * @param versions the registered versions, oldest first
 */
record RegistryIndex(int formatVersion, String group, List<Entry> versions) {
    /** The index layout this library writes and the highest it reads. */
    static final int FORMAT_VERSION = 1;

    RegistryIndex {
        versions = List.copyOf(versions);
    }

    /**
     * One registered version.
     *
     * @param version version number, from 1
     * @param status the {@link io.iotad.core.registry.ModelStatus#display()} spelling
     * @param createdAt ISO-8601 instant
     * @param artifact path of the artifact relative to the group folder, e.g. {@code 3/model.tar.gz}
     * @param metadata JSON-compatible metadata
     * @param statusNote who changed the status last and why
     */
    record Entry(int version, String status, String createdAt, String artifact, Map<String, Object> metadata,
                 String statusNote) {
    }
}
