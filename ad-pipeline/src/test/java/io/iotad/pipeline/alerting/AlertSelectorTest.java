package io.iotad.pipeline.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Scores;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AlertSelectorTest {
    private static final LocalDate D1 = LocalDate.of(2024, 1, 10);
    private static final LocalDate D0 = D1.minusDays(1);
    private static final Instant NOW = Instant.parse("2024-01-11T06:00:00Z");

    /** Three apartments on D0 and D1: a1 normal, a2 idle both days (vacation), a3 idle only on D1. */
    private static FeatureFrame history() {
        return FeatureFrame.builder(FeatureSchema.of("daily_energy_kwh", "daily_hot_water_litres"))
                .add(new RowKey("a1", "b1", D0), 10, 100).add(new RowKey("a1", "b1", D1), 12, 90)
                .add(new RowKey("a2", "b1", D0), 0, 0).add(new RowKey("a2", "b1", D1), 0, 0)
                .add(new RowKey("a3", "b2", D0), 9, 80).add(new RowKey("a3", "b2", D1), 0, 0)
                .add(new RowKey("a4", "b2", D0), Double.NaN, 0).add(new RowKey("a4", "b2", D1), 0, 0)
                .build();
    }

    private static Scores scoresOnD1(double... s) {
        FeatureFrame day = history().filter(i -> history().eventDate(i).equals(D1));
        return Scores.of(day, s);
    }

    @Test
    void given_threshold_when_selecting_then_only_scores_at_or_above_alert_and_vacation_is_suppressed() {
        AlertSelection sel = new AlertSelector(AlertPolicy.threshold(0.5)).select(scoresOnD1(0.9, 0.8, 0.5, 0.4), history(), "global/1", NOW);
        assertThat(sel.alerts()).extracting(Alert::apartmentId).containsExactly("a1", "a3");
        assertThat(sel.suppressedByVacationRule()).containsExactly("a2#" + D1);
        assertThat(sel.candidates()).isEqualTo(3);
        Alert a = sel.alerts().get(0);
        assertThat(a.alertId()).isEqualTo("a1#" + D1);
        assertThat(a.status()).isEqualTo(AlertStatus.UNSEEN);
        assertThat(a.threshold()).isEqualTo(0.5);
        assertThat(a.modelVersion()).isEqualTo("global/1");
    }

    @Test
    void given_top_k_when_selecting_then_each_day_keeps_its_k_best_and_threshold_is_the_kth_score() {
        AlertSelection sel = new AlertSelector(new AlertPolicy(Double.NaN, 2, 0)).select(scoresOnD1(0.1, 0.9, 0.7, 0.3), history(), "m/1", NOW);
        assertThat(sel.alerts()).extracting(Alert::apartmentId).containsExactly("a2", "a3");
        assertThat(sel.alerts()).allSatisfy(a -> assertThat(a.threshold()).isEqualTo(0.7));
    }

    @Test
    void given_missing_energy_the_vacation_rule_does_not_suppress_and_unscored_rows_are_counted() {
        AlertSelection sel = new AlertSelector(AlertPolicy.threshold(0.0)).select(scoresOnD1(Double.NaN, Double.NaN, Double.NaN, 0.2), history(), "m/1", NOW);
        assertThat(sel.alerts()).extracting(Alert::apartmentId).containsExactly("a4");
        assertThat(sel.unscored()).isEqualTo(3);
    }

    @Test
    void policy_validation_names_the_bad_value() {
        assertThatThrownBy(() -> new AlertPolicy(Double.NaN, 0, 48)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> new AlertPolicy(1.0, -1, 48)).hasMessageContaining("topKPerDay");
        assertThatThrownBy(() -> new AlertPolicy(1.0, 0, -2)).hasMessageContaining("vacationHours");
        assertThatThrownBy(() -> new AlertPolicy(Double.POSITIVE_INFINITY, 0, 0)).hasMessageContaining("scoreThreshold");
        assertThat(new AlertPolicy(1.0, 0, 48).vacationDays()).isEqualTo(2);
        assertThat(new AlertPolicy(1.0, 0, 49).vacationDays()).isEqualTo(3);
    }
}
