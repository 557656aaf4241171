package io.iotad.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.detect.FitContext;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TrainingProvenanceTest {
    private static List<Label> randomLabels(long seed, int n) {
        Random rnd = new Random(seed);
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Label("apt-" + i, LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(300)), rnd.nextInt(2),
                    rnd.nextBoolean() ? "valve_stuck_closed" : ""));
        }
        return out;
    }

    @Property(tries = 50)
    void the_labels_hash_is_deterministic_and_independent_of_input_order(@ForAll @IntRange(min = 0, max = 200) int n,
                                                                          @ForAll long seed) {
        List<Label> labels = randomLabels(seed, n);
        List<Label> shuffled = new ArrayList<>(labels);
        Collections.shuffle(shuffled, new Random(seed + 1));

        String hash = TrainingProvenance.labelsHash(Labels.of(labels));

        assertThat(hash).matches("[0-9a-f]{64}")
                .isEqualTo(TrainingProvenance.labelsHash(Labels.of(labels)))
                .isEqualTo(TrainingProvenance.labelsHash(Labels.of(shuffled)));
    }

    @Property(tries = 50)
    void changing_one_verdict_changes_the_labels_hash(@ForAll @IntRange(min = 1, max = 200) int n, @ForAll long seed,
                                                      @ForAll @IntRange(min = 0, max = 2) int field) {
        List<Label> labels = randomLabels(seed, n);
        int i = (int) Math.floorMod(seed, (long) n);
        Label l = labels.get(i);
        Label changed = switch (field) {
            case 0 -> new Label(l.apartmentId(), l.eventDate(), 1 - l.label(), l.cause());
            case 1 -> new Label(l.apartmentId(), l.eventDate().plusDays(1000), l.label(), l.cause());
            default -> new Label(l.apartmentId(), l.eventDate(), l.label(), l.cause() + "x");
        };
        List<Label> other = new ArrayList<>(labels);
        other.set(i, changed);

        assertThat(TrainingProvenance.labelsHash(Labels.of(other)))
                .isNotEqualTo(TrainingProvenance.labelsHash(Labels.of(labels)));
    }

    @Test
    void the_labels_hash_follows_the_documented_byte_order() throws Exception {
        Label a = new Label("a", LocalDate.ofEpochDay(3), 1, "c");
        Label b = new Label("b", LocalDate.ofEpochDay(2), 0, "");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.write("iotad-labels-v1".getBytes(StandardCharsets.US_ASCII));
        out.writeLong(2);
        for (Label l : List.of(a, b)) {
            byte[] apt = l.apartmentId().getBytes(StandardCharsets.UTF_8);
            out.writeInt(apt.length);
            out.write(apt);
            out.writeLong(l.eventDate().toEpochDay());
            out.writeInt(l.label());
            byte[] cause = l.cause().getBytes(StandardCharsets.UTF_8);
            out.writeInt(cause.length);
            out.write(cause);
        }
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));

        assertThat(TrainingProvenance.labelsHash(Labels.of(List.of(b, a)))).isEqualTo(expected);
    }

    @Test
    void given_a_fit_context_when_described_then_seed_threads_labels_and_environment_are_recorded() {
        Labels labels = Labels.of(randomLabels(7, 5));

        TrainingProvenance p = TrainingProvenance.of(new FitContext(42, 3, ProgressListener.NONE), labels);

        assertThat(p.seed()).isEqualTo(42L);
        assertThat(p.threads()).isEqualTo(3);
        assertThat(p.labelsSha256()).isEqualTo(TrainingProvenance.labelsHash(labels));
        assertThat(p.environment()).containsEntry("java.version", System.getProperty("java.version"))
                .containsEntry("os.arch", System.getProperty("os.arch"))
                .containsKeys("java.vendor", "os.name");
        assertThat(p.isUnknown()).isFalse();
        assertThat(TrainingProvenance.UNKNOWN.isUnknown()).isTrue();
    }

    @Test
    void given_bad_values_when_built_then_they_are_refused_naming_the_field() {
        assertThatThrownBy(() -> new TrainingProvenance(1L, 0, null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
        assertThatThrownBy(() -> new TrainingProvenance(1L, 1, "ABC", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labelsSha256");
    }

    @Test
    void given_a_manifest_with_provenance_when_written_and_read_then_it_is_equal() throws Exception {
        TrainingProvenance p = new TrainingProvenance(-5L, 4, TrainingProvenance.labelsHash(Labels.empty()),
                Map.of("java.version", "17.0.9", "os.arch", "amd64", "native.xgboost4j", "2.0.3"));
        ModelManifest m = manifest(p);

        ModelManifest back = ManifestJson.read(ManifestJson.write(m), "test", 1);

        assertThat(back).isEqualTo(m);
        assertThat(back.provenance()).isEqualTo(p);
        assertThat(new String(ManifestJson.write(m), StandardCharsets.UTF_8)).contains("\"provenance\"", "\"seed\" : -5",
                "\"labels_sha256\"");
    }

    @Test
    void given_a_manifest_without_provenance_when_written_then_no_field_is_written_and_it_reads_as_unknown()
            throws Exception {
        ModelManifest m = manifest(TrainingProvenance.UNKNOWN);

        byte[] json = ManifestJson.write(m);

        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("provenance");
        assertThat(ManifestJson.read(json, "test", 1).provenance()).isEqualTo(TrainingProvenance.UNKNOWN);
    }

    @Test
    void given_a_partial_provenance_when_read_then_absent_fields_stay_absent() throws Exception {
        ModelManifest m = manifest(new TrainingProvenance(9L, null, null, Map.of()));

        assertThat(ManifestJson.read(ManifestJson.write(m), "test", 1).provenance())
                .isEqualTo(new TrainingProvenance(9L, null, null, Map.of()));
    }

    @Test
    void given_a_mistyped_provenance_when_read_then_the_field_is_named() throws Exception {
        String json = new String(ManifestJson.write(manifest(new TrainingProvenance(9L, 2, null, Map.of()))),
                StandardCharsets.UTF_8).replace("\"threads\" : 2", "\"threads\" : \"two\"");

        assertThatThrownBy(() -> ManifestJson.read(json.getBytes(StandardCharsets.UTF_8), "m.tar.gz", 1))
                .isInstanceOf(CorruptArtifactException.class).hasMessageContaining("threads").hasMessageContaining("m.tar.gz");
    }

    private static ModelManifest manifest(TrainingProvenance p) {
        return new ModelManifest(1, "test_centroid", 1, Map.of("k", 1), List.of("f"), "REJECT", Map.of(),
                new TrainingLineage(3, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3), "0".repeat(64), 0),
                Map.of(), "0.1.0", Instant.parse("2026-12-03T00:00:00Z"), "1".repeat(64),
                io.iotad.core.explain.FeatureBaseline.EMPTY, p);
    }
}
