package io.iotad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.eval.segment.SegmentBreakdown;
import io.iotad.eval.segment.SegmentMetrics;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private static final LocalDate DAY = LocalDate.of(2024, 1, 8);

    // 4 apartments (A0, A2 in B0; A1, A3 in B1) over 2 days = 8 rows, row i scored 8 - i
    private final FeatureFrame frame = TestFrames.grid(4, 2, DAY, 2);
    private final Scores scores = Scores.of(frame, new double[] {8, 7, 6, 5, 4, 3, Double.NaN, 1});
    private final Labels labels = Labels.of(List.of(
            new Label("A0", DAY, 1, "valve_stuck_closed"),
            new Label("A2", DAY, 1, "sensor_drift"),
            new Label("A1", DAY, 0, "resident_away"),
            new Label("A2", DAY.plusDays(1), 1, "valve_stuck_closed")));

    @Test
    void given_simulator_truth_when_evaluating_then_rows_without_verdict_count_as_normal() {
        EvaluationResult r = Evaluation.evaluate(scores, labels, EvaluationOptions.defaults().withK(2).withDailyK(1));
        // ranked: A0d0(1) A1d0(0) A2d0(1) A3d0(0) A0d1(0) A1d1(0) A3d1(0); A2d1 (a fault) unscored
        assertThat(r.rows()).isEqualTo(8);
        assertThat(r.evaluated()).isEqualTo(8);
        assertThat(r.withVerdict()).isEqualTo(4);
        assertThat(r.unscored()).isEqualTo(1);
        assertThat(r.unscoredPositives()).isEqualTo(1);
        assertThat(r.positives()).isEqualTo(2);
        assertThat(r.overall().precisionAtK()).isEqualTo(0.5);
        assertThat(r.overall().recallAtK()).isEqualTo(0.5);
        assertThat(r.overall().yieldAtK()).isEqualTo(1);
        assertThat(r.overall().prAuc()).isEqualTo(0.5 * 1 + 0.5 * 2.0 / 3);
        assertThat(r.overall().rocAuc()).isEqualTo((5 + 4) / 10.0);
        // threshold = 2nd score (7): A0d0, A1d0 called
        assertThat(r.overall().atThreshold().threshold()).isEqualTo(7.0);
        assertThat(r.overall().atThreshold().f1()).isEqualTo(0.5);
        // daily top 1: day 0 -> A0 (hit), day 1 -> A0 (miss)
        assertThat(r.daily().precision()).isEqualTo(0.5);
        assertThat(r.unscoredShare()).isEqualTo(1.0 / 8);
        assertThat(r.metrics()).containsEntry(EvaluationResult.PRECISION_AT_K, 0.5)
                .containsEntry(EvaluationResult.UNSCORED_SHARE, 0.125);
    }

    @Test
    void given_sparse_feedback_when_excluding_unknown_rows_then_only_verdicts_count() {
        EvaluationResult r = Evaluation.evaluate(scores, labels,
                EvaluationOptions.defaults().withK(2).withUnknownLabels(UnknownLabelPolicy.EXCLUDE));
        // evaluated: A0d0(1, 8) A1d0(0, 7) A2d0(1, 6) A2d1(1, NaN)
        assertThat(r.evaluated()).isEqualTo(4);
        assertThat(r.excludedWithoutVerdict()).isEqualTo(4);
        assertThat(r.overall().precisionAtK()).isEqualTo(0.5);
        assertThat(r.overall().rocAuc()).isEqualTo(0.5);
        assertThat(r.distribution().count()).isEqualTo(7);
    }

    @Test
    void given_buildings_archetypes_and_causes_when_evaluating_then_segments_split_the_alerts() {
        EvaluationResult r = Evaluation.evaluate(scores, labels, Map.of("B0", "passive_house"),
                EvaluationOptions.defaults().withK(2));
        List<SegmentMetrics> buildings = r.segments(SegmentBreakdown.BUILDING);
        assertThat(buildings).extracting(SegmentMetrics::segment).containsExactly("B0", "B1");
        SegmentMetrics b0 = buildings.get(0);
        assertThat(b0.rows()).isEqualTo(4);
        assertThat(b0.alertsAtK()).isEqualTo(1);
        assertThat(b0.hitsAtK()).isEqualTo(1);
        assertThat(b0.positives()).isEqualTo(2);
        assertThat(r.segments(SegmentBreakdown.ARCHETYPE)).extracting(SegmentMetrics::segment)
                .containsExactly("passive_house", SegmentBreakdown.UNKNOWN_SEGMENT);
        List<SegmentMetrics> kinds = r.segments(SegmentBreakdown.FAULT_KIND);
        assertThat(kinds).extracting(SegmentMetrics::segment)
                .containsExactly("resident_away", "sensor_drift", SegmentBreakdown.UNKNOWN_SEGMENT, "valve_stuck_closed");
        SegmentMetrics away = kinds.get(0);
        assertThat(away.alertsAtK()).isEqualTo(1);
        assertThat(away.hitsAtK()).isZero();
        assertThat(away.precisionAtK()).isZero();
        SegmentMetrics valve = kinds.get(3);
        // valve: one scored positive (8, ranked first) against all 5 negatives
        assertThat(valve.positives()).isEqualTo(1);
        assertThat(valve.rocAuc()).isEqualTo(1.0);
        assertThat(valve.recallAtK()).isEqualTo(1.0);
    }

    @Test
    void given_no_archetype_map_when_evaluating_then_no_archetype_segments() {
        EvaluationResult r = Evaluation.evaluate(scores, labels, EvaluationOptions.defaults());
        assertThat(r.segments(SegmentBreakdown.ARCHETYPE)).isEmpty();
    }

    @Test
    void given_bad_options_when_constructing_then_each_is_rejected_naming_the_parameter() {
        EvaluationOptions d = EvaluationOptions.defaults();
        assertThatThrownBy(() -> d.withK(0)).hasMessageContaining("k must be >= 1, got 0");
        assertThatThrownBy(() -> d.withDailyK(-1)).hasMessageContaining("dailyK must be >= 1, got -1");
        assertThatThrownBy(() -> d.withUnknownLabels(null)).hasMessageContaining("unknownLabels");
        assertThatThrownBy(() -> d.withThreshold(Double.POSITIVE_INFINITY)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> d.withHistogramBins(0)).hasMessageContaining("histogramBins must be in [1, 1000], got 0");
        assertThatThrownBy(() -> d.withMaxCurvePoints(1)).hasMessageContaining("maxCurvePoints must be in [2, 100000], got 1");
        assertThat(d.k()).isEqualTo(EvaluationOptions.DEFAULT_K);
        assertThat(d.withThreshold(2.5).threshold()).isEqualTo(2.5);
    }
}
