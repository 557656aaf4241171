package io.iotad.models.lof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.models.forest.IsolationForestStrategy;
import io.iotad.models.testing.Frames;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LofCodecTest {
    private final PayloadCodec codec = new LofStrategy().codec();
    private final FeatureFrame train = Frames.of(Frames.gaussian(400, 3, 11));

    private LofDetector fit(LofOptions o) {
        return new LofStrategy().fit(train, Labels.empty(), o, new FitContext(1, 2, ProgressListener.NONE));
    }

    private byte[] write(Detector d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(d, out);
        return out.toByteArray();
    }

    private static long[] bits(double[] v) {
        return Arrays.stream(v).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @ParameterizedTest(name = "standardize={0}")
    @ValueSource(booleans = {true, false})
    void given_a_fitted_lof_when_written_and_read_then_scores_are_bit_identical(boolean standardize) throws IOException {
        LofDetector lof = fit(new LofOptions(10, standardize, 8, 15));
        Detector back = codec.read(new ByteArrayInputStream(write(lof)), codec.version());
        FeatureFrame probe = Frames.of(Frames.gaussian(150, 3, 12));
        assertThat(bits(back.score(probe).values())).containsExactly(bits(lof.score(probe).values()));
        assertThat(back.options()).isEqualTo(lof.options());
        assertThat(back.features()).isEqualTo(lof.features());
        assertThat(write(back)).isEqualTo(write(lof));
    }

    @Test
    void given_a_brute_force_lof_when_round_tripped_then_it_stays_brute_force_and_identical() throws IOException {
        LofDetector lof = fit(new LofOptions(5, true, 8, 0));
        LofDetector back = (LofDetector) codec.read(new ByteArrayInputStream(write(lof)), codec.version());
        double[] probe = {0.1, 0.2, 0.3, 5, 5, 5};
        assertThat(bits(back.scoreRows(probe))).containsExactly(bits(lof.scoreRows(probe)));
        assertThat(back.options().maxTreeDimensions()).isZero();
    }

    @Test
    void given_a_newer_or_invalid_version_when_read_then_it_fails_with_unsupported_version() throws IOException {
        byte[] bytes = write(fit(LofOptions.defaults()));
        assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(bytes), 3))
                .isInstanceOf(UnsupportedVersionException.class)
                .hasMessageContaining("Unknown version 3").hasMessageContaining("lof payload");
        assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(bytes), -1))
                .isInstanceOf(UnsupportedVersionException.class);
    }

    @Test
    void given_a_truncated_payload_when_read_then_it_fails_with_an_io_exception() throws IOException {
        byte[] bytes = write(fit(LofOptions.defaults()));
        assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 9)), codec.version()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void given_another_strategys_detector_or_payload_when_used_then_it_is_refused() throws IOException {
        var forest = new IsolationForestStrategy().fit(train, Labels.empty(), new IsolationForestStrategy().defaultOptions(),
                FitContext.seeded(1));
        assertThatThrownBy(() -> codec.write(forest, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("isolation_forest");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IsolationForestStrategy().codec().write(forest, out);
        assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(out.toByteArray()), codec.version()))
                .isInstanceOf(IOException.class).hasMessageContaining("expected a payload of strategy 'lof' but it starts with strategy 'isolation_forest'");
    }
}
