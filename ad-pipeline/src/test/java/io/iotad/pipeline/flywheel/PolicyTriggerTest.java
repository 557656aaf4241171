package io.iotad.pipeline.flywheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.pipeline.monitoring.RetrainingPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyTriggerTest {
    private static final LocalDate DAY = LocalDate.of(2024, 12, 9);
    private static final LocalDate TRAINED_TO = LocalDate.of(2024, 11, 30);

    private static PolicyTrigger trigger(String... overrides) {
        return new PolicyTrigger(new RetrainingPolicy(IotadConfig.defaults().withOverrides(List.of(overrides))
                .monitoring()), 7, 10);
    }

    /** {@code faults} confirmed faults and {@code others} non-faults, one apartment each, on {@code day}. */
    private static Labels verdicts(int faults, int others, LocalDate day) {
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < faults + others; i++) {
            out.add(new Label("apt_" + day + "_" + i, day, i < faults ? 1 : 0, ""));
        }
        return Labels.of(out);
    }

    private static RetrainingTrigger.State state(int positives, Optional<LocalDate> lastAttempt, Labels verdicts) {
        return new RetrainingTrigger.State(DAY, verdicts.size(), positives, verdicts.size(), lastAttempt, "flywheel/2",
                TRAINED_TO, verdicts);
    }

    @Test
    void fires_on_the_policys_new_label_count_and_names_the_trigger() {
        // 12 verdicts after the training data: 10 are needed; precision 6/12 = 0.5 is not under 0.5
        Labels twelve = verdicts(6, 6, DAY.minusDays(2));
        RetrainingTrigger.Decision d = trigger("monitoring.retrain_new_labels=10").decide(state(12, Optional.empty(), twelve));

        assertThat(d.retrain()).isTrue();
        assertThat(d.reason()).startsWith("retrain: yes (new_labels)").contains("new_labels: ");
    }

    @Test
    void fires_when_the_technicians_precision_falls_under_the_gate() {
        // 25 verdicts in the last four weeks, 10 faults: precision 0.4 < 0.5, with >= 20 visits; 25 < 100 new labels
        Labels low = verdicts(10, 15, DAY.minusDays(3));
        RetrainingTrigger.Decision d = trigger().decide(state(10, Optional.empty(), low));

        assertThat(d.retrain()).isTrue();
        assertThat(d.reason()).startsWith("retrain: yes (reported_precision)");
    }

    @Test
    void stays_put_when_no_policy_trigger_fires_and_says_what_was_judged() {
        // 30 verdicts, 24 faults: precision 0.8, and 30 < 100 new labels
        RetrainingTrigger.Decision d = trigger().decide(state(24, Optional.empty(), verdicts(24, 6, DAY.minusDays(1))));

        assertThat(d.retrain()).isFalse();
        assertThat(d.reason()).startsWith("retrain: no").contains("new_labels: ").contains("reported_precision: ");
    }

    @Test
    void the_simulations_guards_come_first() {
        Labels many = verdicts(50, 150, DAY.minusDays(1));
        PolicyTrigger t = trigger("monitoring.retrain_new_labels=10");

        RetrainingTrigger.Decision early = t.decide(state(50, Optional.of(DAY.minusDays(6)), many));
        RetrainingTrigger.Decision fewFaults = t.decide(state(9, Optional.empty(), verdicts(9, 150, DAY.minusDays(1))));
        RetrainingTrigger.Decision weekLater = t.decide(state(50, Optional.of(DAY.minusDays(7)), many));

        assertThat(early.retrain()).isFalse();
        assertThat(early.reason()).isEqualTo("6 days since the last attempt (< 7)");
        assertThat(fewFaults.retrain()).isFalse();
        assertThat(fewFaults.reason()).isEqualTo("9 confirmed faults in the label store (< 10)");
        assertThat(weekLater.retrain()).isTrue();
    }

    @Test
    void refuses_guards_out_of_range() {
        RetrainingPolicy p = new RetrainingPolicy(IotadConfig.defaults().monitoring());
        assertThatThrownBy(() -> new PolicyTrigger(p, 0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("intervalDays >= 1");
        assertThatThrownBy(() -> new PolicyTrigger(p, 7, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minPositives >= 1");
    }
}
