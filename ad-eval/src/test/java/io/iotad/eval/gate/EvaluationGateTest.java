package io.iotad.eval.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.eval.Evaluation;
import io.iotad.eval.EvaluationOptions;
import io.iotad.eval.EvaluationResult;
import io.iotad.eval.TestFrames;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationGateTest {

    private static EvaluationResult weakRun() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        var frame = TestFrames.grid(4, 1, day, 1);
        // the one fault (A3) is ranked last
        return Evaluation.evaluate(Scores.of(frame, new double[] {4, 3, 2, 1}),
                Labels.of(List.of(new Label("A3", day, 1, "valve_stuck_closed"))), EvaluationOptions.defaults().withK(2));
    }

    @Test
    void given_a_run_below_threshold_when_checking_then_it_fails_naming_metric_value_and_threshold() {
        GateVerdict v = EvaluationGate.of(Map.of("min_pr_auc", 0.5, "min_roc_auc", 0.0)).check(weakRun());
        assertThat(v.passed()).isFalse();
        assertThat(v.checks()).hasSize(2);
        assertThat(v.reasons()).singleElement().asString()
                .contains("pr_auc = 0.2500").contains(">= 0.5000").contains("min_pr_auc").contains("FAILED");
        assertThat(v.summary()).startsWith("FAILED: pr_auc");
    }

    @Test
    void given_a_run_above_every_threshold_when_checking_then_it_passes() {
        GateVerdict v = EvaluationGate.of(Map.of("min_precision_at_k", 0.0, "max_unscored_share", 0.1))
                .check(weakRun());
        assertThat(v.passed()).isTrue();
        assertThat(v.reasons()).isEmpty();
    }

    @Test
    void given_an_upper_bound_when_the_metric_exceeds_it_then_fails() {
        GateVerdict v = EvaluationGate.of(Map.of("max_unscored_share", 0.1)).check(Map.of("unscored_share", 0.3));
        assertThat(v.passed()).isFalse();
        assertThat(v.reasons().get(0)).contains("unscored_share = 0.3000, required <= 0.1000");
    }

    @Test
    void given_an_undefined_metric_when_checking_then_it_fails_as_undefined() {
        GateVerdict v = EvaluationGate.of(Map.of("min_recall_at_k", 0.1)).check(Map.of("recall_at_k", Double.NaN));
        assertThat(v.passed()).isFalse();
        assertThat(v.reasons().get(0)).contains("undefined (NaN)");
        assertThat(EvaluationGate.of(Map.of("min_f1_score", 0.1)).check(Map.of()).passed()).isFalse();
    }

    @Test
    void given_an_unknown_key_when_configuring_then_the_error_names_it_and_the_known_keys() {
        assertThatThrownBy(() -> EvaluationGate.of(Map.of("max_throughput_deviaton", 0.2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key 'max_throughput_deviaton'")
                .hasMessageContaining("min_pr_auc");
    }

    @Test
    void given_the_seeds_throughput_bound_when_checking_then_the_callers_deviation_metric_is_bounded_from_above() {
        EvaluationGate gate = EvaluationGate.of(Map.of("max_throughput_deviation", 0.2));
        assertThat(gate.check(Map.of("throughput_deviation", 0.1)).passed()).isTrue();
        GateVerdict v = gate.check(Map.of("throughput_deviation", 0.5));
        assertThat(v.passed()).isFalse();
        assertThat(v.reasons().get(0)).contains("throughput_deviation");
        assertThat(gate.check(Map.of()).passed()).isFalse();
    }

    @Test
    void given_a_missing_or_infinite_bound_when_configuring_then_rejected() {
        Map<String, Double> m = new HashMap<>();
        m.put("min_pr_auc", null);
        assertThatThrownBy(() -> EvaluationGate.of(m)).hasMessageContaining("min_pr_auc must be a finite number, got null");
        assertThatThrownBy(() -> EvaluationGate.of(Map.of("min_roc_auc", Double.NaN))).hasMessageContaining("NaN");
    }

    @Test
    void given_no_thresholds_when_checking_then_passes_with_no_checks() {
        GateVerdict v = EvaluationGate.of(Map.of()).check(weakRun());
        assertThat(v.passed()).isTrue();
        assertThat(v.checks()).isEmpty();
    }
}
