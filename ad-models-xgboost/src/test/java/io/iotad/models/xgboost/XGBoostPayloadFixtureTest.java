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

/**
 * The {@code xgboost} payload (version 1) written by an earlier build still reads and scores bit for
 * bit as it did. Regenerate only when a new payload version is added (keep the old files):
 * {@code java -cp <test classpath> io.iotad.models.xgboost.XGBoostPayloadFixtureTest
 * ad-models-xgboost/src/test/resources/io/iotad/models/xgboost}.
 */
class XGBoostPayloadFixtureTest {
    @Test
    void given_a_payload_written_by_an_earlier_build_when_read_then_it_scores_exactly_as_it_did() throws IOException {
        Detector d;
        try (InputStream in = getClass().getResourceAsStream("xgboost-v1.payload")) {
            assertThat(in).as("fixture xgboost-v1").isNotNull();
            d = new XGBoostCodec().read(in, 1);
        }
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream("xgboost-v1.scores")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }

        double[] s = d.score(PayloadFixtures.probe()).values();

        assertThat(s).hasSize(expected.size());
        for (int i = 0; i < s.length; i++) {
            assertThat(Long.toHexString(Double.doubleToRawLongBits(s[i]))).as("row " + i).isEqualTo(expected.get(i));
        }
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
