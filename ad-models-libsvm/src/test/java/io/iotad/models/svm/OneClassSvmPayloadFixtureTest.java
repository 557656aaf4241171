package io.iotad.models.svm;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
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
 * The {@code one_class_svm} payload (version 1) written by an earlier build still reads and scores
 * bit for bit as it did. Regenerate only when a new payload version is added (keep the old files):
 * {@code java -cp <test classpath> io.iotad.models.svm.OneClassSvmPayloadFixtureTest
 * ad-models-libsvm/src/test/resources/io/iotad/models/svm}.
 */
class OneClassSvmPayloadFixtureTest {
    @Test
    void given_a_payload_written_by_an_earlier_build_when_read_then_it_scores_exactly_as_it_did() throws IOException {
        Detector d;
        try (InputStream in = getClass().getResourceAsStream("one_class_svm-v1.payload")) {
            assertThat(in).as("fixture one_class_svm-v1").isNotNull();
            d = new OneClassSvmCodec().read(in, 1);
        }
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream("one_class_svm-v1.scores")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }

        double[] s = d.score(PayloadFixtures.probe()).values();

        assertThat(s).hasSize(expected.size());
        for (int i = 0; i < s.length; i++) {
            assertThat(Long.toHexString(Double.doubleToRawLongBits(s[i]))).as("row " + i).isEqualTo(expected.get(i));
        }
    }

    /**
     * Writes {@code one_class_svm-vN.payload} and {@code one_class_svm-vN.scores}, N the current payload version.
     *
     * @param args the output directory
     * @throws IOException when writing fails
     */
    public static void main(String[] args) throws IOException {
        double[][] clean = Frames.gaussian(200, 3, 6);
        FitContext ctx = new FitContext(3, 1, ProgressListener.NONE);
        OneClassSvmStrategy svm = new OneClassSvmStrategy();
        PayloadFixtures.write(Path.of(args[0]), "one_class_svm-v" + OneClassSvmCodec.VERSION, svm,
                svm.bind(Map.of("nu", 0.1)).fit(Frames.of(PayloadFixtures.NAMES, clean), Frames.labels(new int[0]), ctx));
    }
}
