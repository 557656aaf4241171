package io.iotad.pipeline.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void given_an_artifact_when_registered_then_it_is_copied_pending_with_the_next_version() throws IOException {
        ModelPackage p1 = registry.register("global", artifact, Map.of("code_version", "0.1.0", "metrics",
                Map.of("pr_auc", 0.4)));
        Files.writeString(artifact, "v2 bytes");
        ModelPackage p2 = registry.register("global", artifact, Map.of());
        assertThat(p1.version()).isEqualTo(1);
        assertThat(p2.version()).isEqualTo(2);
        assertThat(p1.status()).isEqualTo(ModelStatus.PENDING_MANUAL_APPROVAL);
        assertThat(p1.createdAt()).isEqualTo(NOW);
        assertThat(p1.id()).isEqualTo("global/1");
        assertThat(Files.readString(registry.artifactPath(p1))).isEqualTo("v1 bytes");
        assertThat(registry.artifactPath(p2)).isEqualTo(registry.root().resolve("global/2/model.tar.gz"));
        assertThat(registry.get("global", 1)).contains(p1);
        assertThat(registry.list("global")).containsExactly(p1, p2);
        assertThat(registry.get("global", 1).orElseThrow().metadata()).containsEntry("metrics", Map.of("pr_auc", 0.4));
    }

    @Test
    void given_several_groups_when_listing_then_sorted_and_independent() throws IOException {
        registry.register("passive_house", artifact, Map.of());
        registry.register("global", artifact, Map.of());
        assertThat(registry.groups()).containsExactly("global", "passive_house");
        assertThat(registry.list("passive_house")).extracting(ModelPackage::version).containsExactly(1);
        assertThat(registry.list("unknown_group")).isEmpty();
        assertThat(registry.latestApproved("unknown_group")).isEmpty();
    }

    @Test
    void given_approvals_when_asking_latest_approved_then_the_newest_approved_version() throws IOException {
        for (int i = 0; i < 3; i++) {
            registry.register("global", artifact, Map.of());
        }
        assertThat(registry.latestApproved("global")).isEmpty();
        registry.updateStatus("global", 1, ModelStatus.APPROVED, "alice: first");
        registry.updateStatus("global", 2, ModelStatus.APPROVED, "alice: better");
        registry.updateStatus("global", 3, ModelStatus.REJECTED, "bob: worse on B3");
        assertThat(registry.latestApproved("global")).map(ModelPackage::version).contains(2);
        ModelPackage rejected = registry.updateStatus("global", 2, ModelStatus.REJECTED, "alice: drift");
        assertThat(rejected.statusNote()).isEqualTo("alice: drift");
        assertThat(registry.latestApproved("global")).map(ModelPackage::version).contains(1);
    }

    @Test
    void given_an_illegal_transition_when_updating_then_refused_naming_both_states() throws IOException {
        registry.register("global", artifact, Map.of());
        registry.updateStatus("global", 1, ModelStatus.REJECTED, "no");
        assertThatThrownBy(() -> registry.updateStatus("global", 1, ModelStatus.APPROVED, "yes after all"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("from Rejected to Approved");
        registry.register("global", artifact, Map.of());
        assertThatThrownBy(() -> registry.updateStatus("global", 2, ModelStatus.PENDING_MANUAL_APPROVAL, ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("from PendingManualApproval to PendingManualApproval");
        assertThat(registry.get("global", 1).orElseThrow().status()).isEqualTo(ModelStatus.REJECTED);
    }

    @Test
    void given_unknown_versions_or_groups_when_updating_then_no_such_element() throws IOException {
        registry.register("global", artifact, Map.of());
        assertThatThrownBy(() -> registry.updateStatus("global", 7, ModelStatus.APPROVED, ""))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("no version 7").hasMessageContaining("[1]");
        assertThatThrownBy(() -> registry.updateStatus("other", 1, ModelStatus.APPROVED, ""))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("'other'");
    }

    @Test
    void given_bad_input_when_registering_then_rejected_clearly() {
        assertThatThrownBy(() -> registry.register("../escape", artifact, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'../escape'");
        assertThatThrownBy(() -> registry.register("global", dir.resolve("absent.tar.gz"), Map.of()))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("absent.tar.gz");
        assertThatThrownBy(() -> registry.register("global", artifact, Map.of("thing", new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON-compatible");
        java.util.Map<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("lineage", null);
        assertThatThrownBy(() -> registry.register("global", artifact, withNull))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[lineage]");
        assertThat(registry.groups()).isEmpty();
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

    @Test
    void given_a_registry_when_reopened_then_state_persists() throws IOException {
        registry.register("global", artifact, Map.of("options", Map.of("trees", 100), "features", List.of("a", "b")));
        registry.updateStatus("global", 1, ModelStatus.APPROVED, "ok");
        FileModelRegistry again = new FileModelRegistry(registry.root());
        assertThat(again.latestApproved("global")).map(ModelPackage::statusNote).contains("ok");
        assertThat(again.get("global", 1).orElseThrow().metadata()).containsEntry("features", List.of("a", "b"));
    }
}
