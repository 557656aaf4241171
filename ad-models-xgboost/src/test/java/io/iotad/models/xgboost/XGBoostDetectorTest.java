package io.iotad.models.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.Test;

class XGBoostDetectorTest {
    private static final List<String> NAMES = List.of("energy", "temp_diff", "outdoor");
    private static final FitContext CONTEXT = new FitContext(7, 1, io.iotad.core.progress.ProgressListener.NONE);
    private final XGBoostStrategy strategy = new XGBoostStrategy();

    /** Faults when energy + temp_diff is large; some energy readings missing. */
    private static Object[] data(int n, long seed) {
        double[][] x = Frames.gaussian(n, 3, seed);
        int[] y = new int[n];
        SplittableRandom r = new SplittableRandom(seed + 1);
        for (int i = 0; i < n; i++) {
            y[i] = x[i][0] + x[i][1] > 1.2 ? 1 : 0;
            if (r.nextInt(10) == 0) {
                x[i][2] = Double.NaN;
            }
        }
        return new Object[] {Frames.of(NAMES, x), y};
    }

    private XGBoostDetector fit(FeatureFrame f, int[] y, Map<String, ?> raw) {
        return (XGBoostDetector) strategy.fit(f, Frames.labels(y), strategy.parseOptions(raw), CONTEXT);
    }

    @Test
    void given_the_service_loader_when_asked_for_xgboost_then_it_finds_this_supervised_strategy() {
        assertThat(DetectorStrategies.byName("XGBoost")).isInstanceOf(XGBoostStrategy.class);
        assertThat(strategy.supervised()).isTrue();
    }

    @Test
    void given_labelled_rows_when_fitted_then_faults_score_higher_and_scores_are_probabilities() {
        Object[] d = data(600, 1);
        FeatureFrame f = (FeatureFrame) d[0];
        int[] y = (int[]) d[1];
        XGBoostDetector det = fit(f, y, Map.of("trees", 30));

        double[] s = det.score(f).values();
        double fault = 0;
        double normal = 0;
        int nf = 0;
        for (int i = 0; i < s.length; i++) {
            assertThat(s[i]).isBetween(0.0, 1.0);
            if (y[i] == 1) {
                fault += s[i];
                nf++;
            } else {
                normal += s[i];
            }
        }
        assertThat(fault / nf).isGreaterThan(0.7);
        assertThat(normal / (s.length - nf)).isLessThan(0.3);
        assertThat(det.missingValuePolicy()).isEqualTo(MissingValuePolicy.NATIVE);
        assertThat(det.features().names()).isEqualTo(NAMES);
    }

    @Test
    void given_a_fitted_detector_when_written_and_read_then_scores_are_bit_identical() throws IOException {
        Object[] d = data(400, 2);
        FeatureFrame f = (FeatureFrame) d[0];
        XGBoostDetector det = fit(f, (int[]) d[1], Map.of("trees", 20, "subsample", 0.7, "seed", 3));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        strategy.codec().write(det, out);

        Detector back = strategy.codec().read(new ByteArrayInputStream(out.toByteArray()), XGBoostCodec.VERSION);

        assertThat(back.score(f).values()).isEqualTo(det.score(f).values());
        assertThat(back.options()).isEqualTo(det.options());
        assertThat(back.features()).isEqualTo(det.features());
    }

    @Test
    void given_a_payload_when_read_with_a_newer_version_or_truncated_then_it_fails_clearly() throws IOException {
        Object[] d = data(200, 3);
        XGBoostDetector det = fit((FeatureFrame) d[0], (int[]) d[1], Map.of("trees", 5));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        strategy.codec().write(det, out);
        byte[] bytes = out.toByteArray();

        int newer = XGBoostCodec.VERSION + 1;
        assertThatThrownBy(() -> strategy.codec().read(new ByteArrayInputStream(bytes), newer))
                .isInstanceOf(UnsupportedVersionException.class).hasMessageContaining("Unknown version " + newer);
        assertThatThrownBy(() -> strategy.codec().read(new ByteArrayInputStream(Arrays.copyOf(bytes, 40)), XGBoostCodec.VERSION))
                .isInstanceOf(IOException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> strategy.codec().read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5}), 1))
                .isInstanceOf(IOException.class).hasMessageContaining("magic");
    }

    @Test
    void given_faults_that_show_only_as_missing_values_when_fitted_then_nan_is_not_read_as_zero() {
        // feature "valve": 0 on healthy rows, missing on faulty rows; a NaN read as 0 could not separate them
        int n = 400;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            y[i] = i % 4 == 0 ? 1 : 0;
            x[i][0] = y[i] == 1 ? Double.NaN : 0.0;
            x[i][1] = Frames.gaussian(r);
        }
        XGBoostDetector det = fit(Frames.of(List.of("valve", "noise"), x), y, Map.of("trees", 20));

        double[] s = det.score(Frames.of(List.of("valve", "noise"),
                new double[][] {{Double.NaN, 0.1}, {0.0, 0.1}})).values();

        assertThat(s[0]).isGreaterThan(0.8);
        assertThat(s[1]).isLessThan(0.2);
    }

    @Test
    void given_rows_when_contributions_are_asked_then_each_row_sums_to_its_margin() {
        Object[] d = data(500, 4);
        FeatureFrame f = (FeatureFrame) d[0];
        XGBoostDetector det = fit(f, (int[]) d[1], Map.of("trees", 25));

        double[][] c = det.contributions(f);
        double[] margin = det.margins(f);
        double[] p = det.score(f).values();

        assertThat(c).hasNumberOfRows(f.rowCount());
        for (int i = 0; i < c.length; i++) {
            assertThat(c[i]).hasSize(NAMES.size() + 1);
            assertThat(Arrays.stream(c[i]).sum()).isCloseTo(margin[i], within(1e-4));
            assertThat(1 / (1 + Math.exp(-margin[i]))).isCloseTo(p[i], within(1e-5));
        }
    }

    @Test
    void given_a_batch_when_scored_in_place_then_it_equals_xgboost4j_predicting_over_a_native_matrix() throws Exception {
        Object[] d = data(600, 6);
        FeatureFrame f = (FeatureFrame) d[0];
        XGBoostDetector det = fit(f, (int[]) d[1], Map.of("trees", 30, "subsample", 0.8, "seed", 2));
        Booster reference = XGBoost.loadModel(det.modelBytes());
        DMatrix m = NativeMatrix.of(NativeMatrix.rowMajor(f, det.features()), f.rowCount(), NAMES.size());
        float[][] p;
        float[][] margin;
        try {
            p = reference.predict(m);
            margin = reference.predict(m, true);
        } finally {
            m.dispose();
            reference.dispose();
        }

        double[] scores = det.score(f).values();
        double[] margins = det.margins(f);

        for (int i = 0; i < f.rowCount(); i++) {
            assertThat(scores[i]).as("score of row %d", i).isEqualTo((double) p[i][0]);
            assertThat(margins[i]).as("margin of row %d", i).isEqualTo((double) margin[i][0]);
        }
    }

    @Test
    void given_unlabelled_rows_when_fitted_then_they_are_left_out_of_training() {
        Object[] d = data(300, 6);
        FeatureFrame f = (FeatureFrame) d[0];
        int[] y = ((int[]) d[1]).clone();
        int[] partly = y.clone();
        for (int i = 200; i < 300; i++) {
            partly[i] = Labels.UNKNOWN;
        }
        XGBoostDetector onPart = fit(f, partly, Map.of("trees", 10));
        XGBoostDetector onFirst = fit(f.rows(java.util.stream.IntStream.range(0, 200).toArray()),
                Arrays.copyOf(y, 200), Map.of("trees", 10));

        assertThat(onPart.score(f).values()).isEqualTo(onFirst.score(f).values());
    }

    @Test
    void given_labels_of_one_class_only_when_fitted_then_the_error_explains() {
        Object[] d = data(100, 8);
        int[] zeros = new int[100];

        assertThatThrownBy(() -> fit((FeatureFrame) d[0], zeros, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("faults and non-faults");
    }

    @Test
    void given_a_frame_without_a_trained_feature_when_scored_then_the_error_names_it() {
        Object[] d = data(200, 9);
        XGBoostDetector det = fit((FeatureFrame) d[0], (int[]) d[1], Map.of("trees", 5));

        assertThatThrownBy(() -> det.score(Frames.of(List.of("energy"), new double[][] {{1}})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temp_diff");
    }

    @Test
    void given_an_empty_frame_when_scored_then_no_scores_come_back() {
        Object[] d = data(200, 10);
        FeatureFrame f = (FeatureFrame) d[0];
        XGBoostDetector det = fit(f, (int[]) d[1], Map.of("trees", 5));

        assertThat(det.score(f.rows(new int[0])).size()).isZero();
        assertThat(det.contributions(f.rows(new int[0]))).isEmpty();
    }
}
