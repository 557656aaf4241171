package io.iotad.core.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Versions, approval state and metadata of trained models, grouped (one group per building
 * archetype, or {@code global}). Updates are atomic and safe with several writers.
 */
public interface ModelRegistry {
    /**
     * Registers a new version with status {@link ModelStatus#PENDING_MANUAL_APPROVAL}.
     *
     * @param group model package group
     * @param artifact the {@code model.tar.gz} to register (copied into the registry)
     * @param metadata code version, options, metrics, lineage
     * @return the new package, with the next version number of the group
     * @throws IOException when the artifact cannot be copied or the registry written
     */
    ModelPackage register(String group, Path artifact, Map<String, Object> metadata) throws IOException;

    /** @return the groups, sorted */
    List<String> groups();

    /**
     * @param group a group
     * @return its versions, oldest first (empty for an unknown group)
     */
    List<ModelPackage> list(String group);

    /**
     * @param group a group
     * @param version a version
     * @return the package, if registered
     */
    Optional<ModelPackage> get(String group, int version);

    /**
     * Moves a version to a new status.
     *
     * @param group group
     * @param version version
     * @param status new status; must be a legal move ({@link ModelStatus#canMoveTo})
     * @param note who and why
     * @return the updated package
     * @throws java.util.NoSuchElementException for an unknown version
     * @throws IllegalStateException naming both states for an illegal move
     * @throws IOException when the registry cannot be written
     */
    ModelPackage updateStatus(String group, int version, ModelStatus status, String note) throws IOException;

    /**
     * @param group a group
     * @return its newest {@link ModelStatus#APPROVED} version, if any
     */
    Optional<ModelPackage> latestApproved(String group);

    /**
     * @param pkg a registered package
     * @return a local path to its {@code model.tar.gz} (downloaded first for remote registries)
     * @throws IOException when it cannot be fetched
     */
    Path artifactPath(ModelPackage pkg) throws IOException;
}
