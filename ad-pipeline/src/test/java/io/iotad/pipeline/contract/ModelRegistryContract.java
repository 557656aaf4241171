package io.iotad.pipeline.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.artifact.ArtifactMetadata;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.artifact.TrainingLineage;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.core.registry.ModelStatus;
import io.iotad.core.score.Labels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviours every {@link ModelRegistry} keeps, run against each implementation (the folder registry
 * here, S3 + DynamoDB in ad-aws-adapter) by a subclass that says how to open one. Each test gets a
 * registry of its own.
 */
public abstract class ModelRegistryContract {
    private static final Instant NOW = Instant.parse("2024-02-01T10:00:00Z");

    /** Scratch space of the test: artifacts to register live here. */
    @TempDir
    protected Path dir;
    private String name;
    private ModelRegistry registry;
    private Path artifact;
    private Path other;

    /**
     * Opens the registry called {@code name}, creating it when absent; a second call with the same name opens
     * a second handle on the same registry, as a second process would.
     *
     * @param name a registry name unique to the test, letters, digits and '-'
     * @param clock the clock of registration times
     * @return the registry
     * @throws Exception when it cannot be opened
     */
    protected abstract ModelRegistry open(String name, Clock clock) throws Exception;

    @BeforeEach
    void openRegistry() throws Exception {
        name = "registry-" + UUID.randomUUID().toString().substring(0, 8);
        registry = handle();
        artifact = realArtifact(dir.resolve("model.tar.gz"), 1);
        other = realArtifact(dir.resolve("other.tar.gz"), 2);
    }

    /** A real, small model.tar.gz (registries may read its manifest); different seeds give different bytes. */
    private static Path realArtifact(Path file, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("daily_energy_kwh", "avg_temp_diff"));
        for (int i = 0; i < 64; i++) {
            b.add(new RowKey("apt_" + (i % 8), "b1", LocalDate.of(2024, 1, 1).plusDays(i / 8)), r.nextDouble() * 30,
                    r.nextGaussian());
        }
        FeatureFrame train = b.build();
        Detector d = DetectorStrategies.byName("isolation_forest").bind(Map.of("trees", 8)).fit(train, Labels.empty(),
                FitContext.seeded(seed));
        ModelArtifact.write(file, d, ArtifactMetadata.of(TrainingLineage.of(train, Labels.empty())).withCreatedAt(NOW));
        return file;
    }

    private static void assertSameBytes(Path a, Path b) throws IOException {
        assertThat(Files.mismatch(a, b)).as("%s has the bytes of %s", a, b).isEqualTo(-1L);
    }

    private ModelRegistry handle() throws Exception {
        return open(name, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void given_an_artifact_when_registered_then_it_is_copied_pending_with_the_next_version() throws IOException {
        ModelPackage p1 = registry.register("global", artifact, Map.of("code_version", "0.1.0", "metrics",
                Map.of("pr_auc", 0.4), "features", List.of("a", "b"), "rows", 1200));
        ModelPackage p2 = registry.register("global", other, Map.of());
        assertThat(p1.version()).isEqualTo(1);
        assertThat(p2.version()).isEqualTo(2);
        assertThat(p1.status()).isEqualTo(ModelStatus.PENDING_MANUAL_APPROVAL);
        assertThat(p1.createdAt()).isEqualTo(NOW);
        assertThat(p1.id()).isEqualTo("global/1");
        assertThat(p1.statusNote()).isEmpty();
        assertSameBytes(registry.artifactPath(p1), artifact);
        assertSameBytes(registry.artifactPath(p2), other);
        assertThat(registry.get("global", 1)).contains(p1);
        assertThat(registry.get("global", 3)).isEmpty();
        assertThat(registry.list("global")).containsExactly(p1, p2);
        assertThat(registry.get("global", 1).orElseThrow().metadata())
                .containsEntry("metrics", Map.of("pr_auc", 0.4))
                .containsEntry("features", List.of("a", "b"))
                .containsEntry("rows", 1200);
    }

    @Test
    void given_several_groups_when_listing_then_sorted_and_independent() throws IOException {
        registry.register("passive_house", artifact, Map.of());
        registry.register("global", artifact, Map.of());
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
        assertThat(rejected.status()).isEqualTo(ModelStatus.REJECTED);
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
    void given_unknown_versions_or_groups_when_updating_then_no_such_element_naming_them() throws IOException {
        registry.register("global", artifact, Map.of());
        assertThatThrownBy(() -> registry.updateStatus("global", 7, ModelStatus.APPROVED, ""))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("no version 7").hasMessageContaining("[1]");
        assertThatThrownBy(() -> registry.updateStatus("other", 1, ModelStatus.APPROVED, ""))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("'other'");
    }

    @Test
    void given_bad_input_when_registering_then_rejected_clearly_and_nothing_registered() {
        assertThatThrownBy(() -> registry.register("../escape", artifact, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'../escape'");
        assertThatThrownBy(() -> registry.register("global", dir.resolve("absent.tar.gz"), Map.of()))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("absent.tar.gz");
        assertThatThrownBy(() -> registry.register("global", artifact, Map.of("thing", new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON-compatible");
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("lineage", null);
        assertThatThrownBy(() -> registry.register("global", artifact, withNull))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[lineage]");
        assertThat(registry.groups()).isEmpty();
    }

    @Test
    void given_a_registry_when_reopened_then_state_persists() throws Exception {
        registry.register("global", artifact, Map.of("options", Map.of("trees", 100)));
        registry.updateStatus("global", 1, ModelStatus.APPROVED, "ok");
        ModelRegistry again = handle();
        assertThat(again.latestApproved("global")).map(ModelPackage::statusNote).contains("ok");
        assertThat(again.get("global", 1).orElseThrow().metadata()).containsEntry("options", Map.of("trees", 100));
        assertSameBytes(again.artifactPath(again.get("global", 1).orElseThrow()), artifact);
    }

    @Test
    void given_two_writers_registering_at_once_when_done_then_all_versions_present_and_distinct() throws Exception {
        int perWriter = 6;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (String writer : List.of("w1", "w2")) {
                ModelRegistry own = handle();
                futures.add(pool.submit(() -> {
                    List<Integer> got = new ArrayList<>();
                    for (int i = 0; i < perWriter; i++) {
                        got.add(own.register("global", artifact, Map.of("writer", writer, "seq", i)).version());
                    }
                    return got;
                }));
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> f : futures) {
                all.addAll(f.get(120, TimeUnit.SECONDS));
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 2 * perWriter).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        List<ModelPackage> versions = registry.list("global");
        assertThat(versions).extracting(ModelPackage::version)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 2 * perWriter).boxed().toList());
        for (String w : List.of("w1", "w2")) {
            assertThat(versions.stream().filter(p -> p.metadata().get("writer").equals(w))
                    .map(p -> ((Number) p.metadata().get("seq")).intValue()).toList())
                    .as("writer %s, in its own order", w)
                    .containsExactlyElementsOf(IntStream.range(0, perWriter).boxed().toList());
        }
    }

    @Test
    void given_two_approvers_of_one_version_at_once_when_both_write_then_exactly_one_wins() throws Exception {
        int rounds = 6;
        for (int i = 0; i < rounds; i++) {
            registry.register("global", artifact, Map.of());
        }
        ModelRegistry alice = handle();
        ModelRegistry bob = handle();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int v = 1; v <= rounds; v++) {
                CountDownLatch start = new CountDownLatch(1);
                Future<Boolean> a = pool.submit(approval(start, alice, v, "alice"));
                Future<Boolean> b = pool.submit(approval(start, bob, v, "bob"));
                start.countDown();
                boolean aliceWon = a.get(60, TimeUnit.SECONDS);
                boolean bobWon = b.get(60, TimeUnit.SECONDS);
                assertThat(aliceWon ^ bobWon).as("exactly one approval of version %d wins (alice %s, bob %s)", v, aliceWon,
                        bobWon).isTrue();
                ModelPackage stored = registry.get("global", v).orElseThrow();
                assertThat(stored.status()).isEqualTo(ModelStatus.APPROVED);
                assertThat(stored.statusNote()).isEqualTo(aliceWon ? "alice" : "bob");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Boolean> approval(CountDownLatch start, ModelRegistry registry, int version, String who) {
        return () -> {
            start.await();
            try {
                registry.updateStatus("global", version, ModelStatus.APPROVED, who);
                return true;
            } catch (IllegalStateException lost) {
                assertThat(lost).hasMessageContaining("from Approved to Approved");
                return false;
            }
        };
    }
}
