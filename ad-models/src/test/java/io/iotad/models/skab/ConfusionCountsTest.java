package io.iotad.models.skab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfusionCountsTest {
    @Test
    void given_alarms_and_labels_when_counted_then_the_leaderboard_metrics_follow() {
        ConfusionCounts c = ConfusionCounts.of(new int[] {1, 1, 0, 0, 1}, new int[] {1, 0, 1, 0, 1});

        assertThat(c).isEqualTo(new ConfusionCounts(2, 1, 1, 1));
        assertThat(c.f1()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(c.far()).isCloseTo(50, within(1e-12));
        assertThat(c.mar()).isCloseTo(100 / 3.0, within(1e-12));
        assertThat(c.plus(c)).isEqualTo(new ConfusionCounts(4, 2, 2, 2));
        assertThat(c.toMap()).containsEntry("F1", 0.67).containsEntry("FAR", 50.0).containsEntry("MAR", 33.33);
    }

    @Test
    void given_the_readme_flag_all_counts_when_measured_then_f1_is_0_70() {
        // SKAB README: flagging every test row of the 34 files gives TP=12771, FP=11030
        ConfusionCounts c = new ConfusionCounts(12_771, 11_030, 0, 0);

        assertThat(c.toMap()).containsEntry("F1", 0.70).containsEntry("FAR", 100.0).containsEntry("MAR", 0.0);
        assertThat(c.f1FlagAll()).isCloseTo(c.f1(), within(1e-12));
    }

    @Test
    void given_negative_or_mismatched_input_when_built_then_it_is_refused() {
        assertThatThrownBy(() -> new ConfusionCounts(-1, 0, 0, 0)).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> ConfusionCounts.of(new int[1], new int[2])).hasMessageContaining("labels");
    }
}
