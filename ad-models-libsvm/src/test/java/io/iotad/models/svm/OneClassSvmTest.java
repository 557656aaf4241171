package io.iotad.models.svm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import io.iotad.models.testdata.Frames;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OneClassSvmTest {
    private static final List<String> NAMES = List.of("x", "y", "z");
    private static final FitContext CONTEXT = FitContext.seeded(1);
    private final OneClassSvmStrategy strategy = new OneClassSvmStrategy();

    private static FeatureFrame cloud(int n, long seed) {
        double[][] x = Frames.gaussian(n, 3, seed);
        for (double[] r : x) {
            r[0] = 100 + 10 * r[0]; // unstandardised scales
            r[2] = 0.01 * r[2];
        }
        return Frames.of(NAMES, x);
    }

    @Test
    void given_the_service_loader_when_asked_then_it_finds_the_unsupervised_strategy() {
        assertThat(DetectorStrategies.byName("one_class_svm")).isInstanceOf(OneClassSvmStrategy.class);
        assertThat(strategy.supervised()).isFalse();
    }

    @Test
    void given_a_normal_cloud_when_an_obvious_outlier_is_scored_then_it_scores_above_every_training_row() {
        FeatureFrame train = cloud(300, 2);
        Detector d = strategy.bind(Map.of()).fit(train, Labels.empty(), CONTEXT);

        double outlier = d.score(Frames.of(NAMES, new double[][] {{100, 8, 0}})).score(0);
        double centre = d.score(Frames.of(NAMES, new double[][] {{100, 0, 0}})).score(0);

        assertThat(outlier).isGreaterThan(0).isGreaterThan(centre);
        assertThat(java.util.Arrays.stream(d.score(train).values()).max().orElseThrow()).isLessThan(outlier);
        assertThat(d.missingValuePolicy()).isEqualTo(MissingValuePolicy.SKIP_ROW);
    }

    @Test
    void given_scale_gamma_when_fitted_then_gamma_is_one_over_features_times_variance() {
        OneClassSvmDetector d = (OneClassSvmDetector) strategy.bind(Map.of()).fit(cloud(200, 3), Labels.empty(), CONTEXT);

        // standardised features have variance 1, so "scale" gives 1 / features
        assertThat(d.decisionFunction().gamma()).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(d.options().toMap()).containsEntry("gamma", "scale");
    }

    @Test
    void given_a_fitted_detector_when_written_and_read_then_scores_are_bit_identical() throws IOException {
        FeatureFrame train = cloud(250, 4);
        Detector d = strategy.bind(Map.of("nu", 0.1, "gamma", 0.5)).fit(train, Labels.empty(), CONTEXT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        strategy.codec().write(d, out);

        Detector back = strategy.codec().read(new ByteArrayInputStream(out.toByteArray()), OneClassSvmCodec.VERSION);

        FeatureFrame probe = cloud(100, 5);
        assertThat(back.score(probe).values()).isEqualTo(d.score(probe).values());
        assertThat(back.options()).isEqualTo(d.options());
        assertThatThrownBy(() -> strategy.codec().read(new ByteArrayInputStream(out.toByteArray()), 9))
                .isInstanceOf(UnsupportedVersionException.class).hasMessageContaining("Unknown version 9");
        byte[] cut = java.util.Arrays.copyOf(out.toByteArray(), 60);
        assertThatThrownBy(() -> strategy.codec().read(new ByteArrayInputStream(cut), OneClassSvmCodec.VERSION))
                .isInstanceOf(IOException.class).hasMessageContaining("truncated");
    }

    @Test
    void given_rows_with_missing_values_when_fitted_and_scored_then_they_are_skipped_and_score_nan() {
        double[][] x = Frames.gaussian(100, 3, 6);
        x[3][1] = Double.NaN;
        Detector d = strategy.bind(Map.of()).fit(Frames.of(NAMES, x), Labels.empty(), CONTEXT);

        double[] s = d.score(Frames.of(NAMES, new double[][] {{0, Double.NaN, 0}, {0, 0, 0}})).values();

        assertThat(s[0]).isNaN();
        assertThat(s[1]).isFinite();
    }

    @Test
    void given_too_few_complete_rows_when_fitted_then_the_error_says_so() {
        assertThatThrownBy(() -> strategy.bind(Map.of()).fit(Frames.of(NAMES, new double[][] {{1, 2, 3}, {1, Double.NaN, 3}}),
                Labels.empty(), CONTEXT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
    }

    @Test
    void given_no_options_when_parsed_then_defaults_apply_and_round_trip() {
        OneClassSvmOptions o = strategy.parseOptions(Map.of());

        assertThat(o).isEqualTo(OneClassSvmOptions.defaults());
        assertThat(o.nu()).isEqualTo(0.05);
        assertThat(o.gamma()).isNull();
        assertThat(strategy.parseOptions(o.toMap())).isEqualTo(o);
        OneClassSvmOptions g = strategy.parseOptions(Map.of("gamma", "0.25", "nu", "0.2"));
        assertThat(strategy.parseOptions(g.toMap())).isEqualTo(g);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(Arguments.of("nu", 0), Arguments.of("nu", 1.5), Arguments.of("nu", "half"),
                Arguments.of("gamma", 0), Arguments.of("gamma", -1), Arguments.of("gamma", "auto"),
                Arguments.of("tolerance", 0), Arguments.of("tolerance", -1e-3),
                Arguments.of("cache_mb", 0), Arguments.of("cache_mb", "Infinity"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void given_an_invalid_value_when_parsed_then_the_error_names_option_and_value(String key, Object value) {
        assertThatThrownBy(() -> strategy.parseOptions(Map.of(key, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + key + "'")
                .hasMessageContaining("expected");
    }

    @Test
    void given_an_unknown_option_when_parsed_then_it_is_named() {
        assertThatThrownBy(() -> strategy.parseOptions(Map.of("kernel", "linear")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option 'kernel'");
    }
}
