package io.iotad.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.score.Labels;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class ArchiveRobustnessTest {
    static byte[] valid;

    @BeforeContainer
    static void writeOne() throws IOException {
        Path file = Files.createTempFile("robust", ".tar.gz");
        ModelArtifact.write(file, ModelArtifactTest.fit(ModelArtifactTest.frame(5, 60)), new ArtifactMetadata(
                TrainingLineage.of(ModelArtifactTest.frame(5, 60), Labels.empty()), null, null, Instant.EPOCH));
        valid = Files.readAllBytes(file);
        Files.delete(file);
    }

    @AfterContainer
    static void forget() {
        valid = null;
    }

    @Property(tries = 60)
    void tar_entries_of_any_size_read_back_unchanged(@ForAll @IntRange(min = 0, max = 3000) int size,
                                                     @ForAll long seed) throws IOException {
        byte[] content = new byte[size];
        new SplittableRandom(seed).nextBytes(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UstarWriter w = new UstarWriter(out);
        w.add("payload.bin", content, 0);
        w.add("manifest.json", new byte[] {'{', '}'}, 0);
        w.finish();

        assertThat(out.size() % 512).isZero();
        UstarReader r = new UstarReader(new ByteArrayInputStream(out.toByteArray()), "t");
        UstarReader.Entry first = r.next();
        assertThat(first.name()).isEqualTo("payload.bin");
        assertThat(r.content(first)).isEqualTo(content);
        UstarReader.Entry second = r.next();
        assertThat(second.name()).isEqualTo("manifest.json");
        assertThat(r.next()).isNull();
    }

    @Property(tries = 300)
    void a_corrupted_artifact_is_refused_with_a_clear_exception_or_reads_to_the_same_model(
            @ForAll @IntRange(min = 0, max = 100_000) int position, @ForAll @IntRange(min = 1, max = 255) int flip) {
        byte[] bad = valid.clone();
        int at = position % bad.length;
        bad[at] = (byte) (bad[at] ^ flip);

        try {
            LoadedModel m = ModelArtifact.read(new ByteArrayInputStream(bad), "fuzzed");
            // a flip in gzip header fields that do not affect the content (e.g. the OS byte) may pass
            LoadedModel original = ModelArtifact.read(new ByteArrayInputStream(valid), "valid");
            assertThat(m.manifest()).isEqualTo(original.manifest());
            var frame = ModelArtifactTest.frame(6, 30);
            assertThat(Arrays.equals(m.detector().score(frame).values(), original.detector().score(frame).values())).isTrue();
        } catch (CorruptArtifactException | UnsupportedVersionException | IOException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
