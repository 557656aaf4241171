package io.iotad.models.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.artifact.ArtifactMetadata;
import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.artifact.TrainingLineage;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.models.testing.DailyFrames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A whole {@code xgboost} {@code model.tar.gz} written by an earlier build (artifact format 1, payload
 * version 1), kept as a fixture: every later version must still load it, verify it and score
 * bit-identically (the pure-Java strategies' fixtures are ad-models' {@code ArtifactFixturesTest}).
 * Regenerate only when a format deliberately changes, as a new version's fixture beside the old:
 * {@code mvn -o -q -pl ad-models-xgboost -am verify -Dtest=XGBoostArtifactFixtureTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Diotad.writeFixtures=true}
 */
class XGBoostArtifactFixtureTest {
    private static final Path DIR = Path.of("src/test/resources/io/iotad/models/xgboost");
    private static final Map<String, Object> OPTIONS = Map.of("trees", 10, "max_depth", 3);

    private static FeatureFrame frame() {
        return DailyFrames.heating(4, 42, 2024);
    }

    /** Every fifth row of the frame is a fault: enough for a supervised fixture. */
    private static Labels labels(FeatureFrame f) {
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < f.rowCount(); i++) {
            out.add(new Label(f.apartmentId(i), f.eventDate(i), i % 5 == 0 ? 1 : 0, ""));
        }
        return Labels.of(out);
    }

    @Test
    void given_an_artifact_of_format_1_when_loaded_then_it_verifies_and_scores_as_recorded() throws IOException {
        Path archive = Path.of(getClass().getResource("xgboost-format1.tar.gz").getPath());
        LoadedModel loaded = ModelArtifact.read(archive);
        assertThat(loaded.manifest().strategy()).isEqualTo("xgboost");
        assertThat(loaded.manifest().formatVersion()).isEqualTo(1);
        assertThat(loaded.manifest().payloadVersion()).isEqualTo(1);
        double[] scores = loaded.detector().score(frame()).values();
        List<String> expected = Files.readAllLines(archive.resolveSibling("xgboost-format1-scores.txt"), StandardCharsets.UTF_8);
        assertThat(expected).hasSize(scores.length);
        for (int i = 0; i < scores.length; i++) {
            assertThat(Long.toHexString(Double.doubleToRawLongBits(scores[i]))).as("xgboost row %d", i).isEqualTo(expected.get(i));
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "iotad.writeFixtures", matches = "true")
    void write_the_fixture() throws IOException {
        Files.createDirectories(DIR);
        FeatureFrame f = frame();
        Labels labels = labels(f);
        Detector d = DetectorStrategies.byName("xgboost").bind(OPTIONS).fit(f, labels, FitContext.seeded(11));
        ArtifactMetadata meta = ArtifactMetadata.of(TrainingLineage.of(f, labels))
                .withCreatedAt(Instant.parse("2026-11-26T00:00:00Z"));
        ModelArtifact.write(DIR.resolve("xgboost-format1.tar.gz"), d, meta);
        List<String> lines = new ArrayList<>();
        for (double v : d.score(f).values()) {
            lines.add(Long.toHexString(Double.doubleToRawLongBits(v)));
        }
        Files.write(DIR.resolve("xgboost-format1-scores.txt"), lines);
    }
}
