package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    // Expected values from scikit-learn 1.2.1:
    // /usr/bin/python3 -c "from sklearn.metrics import roc_auc_score, average_precision_score;
    //   y=[1,0,1,1,0,0,1,0,0,0]; s=[0.9,0.9,0.8,0.5,0.5,0.5,0.3,0.2,0.2,0.1];
    //   print(roc_auc_score(y,s), average_precision_score(y,s))"  ->  0.7291666666666667 0.5595238095238095
    private static final int[] Y = {1, 0, 1, 1, 0, 0, 1, 0, 0, 0};
    private static final double[] S = {0.9, 0.9, 0.8, 0.5, 0.5, 0.5, 0.3, 0.2, 0.2, 0.1};

    @Test
    void given_tied_scores_when_roc_auc_and_ap_are_computed_then_they_match_scikit_learn() {
        RankingMetrics m = new RankingMetrics(S, Y);
        assertThat(m.rocAuc()).isCloseTo(0.7291666666666667, within(1e-15));
        assertThat(m.averagePrecision()).isCloseTo(0.5595238095238095, within(1e-15));
    }

    @Test
    void given_ties_at_the_cut_when_precision_at_k_is_computed_then_row_order_breaks_them() {
        RankingMetrics m = new RankingMetrics(S, Y);
        assertThat(m.precisionAt(1)).isEqualTo(1.0); // rows 0 and 1 tie; row 0 (a positive) comes first
        assertThat(m.precisionAt(4)).isEqualTo(0.75);
        assertThat(m.recallAt(4)).isEqualTo(0.75);
        assertThat(m.precisionAt(50)).isEqualTo(0.4); // fewer rows than k: the share among all rows
        assertThat(m.recallAt(50)).isEqualTo(1.0);
    }

    @Test
    void given_a_perfect_and_a_reversed_ranking_when_auc_is_computed_then_it_is_one_and_zero() {
        assertThat(new RankingMetrics(new double[] {3, 2, 1}, new int[] {1, 0, 0}).rocAuc()).isEqualTo(1.0);
        assertThat(new RankingMetrics(new double[] {3, 2, 1}, new int[] {0, 0, 1}).rocAuc()).isEqualTo(0.0);
        assertThat(new RankingMetrics(new double[] {1, 1}, new int[] {0, 1}).rocAuc()).isEqualTo(0.5);
    }

    @Test
    void given_one_class_only_when_auc_is_asked_then_it_is_undefined() {
        RankingMetrics m = new RankingMetrics(new double[] {1, 2}, new int[] {0, 0});
        assertThat(m.bothClassesPresent()).isFalse();
        assertThat(m.recallAt(1)).isZero();
        assertThatThrownBy(m::rocAuc).isInstanceOf(IllegalStateException.class).hasMessageContaining("0 positives of 2");
    }

    @Test
    void given_bad_inputs_when_built_then_they_are_rejected() {
        assertThatThrownBy(() -> new RankingMetrics(new double[1], new int[2])).hasMessageContaining("1 scores but 2 labels");
        assertThatThrownBy(() -> new RankingMetrics(new double[] {1}, new int[] {2})).hasMessageContaining("expected 0 or 1");
        assertThatThrownBy(() -> new RankingMetrics(new double[] {Double.NaN}, new int[] {1})).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new RankingMetrics(S, Y).precisionAt(0)).hasMessageContaining("k must be >= 1");
    }
}
