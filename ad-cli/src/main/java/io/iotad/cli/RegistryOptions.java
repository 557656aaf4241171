package io.iotad.cli;

import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.pipeline.registry.FileModelRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/** Opens an existing registry folder and finds groups and versions in a registry, with messages naming what exists. */
final class RegistryOptions {
    private RegistryOptions() {
    }

    /**
     * @param dir the {@code --registry} folder
     * @return the registry
     * @throws IllegalArgumentException when the folder does not exist (a typo would otherwise create an empty registry)
     * @throws IOException when it cannot be opened
     */
    static FileModelRegistry open(Path dir) throws IOException {
        if (dir == null) {
            throw new IllegalArgumentException("--registry DIR is required");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--registry " + dir + " is not a folder; train a model first (iotad train "
                    + "--registry " + dir + " ...)");
        }
        return new FileModelRegistry(dir);
    }

    /**
     * @param registry the registry
     * @param where how the user named it, for messages
     * @param group a group name
     * @return its versions, oldest first
     * @throws NoSuchElementException naming the known groups when the group does not exist
     */
    static List<ModelPackage> versions(ModelRegistry registry, String where, String group) {
        List<ModelPackage> versions = registry.list(group);
        if (versions.isEmpty()) {
            throw new NoSuchElementException("no model package group '" + group + "' in " + where
                    + "; groups: " + registry.groups());
        }
        return versions;
    }

    /**
     * @param registry the registry
     * @param where how the user named it, for messages
     * @param group a group
     * @param version a version, or null for the latest Approved one
     * @return the package
     * @throws NoSuchElementException naming the group's versions when it is not found
     */
    static ModelPackage find(ModelRegistry registry, String where, String group, Integer version) {
        List<ModelPackage> versions = versions(registry, where, group);
        if (version == null) {
            return registry.latestApproved(group).orElseThrow(() -> new NoSuchElementException("no Approved version in "
                    + "group '" + group + "'; approve one (iotad registry approve) or name one with --version; versions: "
                    + versions.stream().map(p -> p.version() + " " + p.status().display()).toList()));
        }
        return versions.stream().filter(p -> p.version() == version).findFirst().orElseThrow(() -> new NoSuchElementException(
                "no version " + version + " in group '" + group + "'; versions: "
                        + versions.stream().map(ModelPackage::version).toList()));
    }
}
