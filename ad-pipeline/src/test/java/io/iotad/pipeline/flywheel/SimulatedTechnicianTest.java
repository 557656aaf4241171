package io.iotad.pipeline.flywheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedTechnicianTest {
    private static final LocalDate DAY = LocalDate.of(2024, 12, 2);
    private static final Labels TRUTH = Labels.of(List.of(
            new Label("a1", DAY, 1, "valve_stuck_closed"),
            new Label("a2", DAY, 0, "resident_away"),
            new Label("a3", DAY, 0, "guest_stay")));

    private static Alert alert(String apartment, LocalDate day) {
        return Alert.unseen(apartment, "b1", day, Instant.parse("2024-12-02T18:00:00Z"), 0.9, 0.5, "flywheel/1");
    }

    @Test
    void a_perfect_technician_answers_from_the_ground_truth() {
        SimulatedTechnician t = new SimulatedTechnician(TRUTH, TechnicianOptions.perfect(), 1L);

        SimulatedTechnician.Visit fault = t.visit(alert("a1", DAY));
        SimulatedTechnician.Visit away = t.visit(alert("a2", DAY));
        SimulatedTechnician.Visit guests = t.visit(alert("a3", DAY));
        SimulatedTechnician.Visit normal = t.visit(alert("a4", DAY));

        assertThat(fault.verdict().status()).isEqualTo(AlertStatus.RESOLVED_TRUE_POSITIVE);
        assertThat(fault.verdict().cause()).contains("valve_stuck_closed");
        assertThat(fault.truthIsFault()).isTrue();
        assertThat(away.verdict().status()).isEqualTo(AlertStatus.RESOLVED_FALSE_POSITIVE);
        assertThat(away.verdict().cause()).contains(SimulatedTechnician.RESIDENT_AWAY);
        assertThat(guests.verdict().cause()).contains(SimulatedTechnician.NO_FAULT_FOUND);
        assertThat(normal.verdict().status()).isEqualTo(AlertStatus.RESOLVED_FALSE_POSITIVE);
        assertThat(normal.verdict().cause()).contains(SimulatedTechnician.NO_FAULT_FOUND);
        assertThat(List.of(fault, away, guests, normal)).noneMatch(v -> v.missed() || v.mislabelled());
    }

    @Test
    void misses_and_mislabels_happen_at_about_their_rates_and_the_same_alert_gets_the_same_answer() {
        List<Label> faults = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            faults.add(new Label("f" + i, DAY, 1, "heat_meter_stuck"));
        }
        SimulatedTechnician t = new SimulatedTechnician(Labels.of(faults), new TechnicianOptions(0.2, 0.1), 7L);
        int missed = 0;
        int wrongCause = 0;
        int falseFaults = 0;
        for (int i = 0; i < 2000; i++) {
            SimulatedTechnician.Visit v = t.visit(alert("f" + i, DAY));
            assertThat(t.visit(alert("f" + i, DAY))).isEqualTo(v);
            if (v.missed()) {
                missed++;
                assertThat(v.verdict().status()).isEqualTo(AlertStatus.RESOLVED_FALSE_POSITIVE);
            } else if (v.mislabelled()) {
                wrongCause++;
                assertThat(v.verdict().status()).isEqualTo(AlertStatus.RESOLVED_TRUE_POSITIVE);
                assertThat(v.verdict().cause().orElseThrow()).isNotEqualTo("heat_meter_stuck");
            }
            if (t.visit(alert("n" + i, DAY)).mislabelled()) {
                falseFaults++;
            }
        }
        // binomial: 2000 × 0.2 = 400 ± 18 (sd); 1600 × 0.1 = 160 ± 12; 2000 × 0.1 = 200 ± 13; bounds at 5 sd
        assertThat(missed).isBetween(310, 490);
        assertThat(wrongCause).isBetween(100, 220);
        assertThat(falseFaults).isBetween(135, 265);
    }

    @Test
    void rates_outside_zero_to_one_are_refused() {
        assertThatThrownBy(() -> new TechnicianOptions(1.0, 0)).hasMessageContaining("miss rate must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> new TechnicianOptions(0, -0.1)).hasMessageContaining("mislabel rate");
    }
}
