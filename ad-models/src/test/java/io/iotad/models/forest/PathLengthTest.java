package io.iotad.models.forest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.iotad.core.detect.FitContext;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.models.testing.Frames;
import org.junit.jupiter.api.Test;

/**
 * c(n) and path lengths against values worked out by hand. c(n) = 2 (ln(n − 1) + γ) − 2 (n − 1) / n:
 * c(3) = 2 (ln 2 + γ) − 4/3 = 1.207392357589623, c(4) = 2 (ln 3 + γ) − 3/2 = 1.8516559071392855,
 * c(256) = 2 (ln 255 + γ) − 510/256 = 10.244770920119917 (the same digits as scikit-learn's
 * {@code _average_path_length}).
 */
class PathLengthTest {
    private static final FitContext ONE_THREAD = new FitContext(42, 1, ProgressListener.NONE);

    @Test
    void given_small_n_when_c_is_computed_then_it_follows_the_special_cases() {
        assertThat(PathLength.average(0)).isZero();
        assertThat(PathLength.average(1)).isZero();
        assertThat(PathLength.average(2)).isEqualTo(1.0);
        assertThatThrownBy(() -> PathLength.average(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void given_larger_n_when_c_is_computed_then_it_matches_the_hand_computed_values() {
        assertThat(PathLength.average(3)).isCloseTo(1.207392357589623, within(1e-15));
        assertThat(PathLength.average(4)).isCloseTo(1.8516559071392855, within(1e-15));
        assertThat(PathLength.average(256)).isCloseTo(10.244770920119917, within(1e-13));
    }

    @Test
    void given_a_path_as_long_as_c_psi_when_scored_then_the_score_is_one_half() {
        assertThat(PathLength.score(PathLength.average(256), 256)).isEqualTo(0.5);
        assertThat(PathLength.score(0, 256)).isEqualTo(1.0);
    }

    @Test
    void given_two_distinct_training_rows_when_any_row_is_scored_then_its_path_is_exactly_one() {
        // psi = 2, depth limit ceil(log2 2) = 1: the root splits the pair; every leaf holds one row
        var forest = new IsolationForestStrategy().fit(Frames.of(new double[][] {{0.0}, {1.0}}), Labels.empty(),
                new IsolationForestOptions(50, 256, 1.0, false), ONE_THREAD);
        double[] h = forest.meanPathLengths(new double[] {-5, 0.5, 7});
        assertThat(h).containsExactly(1.0, 1.0, 1.0);
        assertThat(forest.scoreRows(new double[] {0.3})).containsExactly(0.5); // 2^(-1 / c(2))
    }

    @Test
    void given_identical_training_rows_when_scored_then_the_root_is_a_leaf_of_c_n() {
        double[][] same = {{3, 3}, {3, 3}, {3, 3}, {3, 3}};
        var forest = new IsolationForestStrategy().fit(Frames.of(same), Labels.empty(),
                new IsolationForestOptions(5, 256, 1.0, false), ONE_THREAD);
        assertThat(forest.meanPathLengths(new double[] {100, -100})).containsExactly(1.8516559071392855);
        assertThat(forest.scoreRows(new double[] {0, 0})[0]).isEqualTo(0.5);
    }

    @Test
    void given_three_rows_on_a_line_when_many_trees_are_grown_then_the_mean_path_of_an_end_is_1_5() {
        // Rows 0, 10, 20. The root's split p is uniform in [0, 20): with p <= 10 (probability 1/2)
        // row 0 is alone at depth 1; otherwise {0, 10} splits again at depth 2. E[h(0)] = 1.5.
        // The middle row: p <= 10 leaves {10, 20} -> depth 2; p > 10 leaves {0, 10} -> depth 2. E[h(10)] = 2.
        var forest = new IsolationForestStrategy().fit(Frames.of(new double[][] {{0}, {10}, {20}}), Labels.empty(),
                new IsolationForestOptions(20_000, 256, 1.0, false), ONE_THREAD);
        double[] h = forest.meanPathLengths(new double[] {0, 10});
        assertThat(h[0]).isCloseTo(1.5, within(0.02));
        assertThat(h[1]).isEqualTo(2.0);
    }

    @Test
    void given_psi_when_the_depth_limit_is_derived_then_it_is_ceil_log2_psi() {
        assertThat(IsolationTreeGrower.maxDepth(2)).isEqualTo(1);
        assertThat(IsolationTreeGrower.maxDepth(3)).isEqualTo(2);
        assertThat(IsolationTreeGrower.maxDepth(256)).isEqualTo(8);
        assertThat(IsolationTreeGrower.maxDepth(257)).isEqualTo(9);
    }
}
