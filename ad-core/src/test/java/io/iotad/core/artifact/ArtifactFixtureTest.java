package io.iotad.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Artifacts written by earlier versions keep loading and scoring the same (see {@link ArtifactFixtures}). */
class ArtifactFixtureTest {
    @Test
    void given_the_format_1_fixture_when_read_then_it_scores_like_a_fresh_fit_on_the_same_data() throws Exception {
        LoadedModel loaded;
        try (InputStream in = getClass().getResourceAsStream("fixtures/" + ArtifactFixtures.FORMAT_1)) {
            assertThat(in).as("fixture on the test class path").isNotNull();
            loaded = ModelArtifact.read(in, ArtifactFixtures.FORMAT_1);
        }

        ModelManifest m = loaded.manifest();
        assertThat(m.formatVersion()).isEqualTo(1);
        assertThat(m.strategy()).isEqualTo(CentroidTestStrategy.NAME);
        assertThat(m.payloadVersion()).isEqualTo(1);
        assertThat(m.createdAt()).isEqualTo(Instant.parse("2026-11-26T12:00:00Z"));
        assertThat(m.lineage()).isEqualTo(TrainingLineage.of(ArtifactFixtures.trainFrame(), Labels.empty()));
        assertThat(m.provenance()).as("written before provenance existed").isEqualTo(TrainingProvenance.UNKNOWN);
        FeatureFrame test = ModelArtifactTest.frame(99, 60);
        long[] fresh = Arrays.stream(ArtifactFixtures.fixtureDetector().score(test).values())
                .mapToLong(Double::doubleToRawLongBits).toArray();
        long[] old = Arrays.stream(loaded.detector().score(test).values())
                .mapToLong(Double::doubleToRawLongBits).toArray();
        assertThat(old).containsExactly(fresh);
    }
}
