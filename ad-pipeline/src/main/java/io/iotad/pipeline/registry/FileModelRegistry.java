package io.iotad.pipeline.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.files.AtomicFile;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.core.registry.ModelStatus;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@link ModelRegistry} in a local directory:
 *
 * <pre>
 * root/
 *   global/
 *     .lock              exclusive lock taken by every writer of the group
 *     index.json         every version: status, created at, metadata, artifact path
 *     1/model.tar.gz     artifacts, copied in at registration
 *     2/model.tar.gz
 * </pre>
 *
 * <p>Every change reads the index, changes it and writes it back while holding the group's lock
 * (an OS file lock plus an in-process lock), writing a temporary file that is then renamed over
 * the index atomically; so concurrent writers in several threads and processes get distinct
 * versions and lose no update, and readers, which take no lock, always see a complete index.
 */
public final class FileModelRegistry implements ModelRegistry {
    /** Name of a group's index file. */
    public static final String INDEX_FILE = "index.json";
    /** Name of a group's lock file. */
    public static final String LOCK_FILE = ".lock";
    /** Name of an artifact inside its version folder. */
    public static final String ARTIFACT_FILE = "model.tar.gz";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final Clock clock;

    /**
     * @param root the registry directory (created when absent)
     * @throws IOException when it cannot be created
     */
    public FileModelRegistry(Path root) throws IOException {
        this(root, Clock.systemUTC());
    }

    /**
     * @param root the registry directory (created when absent)
     * @param clock source of registration times
     * @throws IOException when it cannot be created
     */
    public FileModelRegistry(Path root, Clock clock) throws IOException {
        this.root = Files.createDirectories(Objects.requireNonNull(root, "root")).toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the registry directory */
    public Path root() {
        return root;
    }

    @Override
    public ModelPackage register(String group, Path artifact, Map<String, Object> metadata) throws IOException {
        Path dir = groupDir(group);
        if (!Files.isRegularFile(artifact)) {
            throw new NoSuchFileException(artifact.toString(), null, "the artifact to register is not a file");
        }
        if (metadata != null && metadata.values().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("metadata values must not be null; null at keys "
                    + metadata.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList());
        }
        Map<String, Object> meta = metadata == null ? Map.of() : Map.copyOf(metadata);
        try {
            JSON.writeValueAsString(meta);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("metadata must hold JSON-compatible values only: " + e.getOriginalMessage(), e);
        }
        Files.createDirectories(dir);
        try (RegistryLock lock = RegistryLock.acquire(dir.resolve(LOCK_FILE))) {
            RegistryIndex index = readIndex(group).orElse(new RegistryIndex(RegistryIndex.FORMAT_VERSION, group, List.of()));
            int version = index.versions().stream().mapToInt(RegistryIndex.Entry::version).max().orElse(0) + 1;
            Path versionDir = Files.createDirectories(dir.resolve(Integer.toString(version)));
            AtomicFile.write(versionDir.resolve(ARTIFACT_FILE), tmp -> Files.copy(artifact, tmp, StandardCopyOption.REPLACE_EXISTING));
            RegistryIndex.Entry entry = new RegistryIndex.Entry(version, ModelStatus.PENDING_MANUAL_APPROVAL.display(),
                    clock.instant().toString(), version + "/" + ARTIFACT_FILE, meta, "");
            List<RegistryIndex.Entry> versions = new ArrayList<>(index.versions());
            versions.add(entry);
            writeIndex(dir, new RegistryIndex(RegistryIndex.FORMAT_VERSION, group, versions));
            return toPackage(group, entry);
        }
    }

    @Override
    public List<String> groups() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(INDEX_FILE)))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the registry " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<ModelPackage> list(String group) {
        groupDir(group);
        return readIndexUnchecked(group).map(i -> i.versions().stream().map(e -> toPackage(group, e)).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<ModelPackage> get(String group, int version) {
        return list(group).stream().filter(p -> p.version() == version).findFirst();
    }

    @Override
    public ModelPackage updateStatus(String group, int version, ModelStatus status, String note) throws IOException {
        Objects.requireNonNull(status, "status");
        Path dir = groupDir(group);
        if (!Files.isDirectory(dir)) {
            throw new NoSuchElementException("no model package group '" + group + "' in " + root);
        }
        try (RegistryLock lock = RegistryLock.acquire(dir.resolve(LOCK_FILE))) {
            RegistryIndex index = readIndex(group).orElseThrow(() -> new NoSuchElementException(
                    "no model package group '" + group + "' in " + root));
            List<RegistryIndex.Entry> versions = new ArrayList<>(index.versions());
            int at = -1;
            for (int i = 0; i < versions.size(); i++) {
                if (versions.get(i).version() == version) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new NoSuchElementException("no version " + version + " in model package group '" + group
                        + "'; versions: " + versions.stream().map(RegistryIndex.Entry::version).toList());
            }
            RegistryIndex.Entry old = versions.get(at);
            ModelStatus current = ModelStatus.parse(old.status());
            if (!current.canMoveTo(status)) {
                throw new IllegalStateException("cannot move " + group + "/" + version + " from " + current.display()
                        + " to " + status.display() + "; PendingManualApproval may become Approved or Rejected, "
                        + "Approved may become Rejected, Rejected is final");
            }
            RegistryIndex.Entry updated = new RegistryIndex.Entry(version, status.display(), old.createdAt(),
                    old.artifact(), old.metadata(), note == null ? "" : note);
            versions.set(at, updated);
            writeIndex(dir, new RegistryIndex(RegistryIndex.FORMAT_VERSION, group, versions));
            return toPackage(group, updated);
        }
    }

    @Override
    public Optional<ModelPackage> latestApproved(String group) {
        return list(group).stream().filter(p -> p.status() == ModelStatus.APPROVED)
                .reduce((a, b) -> b.version() > a.version() ? b : a);
    }

    @Override
    public Path artifactPath(ModelPackage pkg) throws IOException {
        URI uri = URI.create(pkg.artifactUri());
        if (!"file".equals(uri.getScheme())) {
            throw new IllegalArgumentException("artifact of " + pkg.id() + " is not local: " + pkg.artifactUri());
        }
        Path path = Path.of(uri);
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "artifact of " + pkg.id() + " is missing");
        }
        return path;
    }

    private Path groupDir(String group) {
        if (group == null || !group.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("group must match [A-Za-z0-9][A-Za-z0-9_.-]*, got '" + group + "'");
        }
        return root.resolve(group);
    }

    private ModelPackage toPackage(String group, RegistryIndex.Entry e) {
        URI artifact = root.resolve(group).resolve(e.artifact()).toUri();
        return new ModelPackage(group, e.version(), ModelStatus.parse(e.status()), Instant.parse(e.createdAt()),
                artifact.toString(), e.metadata(), e.statusNote());
    }

    private Optional<RegistryIndex> readIndexUnchecked(String group) {
        try {
            return readIndex(group);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + groupDir(group).resolve(INDEX_FILE) + ": " + e.getMessage(), e);
        }
    }

    private Optional<RegistryIndex> readIndex(String group) throws IOException {
        Path file = groupDir(group).resolve(INDEX_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        RegistryIndex index;
        try {
            index = JSON.readValue(file.toFile(), RegistryIndex.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt registry index " + file + ": " + e.getOriginalMessage(), e);
        }
        if (index.formatVersion() > RegistryIndex.FORMAT_VERSION) {
            throw new UnsupportedVersionException("registry index " + file, index.formatVersion(),
                    RegistryIndex.FORMAT_VERSION);
        }
        return Optional.of(index);
    }

    private static void writeIndex(Path dir, RegistryIndex index) throws IOException {
        AtomicFile.write(dir.resolve(INDEX_FILE), tmp -> JSON.writeValue(tmp.toFile(), index));
    }
}
