package io.iotad.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdAndDailyTest {

    @Test
    void given_a_threshold_when_classifying_then_rows_at_or_above_it_are_called() {
        ThresholdMetrics m = ThresholdMetrics.at(new double[] {5, 4, 3, 2, 1}, new int[] {1, 0, 1, 1, 0}, 3);
        assertThat(m.truePositives()).isEqualTo(2);
        assertThat(m.falsePositives()).isEqualTo(1);
        assertThat(m.falseNegatives()).isEqualTo(1);
        assertThat(m.precision()).isEqualTo(2.0 / 3);
        assertThat(m.recall()).isEqualTo(2.0 / 3);
        assertThat(m.f1()).isEqualTo(2.0 * 2 / (2 * 2 + 1 + 1));
    }

    @Test
    void given_a_threshold_above_every_score_when_classifying_then_precision_is_undefined() {
        ThresholdMetrics m = ThresholdMetrics.at(new double[] {1, 2}, new int[] {1, 0}, 10);
        assertThat(m.precision()).isNaN();
        assertThat(m.recall()).isZero();
        assertThat(m.f1()).isZero();
        assertThatThrownBy(() -> ThresholdMetrics.at(new double[] {1}, new int[] {1}, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
    }

    @Test
    void given_two_days_when_daily_top_k_then_each_day_contributes_its_own_top_k() {
        // day 0: scores 9, 8, 1 (labels 0, 1, 1); day 1: scores 0.5, 0.4 (labels 1, 0)
        double[] scores = {9, 8, 1, 0.5, 0.4};
        int[] labels = {0, 1, 1, 1, 0};
        long[] days = {0, 0, 0, 1, 1};
        DailyTopK d = DailyTopK.of(scores, labels, days, 1);
        assertThat(d.days()).isEqualTo(2);
        assertThat(d.alerts()).isEqualTo(2);
        assertThat(d.hits()).isEqualTo(1);
        assertThat(d.precision()).isEqualTo(0.5);
        assertThat(d.recall()).isEqualTo(1.0 / 3);
        // a global top 2 would have taken both rows of day 0
        assertThat(DailyTopK.of(scores, labels, days, 2).hits()).isEqualTo(2);
    }

    @Test
    void given_mismatched_days_when_daily_top_k_then_rejected() {
        assertThatThrownBy(() -> DailyTopK.of(new double[] {1}, new int[] {1}, new long[0], 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 1 days, got 0");
    }

    @Test
    void given_scores_when_distribution_then_quantiles_interpolate_like_numpy() {
        ScoreDistribution d = ScoreDistribution.of(new double[] {4, 1, 3, 2, Double.NaN}, new int[] {1, 0, 0, -1, 0}, 3);
        assertThat(d.count()).isEqualTo(4);
        assertThat(d.unscored()).isEqualTo(1);
        assertThat(d.quantiles().get("p50")).isEqualTo(2.5);
        assertThat(d.quantiles().get("p25")).isEqualTo(1.75);
        assertThat(d.mean()).isEqualTo(2.5);
        assertThat(d.binEdges()).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(d.negatives()).containsExactly(1, 0, 1);
        assertThat(d.unlabelled()).containsExactly(0, 1, 0);
        assertThat(d.positives()).containsExactly(0, 0, 1);
        assertThatThrownBy(() -> ScoreDistribution.of(new double[0], new int[0], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bins must be >= 1, got 0");
    }

    @Test
    void given_nothing_scored_when_distribution_then_summaries_are_missing() {
        ScoreDistribution d = ScoreDistribution.of(new double[] {Double.NaN}, new int[] {0}, 4);
        assertThat(d.min()).isNaN();
        assertThat(d.quantiles().get("p99")).isNaN();
        assertThat(d.binEdges()).isEmpty();
    }

    @Test
    void given_many_thresholds_when_curve_is_thinned_then_the_ends_are_kept() {
        double[] scores = new double[100];
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            scores[i] = i;
            labels[i] = i % 3 == 0 ? 1 : 0;
        }
        List<PrecisionRecallCurve.Point> c = PrecisionRecallCurve.of(RankedSample.of(scores, labels), 10);
        assertThat(c).hasSize(10);
        assertThat(c.get(0).threshold()).isEqualTo(99.0);
        assertThat(c.get(9).recall()).isEqualTo(1.0);
        assertThat(PrecisionRecallCurve.of(RankedSample.of(scores, labels), 1000)).hasSize(100);
        assertThatThrownBy(() -> PrecisionRecallCurve.of(RankedSample.of(scores, labels), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPoints");
    }
}
