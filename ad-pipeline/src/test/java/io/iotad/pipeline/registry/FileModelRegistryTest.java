package io.iotad.pipeline.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.registry.ModelPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the folder registry does: its folder layout and its index file. The behaviours every registry keeps
 * run against it in {@link FileModelRegistryContractTest}.
 */
class FileModelRegistryTest {
    private static final Instant NOW = Instant.parse("2024-02-01T10:00:00Z");

    @TempDir
    Path dir;
    private FileModelRegistry registry;
    private Path artifact;

    @BeforeEach
    void setUp() throws IOException {
        registry = new FileModelRegistry(dir.resolve("registry"), Clock.fixed(NOW, ZoneOffset.UTC));
        artifact = Files.writeString(dir.resolve("model.tar.gz"), "v1 bytes");
    }

    @Test
    void given_an_artifact_when_registered_then_it_is_copied_into_the_group_and_version_folder() throws IOException {
        ModelPackage p1 = registry.register("global", artifact, Map.of());
        Files.writeString(artifact, "v2 bytes");
        ModelPackage p2 = registry.register("global", artifact, Map.of());
        assertThat(registry.artifactPath(p1)).isEqualTo(registry.root().resolve("global/1/model.tar.gz"));
        assertThat(registry.artifactPath(p2)).isEqualTo(registry.root().resolve("global/2/model.tar.gz"));
        assertThat(Files.readString(registry.artifactPath(p1))).isEqualTo("v1 bytes");
        assertThat(Files.readString(registry.artifactPath(p2))).isEqualTo("v2 bytes");
    }

    @Test
    void given_a_deleted_artifact_when_resolving_then_the_error_names_the_package() throws IOException {
        ModelPackage p = registry.register("global", artifact, Map.of());
        Files.delete(registry.root().resolve("global/1/model.tar.gz"));
        assertThatThrownBy(() -> registry.artifactPath(p)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("global/1");
    }

    @Test
    void given_a_corrupt_or_future_index_when_reading_then_fails_naming_the_file() throws IOException {
        registry.register("global", artifact, Map.of());
        Path index = registry.root().resolve("global").resolve(FileModelRegistry.INDEX_FILE);
        Files.writeString(index, "{\"format_version\": 2, \"group\": \"global\", \"versions\": []}");
        assertThatThrownBy(() -> registry.list("global")).isInstanceOf(UnsupportedVersionException.class)
                .hasMessageContaining("Unknown version 2");
        Files.writeString(index, "{ not json");
        assertThatThrownBy(() -> registry.list("global")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(index.toString());
    }
}
