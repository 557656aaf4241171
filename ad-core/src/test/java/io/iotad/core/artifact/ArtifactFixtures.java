package io.iotad.core.artifact;

import io.iotad.core.detect.Detector;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes the format-version fixtures kept under
 * {@code src/test/resources/io/iotad/core/artifact/fixtures/}: an artifact of the test strategy
 * written by this version, which every later version must still read and score identically.
 * Regenerate only when adding a new format version (never overwrite an old fixture):
 * <pre>
 * mvn -o -q -pl ad-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp ad-core/target/test-classes:ad-core/target/classes:$(cat ad-core/target/cp.txt) \
 *     io.iotad.core.artifact.ArtifactFixtures ad-core/src/test/resources/io/iotad/core/artifact/fixtures
 * </pre>
 */
public final class ArtifactFixtures {
    /** Name of the format-1 fixture. */
    static final String FORMAT_1 = "format1-test_centroid.tar.gz";
    /** Seed and size of the fixture's training frame ({@link ModelArtifactTest#frame}). */
    static final long TRAIN_SEED = 11;
    static final int TRAIN_ROWS = 140;

    private ArtifactFixtures() {
    }

    static Detector fixtureDetector() {
        return ModelArtifactTest.fit(trainFrame());
    }

    static FeatureFrame trainFrame() {
        return ModelArtifactTest.frame(TRAIN_SEED, TRAIN_ROWS);
    }

    /**
     * @param args the fixtures directory
     * @throws IOException when writing fails
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        FeatureFrame train = trainFrame();
        ModelArtifact.write(dir.resolve(FORMAT_1), fixtureDetector(), new ArtifactMetadata(
                TrainingLineage.of(train, Labels.empty()), Map.of("extractors", List.of("daily_energy_kwh", "avg_temp_diff")),
                Map.of("precision_at_50", 0.5), Instant.parse("2026-11-26T12:00:00Z")));
    }
}
