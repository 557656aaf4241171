package io.iotad.pipeline.flywheel;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.score.Labels;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelCountTriggerTest {
    private static final LocalDate DAY = LocalDate.of(2024, 12, 9);
    private final LabelCountTrigger trigger = new LabelCountTrigger(7, 20, 10);

    private static RetrainingTrigger.State state(LocalDate day, int labels, int positives, int sinceTraining,
                                                 Optional<LocalDate> lastAttempt) {
        return new RetrainingTrigger.State(day, labels, positives, sinceTraining, lastAttempt, "flywheel/1",
                day.minusDays(30), Labels.empty());
    }

    @Test
    void fires_when_enough_new_labels_and_faults_and_a_week_has_passed() {
        assertThat(trigger.decide(state(DAY, 60, 12, 25, Optional.of(DAY.minusDays(7)))).retrain())
                .isTrue();
        assertThat(trigger.decide(state(DAY, 30, 10, 20, Optional.empty())).retrain()).isTrue();
    }

    @Test
    void waits_for_the_interval_the_faults_and_the_new_labels() {
        RetrainingTrigger.Decision early = trigger.decide(state(DAY, 60, 12, 25,
                Optional.of(DAY.minusDays(6))));
        RetrainingTrigger.Decision fewFaults = trigger.decide(state(DAY, 60, 9, 25, Optional.empty()));
        RetrainingTrigger.Decision fewNew = trigger.decide(state(DAY, 60, 12, 19, Optional.empty()));

        assertThat(early.retrain()).isFalse();
        assertThat(early.reason()).contains("6 days since the last attempt (< 7)");
        assertThat(fewFaults.retrain()).isFalse();
        assertThat(fewFaults.reason()).contains("9 confirmed faults");
        assertThat(fewNew.retrain()).isFalse();
        assertThat(fewNew.reason()).contains("19 new labels (< 20)");
    }
}
