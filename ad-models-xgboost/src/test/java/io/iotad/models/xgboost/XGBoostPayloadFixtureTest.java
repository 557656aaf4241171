package io.iotad.models.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.models.fixtures.PayloadFixtures;
import io.iotad.models.testdata.Frames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The {@code xgboost} payloads written by earlier builds still read and score bit for bit as they did:
 * version 1 (xgboost4j 1.6.2, legacy binary model, converted on load) and version 2 (xgboost4j 3.x,
 * UBJSON model). Write the current version's files only when a new payload version is added (keep the
 * old files); the command writes {@code xgboost-v<VERSION>.payload} and {@code .scores}:
 * {@code mvn -o -q -pl ad-models-xgboost -am verify -Dtest=XGBoostPayloadFixtureTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Diotad.writeFixtures=true}.
 */
class XGBoostPayloadFixtureTest {
    @Test
    void given_a_payload_written_by_xgboost4j_1_6_when_read_then_it_scores_exactly_as_it_did() throws IOException {
        assertScoresAsRecorded("xgboost-v1", 1);
    }

    @Test
    void given_a_payload_of_version_2_when_read_then_it_scores_exactly_as_it_did() throws IOException {
        assertScoresAsRecorded("xgboost-v2", 2);
    }

    private void assertScoresAsRecorded(String name, int version) throws IOException {
        Detector d;
        try (InputStream in = getClass().getResourceAsStream(name + ".payload")) {
            assertThat(in).as("fixture " + name).isNotNull();
            d = new XGBoostCodec().read(in, version);
        }
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream(name + ".scores")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }

        double[] s = d.score(PayloadFixtures.probe()).values();

        assertThat(s).hasSize(expected.size());
        for (int i = 0; i < s.length; i++) {
            assertThat(Long.toHexString(Double.doubleToRawLongBits(s[i]))).as(name + " row " + i).isEqualTo(expected.get(i));
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "iotad.writeFixtures", matches = "true")
    void write_the_fixture() throws IOException {
        main(new String[] {"src/test/resources/io/iotad/models/xgboost"});
    }

    /**
     * Writes {@code xgboost-vN.payload} and {@code xgboost-vN.scores}, N the current payload version.
     *
     * @param args the output directory
     * @throws IOException when writing fails
     */
    public static void main(String[] args) throws IOException {
        double[][] x = Frames.gaussian(300, 3, 5);
        int[] y = new int[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = x[i][0] + x[i][1] > 1 ? 1 : 0;
            if (i % 10 == 0) {
                x[i][2] = Double.NaN;
            }
        }
        FeatureFrame train = Frames.of(PayloadFixtures.NAMES, x);
        FitContext ctx = new FitContext(3, 1, ProgressListener.NONE);
        XGBoostStrategy xgb = new XGBoostStrategy();
        PayloadFixtures.write(Path.of(args[0]), "xgboost-v" + XGBoostCodec.VERSION, xgb,
                xgb.bind(Map.of("trees", 10)).fit(train, Frames.labels(y), ctx));
    }
}
