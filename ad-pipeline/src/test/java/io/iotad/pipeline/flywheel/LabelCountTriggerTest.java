package io.iotad.pipeline.flywheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelCountTriggerTest {
    private static final LocalDate DAY = LocalDate.of(2024, 12, 9);
    private final LabelCountTrigger trigger = new LabelCountTrigger(7, 20, 10);

    @Test
    void fires_when_enough_new_labels_and_faults_and_a_week_has_passed() {
        assertThat(trigger.decide(new RetrainingTrigger.State(DAY, 60, 12, 25, Optional.of(DAY.minusDays(7)))).retrain())
                .isTrue();
        assertThat(trigger.decide(new RetrainingTrigger.State(DAY, 30, 10, 20, Optional.empty())).retrain()).isTrue();
    }

    @Test
    void waits_for_the_interval_the_faults_and_the_new_labels() {
        RetrainingTrigger.Decision early = trigger.decide(new RetrainingTrigger.State(DAY, 60, 12, 25,
                Optional.of(DAY.minusDays(6))));
        RetrainingTrigger.Decision fewFaults = trigger.decide(new RetrainingTrigger.State(DAY, 60, 9, 25, Optional.empty()));
        RetrainingTrigger.Decision fewNew = trigger.decide(new RetrainingTrigger.State(DAY, 60, 12, 19, Optional.empty()));

        assertThat(early.retrain()).isFalse();
        assertThat(early.reason()).contains("6 days since the last attempt (< 7)");
        assertThat(fewFaults.retrain()).isFalse();
        assertThat(fewFaults.reason()).contains("9 confirmed faults");
        assertThat(fewNew.retrain()).isFalse();
        assertThat(fewNew.reason()).contains("19 new labels (< 20)");
    }
}
