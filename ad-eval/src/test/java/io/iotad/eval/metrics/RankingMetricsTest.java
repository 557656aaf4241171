package io.iotad.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    private static final double[] SCORES = {5, 4, 3, 2, 1};
    private static final int[] LABELS = {1, 0, 1, 0, 0};

    @Test
    void given_ranked_rows_when_top_k_then_counts_the_hits_among_the_first_k() {
        RankedSample s = RankedSample.of(SCORES, LABELS);
        assertThat(RankingMetrics.precisionAtK(s, 1)).isEqualTo(1.0);
        assertThat(RankingMetrics.precisionAtK(s, 2)).isEqualTo(0.5);
        assertThat(RankingMetrics.precisionAtK(s, 3)).isEqualTo(2.0 / 3);
        assertThat(RankingMetrics.recallAtK(s, 2)).isEqualTo(0.5);
        assertThat(RankingMetrics.recallAtK(s, 3)).isEqualTo(1.0);
        assertThat(RankingMetrics.yieldAtK(s, 3)).isEqualTo(2);
    }

    @Test
    void given_fewer_rows_than_k_when_precision_then_divides_by_the_alerts_raised() {
        assertThat(RankingMetrics.precisionAtK(SCORES, LABELS, 10)).isEqualTo(2.0 / 5);
    }

    @Test
    void given_unscored_rows_when_top_k_then_they_are_never_ranked() {
        double[] scores = {Double.NaN, 3, 2};
        int[] labels = {1, 0, 1};
        assertThat(RankingMetrics.precisionAtK(scores, labels, 1)).isEqualTo(0.0);
        assertThat(RankingMetrics.recallAtK(scores, labels, 2)).isEqualTo(1.0);
    }

    @Test
    void given_tied_scores_when_ranking_then_the_earlier_row_comes_first() {
        RankedSample s = RankedSample.of(new double[] {1, 1, 1}, new int[] {0, 1, 0});
        assertThat(s.row(0)).isZero();
        assertThat(s.row(1)).isEqualTo(1);
        assertThat(RankingMetrics.precisionAtK(s, 1)).isZero();
    }

    @Test
    void given_nothing_scored_or_no_positive_when_top_k_then_undefined_not_zero() {
        assertThat(RankingMetrics.precisionAtK(new double[] {Double.NaN}, new int[] {1}, 1)).isNaN();
        assertThat(RankingMetrics.recallAtK(new double[] {1.0}, new int[] {0}, 1)).isNaN();
    }

    @Test
    void given_bad_arguments_when_computing_then_rejected_with_the_value() {
        assertThatThrownBy(() -> RankingMetrics.precisionAtK(SCORES, LABELS, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k must be >= 1, got 0");
        assertThatThrownBy(() -> RankedSample.of(new double[] {1}, new int[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 scores, 2 labels");
        assertThatThrownBy(() -> RankedSample.of(new double[] {1, 2}, new int[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 is 2");
        assertThatThrownBy(() -> RankedSample.of(SCORES, LABELS).hitsAtK(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
