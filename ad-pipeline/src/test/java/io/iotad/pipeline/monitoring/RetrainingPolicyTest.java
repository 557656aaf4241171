package io.iotad.pipeline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.config.MonitoringConfig;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 item 3: each retraining trigger fires at its limit and not below it. */
class RetrainingPolicyTest {
    private static final LocalDate TRAINED_TO = LocalDate.of(2025, 1, 31);
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);

    private static MonitoringConfig config(String... overrides) {
        return IotadConfig.defaults().withOverrides(List.of(overrides)).monitoring();
    }

    private static Labels verdicts(int faults, int notFaults, LocalDate day) {
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < faults + notFaults; i++) {
            out.add(new Label("apt_" + i, day, i < faults ? 1 : 0, ""));
        }
        return Labels.of(out);
    }

    private static RetrainingDecision.Trigger trigger(RetrainingDecision d, String name) {
        return d.triggers().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void new_labels_after_the_training_data_fire_at_the_count() {
        RetrainingPolicy p = new RetrainingPolicy(config("monitoring.retrain_new_labels=10",
                "monitoring.retrain_min_visits=1000"));
        // 10 verdicts after the training data, 5 on its last day (not new)
        Labels ten = verdicts(6, 4, AS_OF).merge(verdicts(5, 0, TRAINED_TO).merge(Labels.empty()));
        Labels nine = verdicts(6, 3, AS_OF);

        RetrainingDecision yes = p.decide(AS_OF, "global/v1", TRAINED_TO, Optional.of(ten), List.of());
        RetrainingDecision no = p.decide(AS_OF, "global/v1", TRAINED_TO, Optional.of(nine), List.of());

        assertThat(yes.retrain()).isTrue();
        assertThat(yes.reasons()).containsExactly("new_labels");
        assertThat(trigger(yes, "new_labels").value()).isEqualTo(10);
        assertThat(no.retrain()).isFalse();
        assertThat(no.summary()).isEqualTo("retrain: no");
    }

    @Test
    void drift_warnings_fire_when_the_latest_days_in_a_row_reach_the_limit() {
        RetrainingPolicy p = new RetrainingPolicy(config("monitoring.retrain_drift_days=3"));
        List<RetrainingPolicy.DriftDay> days = List.of(
                new RetrainingPolicy.DriftDay(AS_OF.minusDays(4), DriftLevel.WARN),
                new RetrainingPolicy.DriftDay(AS_OF.minusDays(3), DriftLevel.OK),
                new RetrainingPolicy.DriftDay(AS_OF.minusDays(2), DriftLevel.WARN),
                new RetrainingPolicy.DriftDay(AS_OF.minusDays(1), DriftLevel.STOP),
                new RetrainingPolicy.DriftDay(AS_OF, DriftLevel.WARN));

        RetrainingDecision three = p.decide(AS_OF, "m", TRAINED_TO, Optional.empty(), days);
        RetrainingDecision two = p.decide(AS_OF.minusDays(1), "m", TRAINED_TO, Optional.empty(), days);

        assertThat(trigger(three, "drift_days").value()).isEqualTo(3);
        assertThat(three.reasons()).containsExactly("drift_days");
        assertThat(trigger(two, "drift_days").value()).isEqualTo(2);
        assertThat(two.retrain()).isFalse();
        assertThat(trigger(two, "new_labels").judged()).isFalse();
    }

    @Test
    void reported_precision_under_the_gate_fires_with_enough_visits() {
        RetrainingPolicy p = new RetrainingPolicy(config("monitoring.retrain_min_precision=0.5",
                "monitoring.retrain_min_visits=10", "monitoring.retrain_new_labels=1000", "monitoring.retrain_precision_weeks=2"));
        // 4 of 10 confirmed within the two weeks; 10 more confirmed faults three weeks back do not count
        Labels recent = verdicts(4, 6, AS_OF.minusDays(13));
        Labels old = Labels.of(verdicts(10, 0, AS_OF.minusDays(14)).all().stream()
                .map(l -> new Label("old_" + l.apartmentId(), l.eventDate(), 1, "")).toList());

        RetrainingDecision low = p.decide(AS_OF, "m", TRAINED_TO, Optional.of(recent.merge(old)), List.of());
        RetrainingDecision few = p.decide(AS_OF, "m", TRAINED_TO, Optional.of(verdicts(1, 8, AS_OF)), List.of());
        RetrainingDecision fine = p.decide(AS_OF, "m", TRAINED_TO, Optional.of(verdicts(5, 5, AS_OF)), List.of());

        assertThat(trigger(low, "reported_precision").value()).isEqualTo(0.4);
        assertThat(low.reasons()).containsExactly("reported_precision");
        assertThat(trigger(few, "reported_precision").judged()).isFalse();
        assertThat(few.retrain()).isFalse();
        assertThat(fine.retrain()).isFalse();
        assertThat(low.toMap()).containsEntry("retrain", true).containsKey("triggers");
    }

    @Test
    void the_history_keeps_a_days_last_level_across_runs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("monitoring_history.csv");
        MonitoringHistory.record(file, "m1", List.of(new RetrainingPolicy.DriftDay(AS_OF, DriftLevel.WARN)));
        MonitoringHistory.record(file, "m2", List.of(new RetrainingPolicy.DriftDay(AS_OF, DriftLevel.OK),
                new RetrainingPolicy.DriftDay(AS_OF.minusDays(1), DriftLevel.STOP)));

        assertThat(MonitoringHistory.read(file)).containsExactly(
                new RetrainingPolicy.DriftDay(AS_OF.minusDays(1), DriftLevel.STOP),
                new RetrainingPolicy.DriftDay(AS_OF, DriftLevel.OK));
    }
}
