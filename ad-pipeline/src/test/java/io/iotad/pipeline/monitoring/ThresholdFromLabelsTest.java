package io.iotad.pipeline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.pipeline.alerting.AlertPolicy;
import io.iotad.pipeline.alerting.ThresholdFromLabels;
import io.iotad.pipeline.workflow.InferenceWorkflow;
import io.iotad.core.config.IotadConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 11 item 4: the threshold chosen from the PR curve of labelled days and the capacity, by hand. */
class ThresholdFromLabelsTest {
    private static final LocalDate D1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate D2 = D1.plusDays(1);

    /**
     * Day 1: a1 0.9 (fault), a2 0.8 (not), a3 0.7 (no verdict), a4 0.1 (not);
     * day 2: b1 0.95 (no verdict), b2 0.6 (fault), b3 0.5 (not), b4 0.2 (no verdict).
     */
    private static Scores scores() {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("x"));
        String[] ids = {"a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4"};
        double[] s = {0.9, 0.8, 0.7, 0.1, 0.95, 0.6, 0.5, 0.2};
        for (int i = 0; i < ids.length; i++) {
            b.add(new RowKey(ids[i], "bldg", i < 4 ? D1 : D2), 0);
        }
        return Scores.of(b.build(), s);
    }

    private static Labels verdicts() {
        return Labels.of(List.of(new Label("a1", D1, 1, "valve"), new Label("a2", D1, 0, ""), new Label("a4", D1, 0, ""),
                new Label("b2", D2, 1, "valve"), new Label("b3", D2, 0, "")));
    }

    @Test
    void with_two_visits_a_day_the_best_f1_within_capacity_is_the_top_fault() {
        // descending: 0.95 U (0.5/day, no TP), 0.9 F (1/day: P 1, R 0.5, F1 2/3), 0.8 N (1.5/day: F1 0.5),
        // 0.7 U (2/day: F1 0.5), 0.6 F (2.5/day: over capacity, stop)
        ThresholdFromLabels.Choice c = ThresholdFromLabels.choose(scores(), verdicts(), false, 2, 2).choice().orElseThrow();

        assertThat(c.threshold()).isEqualTo(0.9);
        assertThat(c.precision()).isEqualTo(1.0);
        assertThat(c.recall()).isEqualTo(0.5);
        assertThat(c.f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(c.alertsPerDay()).isEqualTo(1.0);
        assertThat(c.labelledDays()).isEqualTo(2);
        assertThat(c.labelledRows()).isEqualTo(5);
        assertThat(c.positives()).isEqualTo(2);
    }

    @Test
    void with_three_visits_a_day_the_threshold_drops_to_reach_the_second_fault() {
        // 0.6 F: 2.5/day, TP 2, FP 1: P 2/3, R 1, F1 0.8; 0.5 N: 3/day, F1 2/3; 0.2 U: 3.5/day, over capacity
        ThresholdFromLabels.Choice c = ThresholdFromLabels.choose(scores(), verdicts(), false, 3, 2).choice().orElseThrow();

        assertThat(c.threshold()).isEqualTo(0.6);
        assertThat(c.f1()).isCloseTo(0.8, within(1e-12));
        assertThat(c.precision()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void complete_labels_count_rows_without_a_verdict_as_normal() {
        // 0.95 is now a false positive: 0.9 gives TP 1 FP 1 (F1 0.5); 0.6: TP 2, FP 3 (a2, a3, b1): P 0.4, R 1, F1 0.571
        ThresholdFromLabels.Choice c = ThresholdFromLabels.choose(scores(), verdicts(), true, 3, 2).choice().orElseThrow();

        assertThat(c.threshold()).isEqualTo(0.6);
        assertThat(c.f1()).isCloseTo(2 * 0.4 / 1.4, within(1e-12));
    }

    @Test
    void too_few_labelled_days_or_no_fault_keeps_no_threshold_and_says_why() {
        assertThat(ThresholdFromLabels.choose(scores(), verdicts(), false, 2, 3).reason())
                .contains("2 labelled day(s), fewer than training.min_labelled_days=3");
        assertThat(ThresholdFromLabels.choose(scores(), Labels.of(List.of(new Label("a2", D1, 0, ""))), false, 2, 1)
                .reason()).contains("no confirmed fault");
    }

    @Test
    void inference_uses_the_models_threshold_unless_the_configuration_sets_one() {
        ThresholdFromLabels.Choice c = new ThresholdFromLabels.Choice(0.9, 4, 1, 0.5, 0.67, 1, 2, 5, 2);
        IotadConfig cfg = IotadConfig.defaults();

        AlertPolicy fromModel = InferenceWorkflow.policyFrom(cfg.inference(), Optional.of(c));
        AlertPolicy fromConfig = InferenceWorkflow.policyFrom(
                cfg.withOverrides(List.of("inference.alert_threshold=0.3")).inference(), Optional.of(c));

        assertThat(fromModel.scoreThreshold()).isEqualTo(0.9);
        assertThat(fromModel.topKPerDay()).isEqualTo(4);
        assertThat(fromConfig.scoreThreshold()).isEqualTo(0.3);
        assertThat(ThresholdFromLabels.Choice.fromJson(c.toJson(), "test")).isEqualTo(c);
    }
}
