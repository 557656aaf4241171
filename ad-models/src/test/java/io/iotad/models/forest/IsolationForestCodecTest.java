package io.iotad.models.forest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.models.lof.LofStrategy;
import io.iotad.models.testing.Frames;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IsolationForestCodecTest {
    private final PayloadCodec codec = new IsolationForestStrategy().codec();
    private final FeatureFrame train = Frames.of(Frames.gaussian(500, 4, 1));
    private final IsolationForestDetector forest = new IsolationForestStrategy().fit(train, Labels.empty(),
            new IsolationForestOptions(30, 64, 0.75, true), new FitContext(5, 2, ProgressListener.NONE));

    private byte[] write(Detector d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(d, out);
        return out.toByteArray();
    }

    @Test
    void given_a_fitted_forest_when_written_and_read_then_scores_are_bit_identical() throws IOException {
        Detector back = codec.read(new ByteArrayInputStream(write(forest)), codec.version());
        FeatureFrame probe = Frames.of(Frames.gaussian(200, 4, 2));
        double[] a = forest.score(probe).values();
        double[] b = back.score(probe).values();
        assertThat(Arrays.stream(b).mapToLong(Double::doubleToRawLongBits).toArray())
                .containsExactly(Arrays.stream(a).mapToLong(Double::doubleToRawLongBits).toArray());
        assertThat(back.features()).isEqualTo(forest.features());
        assertThat(back.options()).isEqualTo(forest.options());
        assertThat(back.strategy()).isEqualTo("isolation_forest");
        assertThat(write(back)).isEqualTo(write(forest));
    }

    @Test
    void given_a_newer_or_invalid_version_when_read_then_it_fails_with_unsupported_version() throws IOException {
        byte[] bytes = write(forest);
        assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(bytes), 3))
                .isInstanceOf(UnsupportedVersionException.class)
                .hasMessageContaining("Unknown version 3").hasMessageContaining("at most version 2");
        assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(bytes), 0))
                .isInstanceOf(UnsupportedVersionException.class);
    }

    @Test
    void given_a_truncated_payload_when_read_then_it_fails_with_an_io_exception() throws IOException {
        byte[] bytes = write(forest);
        assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length / 2)), codec.version()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void given_another_strategys_payload_when_read_then_it_is_refused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var lof = new LofStrategy();
        lof.codec().write(lof.fit(train, Labels.empty(), lof.defaultOptions(), FitContext.seeded(1)), out);
        assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(out.toByteArray()), codec.version()))
                .isInstanceOf(IOException.class).hasMessageContaining("expected a payload of strategy 'isolation_forest' but it starts with strategy 'lof'");
    }

    @Test
    void given_another_strategys_detector_when_written_then_it_is_refused() {
        var lof = new LofStrategy().fit(train, Labels.empty(), new LofStrategy().defaultOptions(), FitContext.seeded(1));
        assertThatThrownBy(() -> codec.write(lof, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lof");
    }
}
