package io.iotad.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unpacked form of an artifact: a SageMaker job's model/ folder. */
class ModelDirectoryTest {
    @TempDir
    Path dir;

    private Path written() throws Exception {
        FeatureFrame train = ModelArtifactTest.frame(1, 70);
        Path file = dir.resolve("model.tar.gz");
        ModelArtifact.write(file, ModelArtifactTest.fit(train), new ArtifactMetadata(
                TrainingLineage.of(train, io.iotad.core.score.Labels.empty()), Map.of(), Map.of(), ModelArtifactTest.CREATED));
        return file;
    }

    @Test
    void given_an_unpacked_artifact_when_read_from_its_folder_then_it_scores_like_the_archive() throws Exception {
        Path file = written();
        Path model = dir.resolve("model");
        LoadedModel unpacked = ModelArtifact.unpack(file, model, ArtifactLimits.DEFAULTS);
        try (var listing = Files.list(model)) {
            assertThat(listing.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly(ModelArtifact.MANIFEST_ENTRY, ModelArtifact.PAYLOAD_ENTRY);
        }
        LoadedModel fromDir = ModelArtifact.readDirectory(model, ArtifactLimits.DEFAULTS);
        FeatureFrame test = ModelArtifactTest.frame(3, 20);
        double[] expected = ModelArtifact.read(file).detector().score(test).values();
        assertThat(fromDir.detector().score(test).values()).containsExactly(expected);
        assertThat(unpacked.detector().score(test).values()).containsExactly(expected);
        assertThat(fromDir.manifest()).isEqualTo(ModelArtifact.readManifest(file));
    }

    @Test
    void given_a_model_folder_packed_by_system_tar_as_sagemaker_does_when_read_then_it_is_accepted() throws Exception {
        Path file = written();
        Path model = dir.resolve("model");
        ModelArtifact.unpack(file, model, ArtifactLimits.DEFAULTS);
        Path packed = dir.resolve("packed.tar.gz");
        Process p;
        try {
            p = new ProcessBuilder("tar", "-czf", packed.toString(), "-C", model.toString(), ".").redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no tar command on this machine");
            return;
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
        FeatureFrame test = ModelArtifactTest.frame(3, 20);
        assertThat(ModelArtifact.read(packed).detector().score(test).values())
                .containsExactly(ModelArtifact.read(file).detector().score(test).values());
    }

    @Test
    void given_a_folder_with_a_tampered_missing_or_oversized_entry_when_read_then_refused_naming_it() throws Exception {
        Path model = dir.resolve("model");
        ModelArtifact.unpack(written(), model, ArtifactLimits.DEFAULTS);
        byte[] payload = Files.readAllBytes(model.resolve(ModelArtifact.PAYLOAD_ENTRY));
        assertThatThrownBy(() -> ModelArtifact.readDirectory(model, new ArtifactLimits(1 << 20, payload.length - 1)))
                .isInstanceOf(CorruptArtifactException.class).hasMessageContaining("maxPayloadBytes");
        payload[payload.length - 1] ^= 1;
        Files.write(model.resolve(ModelArtifact.PAYLOAD_ENTRY), payload);
        assertThatThrownBy(() -> ModelArtifact.readDirectory(model, ArtifactLimits.DEFAULTS))
                .isInstanceOf(CorruptArtifactException.class).hasMessageContaining("payload checksum mismatch")
                .hasMessageContaining(model.toString());
        Files.delete(model.resolve(ModelArtifact.MANIFEST_ENTRY));
        assertThatThrownBy(() -> ModelArtifact.readDirectory(model, ArtifactLimits.DEFAULTS))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining(ModelArtifact.MANIFEST_ENTRY);
        assertThat(List.of(model.toFile().list())).noneMatch(n -> n.endsWith(".tmp"));
    }
}
