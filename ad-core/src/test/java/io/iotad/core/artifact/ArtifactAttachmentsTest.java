package io.iotad.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: the feature profile and the alert policy travel in the artifact as their own optional entries. */
class ArtifactAttachmentsTest {
    @TempDir
    Path dir;

    private static final byte[] PROFILE = "{\"format_version\":1}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] POLICY = "{\"alert_threshold\":0.7}".getBytes(StandardCharsets.UTF_8);

    @Test
    void attachments_round_trip_through_the_archive_and_the_unpacked_folder() throws Exception {
        FeatureFrame train = ModelArtifactTest.frame(1, 70);
        Path file = dir.resolve("model.tar.gz");
        ArtifactAttachments written = ArtifactAttachments.NONE.with(ArtifactAttachments.FEATURE_PROFILE, PROFILE)
                .with(ArtifactAttachments.ALERT_POLICY, POLICY);
        ModelArtifact.write(file, ModelArtifactTest.fit(train), new ArtifactMetadata(
                TrainingLineage.of(train, Labels.empty()), Map.of(), Map.of(), ModelArtifactTest.CREATED), written);

        LoadedModel read = ModelArtifact.read(file);
        LoadedModel unpacked = ModelArtifact.unpack(file, dir.resolve("unpacked"), ArtifactLimits.DEFAULTS);
        LoadedModel fromFolder = ModelArtifact.readDirectory(dir.resolve("unpacked"), ArtifactLimits.DEFAULTS);

        assertThat(read.attachments()).isEqualTo(written);
        assertThat(read.attachments().get(ArtifactAttachments.FEATURE_PROFILE)).hasValueSatisfying(
                b -> assertThat(b).isEqualTo(PROFILE));
        assertThat(unpacked.attachments()).isEqualTo(written);
        assertThat(fromFolder.attachments()).isEqualTo(written);
        assertThat(Files.exists(dir.resolve("unpacked").resolve(ArtifactAttachments.ALERT_POLICY))).isTrue();
    }

    @Test
    void an_artifact_without_attachments_reads_as_before() throws Exception {
        FeatureFrame train = ModelArtifactTest.frame(1, 70);
        Path file = dir.resolve("model.tar.gz");
        ModelArtifact.write(file, ModelArtifactTest.fit(train), ArtifactMetadata.of(TrainingLineage.of(train, Labels.empty())));

        assertThat(ModelArtifact.read(file).attachments().isEmpty()).isTrue();
        assertThat(ModelArtifact.read(file).attachments().names()).isEmpty();
    }

    @Test
    void an_unknown_attachment_name_is_refused() {
        assertThatThrownBy(() -> ArtifactAttachments.of(Map.of("notes.txt", new byte[1])))
                .hasMessageContaining("unknown artifact attachment 'notes.txt'")
                .hasMessageContaining(ArtifactAttachments.FEATURE_PROFILE);
    }
}
