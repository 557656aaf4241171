package io.iotad.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.artifact.ArtifactMetadata;
import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.artifact.TrainingLineage;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole {@code model.tar.gz} artifacts of real strategies, written by this version of the library
 * (artifact format 1, payload version 1) and kept as fixtures: every later version must still load
 * them, verify them and score bit-identically ({@code xgboost}'s is in ad-models-xgboost,
 * {@code XGBoostArtifactFixtureTest}). Regenerate only when a format deliberately changes,
 * as a new version's fixture beside the old:
 * {@code mvn -o -q -pl ad-models -am verify -Dtest=ArtifactFixturesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Diotad.writeFixtures=true}
 */
class ArtifactFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/io/iotad/models/artifacts");
    private static final Map<String, Map<String, Object>> OPTIONS = Map.of(
            "isolation_forest", Map.of("trees", 25),
            "lof", Map.of("neighbors", 10));

    private static FeatureFrame frame() {
        return DailyFrames.heating(4, 42, 2024);
    }

    @ParameterizedTest
    @ValueSource(strings = {"isolation_forest", "lof"})
    void given_an_artifact_of_format_1_when_loaded_then_it_verifies_and_scores_as_recorded(String strategy) throws IOException {
        Path archive = Path.of(getClass().getResource("artifacts/" + strategy + "-format1.tar.gz").getPath());
        LoadedModel loaded = ModelArtifact.read(archive);
        assertThat(loaded.manifest().strategy()).isEqualTo(strategy);
        assertThat(loaded.manifest().formatVersion()).isEqualTo(1);
        assertThat(loaded.manifest().payloadVersion()).isEqualTo(1);
        double[] scores = loaded.detector().score(frame()).values();
        List<String> expected = Files.readAllLines(archive.resolveSibling(strategy + "-format1-scores.txt"), StandardCharsets.UTF_8);
        assertThat(expected).hasSize(scores.length);
        for (int i = 0; i < scores.length; i++) {
            assertThat(Long.toHexString(Double.doubleToRawLongBits(scores[i]))).as("%s row %d", strategy, i).isEqualTo(expected.get(i));
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "iotad.writeFixtures", matches = "true")
    void write_the_fixtures() throws IOException {
        Files.createDirectories(DIR);
        FeatureFrame f = frame();
        for (Map.Entry<String, Map<String, Object>> e : OPTIONS.entrySet()) {
            Labels labels = Labels.empty();
            Detector d = DetectorStrategies.byName(e.getKey()).bind(e.getValue()).fit(f, labels, FitContext.seeded(11));
            ArtifactMetadata meta = ArtifactMetadata.of(TrainingLineage.of(f, labels))
                    .withCreatedAt(Instant.parse("2026-11-26T00:00:00Z"));
            ModelArtifact.write(DIR.resolve(e.getKey() + "-format1.tar.gz"), d, meta);
            List<String> lines = new ArrayList<>();
            for (double v : d.score(f).values()) {
                lines.add(Long.toHexString(Double.doubleToRawLongBits(v)));
            }
            Files.write(DIR.resolve(e.getKey() + "-format1-scores.txt"), lines);
        }
    }
}
