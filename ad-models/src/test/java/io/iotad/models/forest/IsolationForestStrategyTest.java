package io.iotad.models.forest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.models.testing.Frames;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IsolationForestStrategyTest {
    private final IsolationForestStrategy strategy = new IsolationForestStrategy();

    @Test
    void given_the_service_loader_when_asked_by_name_in_any_case_then_it_finds_the_strategy() {
        assertThat(DetectorStrategies.byName("isolation_forest")).isInstanceOf(IsolationForestStrategy.class);
        assertThat(DetectorStrategies.byName("ISOLATION_FOREST").supervised()).isFalse();
        assertThat(strategy.description()).contains("Isolation Forest");
    }

    @Test
    void given_rows_with_missing_values_when_fitted_and_scored_then_they_are_skipped_and_left_unscored() {
        double[][] rows = Frames.gaussian(300, 2, 3);
        rows[5][1] = Double.NaN;
        FeatureFrame frame = Frames.of(rows);
        IsolationForestDetector f = strategy.fit(frame, Labels.empty(), strategy.defaultOptions(), FitContext.seeded(3));
        double[] s = f.score(frame).values();
        assertThat(s[5]).isNaN();
        assertThat(f.score(frame).scoredCount()).isEqualTo(299);
        assertThat(f.missingValuePolicy()).isEqualTo(MissingValuePolicy.SKIP_ROW);
        assertThat(f.subsampleSize()).isEqualTo(256);
    }

    @Test
    void given_fewer_rows_than_psi_when_fitted_then_psi_is_capped_at_the_rows() {
        IsolationForestDetector f = strategy.fit(Frames.of(Frames.gaussian(40, 2, 3)), Labels.empty(),
                strategy.defaultOptions(), FitContext.seeded(3));
        assertThat(f.subsampleSize()).isEqualTo(40);
        assertThat(f.treeCount()).isEqualTo(100);
    }

    @Test
    void given_fewer_than_two_complete_rows_when_fitted_then_it_fails_naming_the_counts() {
        FeatureFrame frame = Frames.of(new double[][] {{1, 2}, {Double.NaN, 1}});
        assertThatThrownBy(() -> strategy.fit(frame, Labels.empty(), strategy.defaultOptions(), FitContext.seeded(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1 (of 2 rows)");
    }

    @Test
    void given_an_infinite_value_when_fitted_then_it_fails_naming_row_and_feature() {
        FeatureFrame frame = Frames.of(new double[][] {{1, 2}, {3, Double.POSITIVE_INFINITY}, {0, 0}});
        assertThatThrownBy(() -> strategy.fit(frame, Labels.empty(), strategy.defaultOptions(), FitContext.seeded(1)))
                .hasMessageContaining("row 1").hasMessageContaining("'x1'");
    }

    @Test
    void given_a_frame_without_a_feature_when_scored_then_it_fails_naming_the_feature() {
        IsolationForestDetector f = strategy.fit(Frames.of(Frames.gaussian(50, 2, 3)), Labels.empty(),
                strategy.defaultOptions(), FitContext.seeded(3));
        assertThatThrownBy(() -> f.score(Frames.of(Frames.gaussian(5, 1, 3)))).hasMessageContaining("x1");
        assertThatThrownBy(() -> f.scoreRows(new double[3])).hasMessageContaining("multiple of 2");
    }

    @Test
    void given_different_seeds_when_fitted_then_scores_differ_and_raw_options_parse() {
        FeatureFrame frame = Frames.of(Frames.gaussian(500, 2, 3));
        double[] a = strategy.bind(Map.of("trees", 10)).fit(frame, Labels.empty(), FitContext.seeded(1)).score(frame).values();
        double[] b = strategy.bind(Map.of("trees", 10)).fit(frame, Labels.empty(), FitContext.seeded(2)).score(frame).values();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void given_a_progress_listener_when_fitted_then_it_hears_all_trees_done() {
        AtomicLong last = new AtomicLong();
        strategy.fit(Frames.of(Frames.gaussian(50, 2, 3)), Labels.empty(), new IsolationForestOptions(7, 16, 1, false),
                new FitContext(1, 1, (step, done, total) -> last.set(done * 1000 + total)));
        assertThat(last.get()).isEqualTo(7007);
    }

    @Test
    void given_a_detector_when_its_threads_change_then_scores_do_not() {
        FeatureFrame frame = Frames.of(Frames.gaussian(2000, 2, 3));
        IsolationForestDetector f = strategy.fit(frame, Labels.empty(), strategy.defaultOptions(),
                new FitContext(9, 1, ProgressListener.NONE));
        assertThat(f.withThreads(3).score(frame).values()).containsExactly(f.score(frame).values());
        assertThat(f.withThreads(3).threads()).isEqualTo(3);
        assertThatThrownBy(() -> f.withThreads(0)).hasMessageContaining("threads");
    }
}
