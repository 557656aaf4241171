package io.iotad.core.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertBatchTest {
    private static final LocalDate DAY = LocalDate.of(2024, 2, 5);
    private static final Instant AT = Instant.parse("2024-02-06T03:00:00Z");

    private static Alert alert(String apt, LocalDate day, String model) {
        return Alert.unseen(apt, "B1", day, AT, 2.0, 1.0, model);
    }

    @Test
    void given_a_valid_batch_when_built_then_it_keeps_a_copy_and_names_its_group() {
        List<Alert> alerts = new java.util.ArrayList<>(List.of(alert("A1", DAY, "passive_house/3")));
        AlertBatch b = new AlertBatch("passive_house/3", DAY, DAY.plusDays(1), AT, alerts);
        alerts.clear();
        assertThat(b.alerts()).hasSize(1);
        assertThat(b.modelGroup()).isEqualTo("passive_house");
        assertThat(new AlertBatch("global/1", DAY, DAY, AT, List.of()).alerts()).isEmpty();
    }

    @Test
    void given_bad_batches_when_built_then_each_is_refused_naming_the_alert_and_the_rule() {
        assertThatThrownBy(() -> new AlertBatch(" ", DAY, DAY, AT, List.of())).hasMessageContaining("modelVersion is blank");
        assertThatThrownBy(() -> new AlertBatch("global/1", DAY, DAY.minusDays(1), AT, List.of()))
                .hasMessageContaining("end (2024-02-04) before they start (2024-02-05)");
        assertThatThrownBy(() -> new AlertBatch("global/1", DAY, DAY, AT, List.of(alert("A1", DAY.plusDays(1), "global/1"))))
                .hasMessageContaining("A1#2024-02-06 is outside the scored days");
        assertThatThrownBy(() -> new AlertBatch("global/1", DAY, DAY, AT, List.of(alert("A1", DAY, "global/2"))))
                .hasMessageContaining("carries model global/2, the batch is of global/1");
        assertThatThrownBy(() -> new AlertBatch("global/1", DAY, DAY, AT, List.of(alert("A1", DAY, "global/1"),
                alert("A1", DAY, "global/1")))).hasMessageContaining("A1#2024-02-05 is in the batch twice");
        Alert reviewed = new Alert("A1#" + DAY, "A1", "B1", DAY, AT, AT, 2, 1, AlertStatus.INVESTIGATING, "global/1", "", "", "");
        assertThatThrownBy(() -> new AlertBatch("global/1", DAY, DAY, AT, List.of(reviewed)))
                .hasMessageContaining("must be Unseen to be published, got Investigating");
        Alert nan = Alert.unseen("A1", "B1", DAY, AT, Double.NaN, 1.0, "global/1");
        assertThatThrownBy(() -> new AlertBatch("global/1", DAY, DAY, AT, List.of(nan)))
                .hasMessageContaining("needs a finite score and threshold, got NaN");
    }

    @Test
    void given_alert_fields_when_inconsistent_then_refused() {
        assertThatThrownBy(() -> new Alert("A1#" + DAY, "A1", "B1", DAY, AT, AT.minusSeconds(1), 2, 1, AlertStatus.UNSEEN,
                "global/1", "", "", "")).hasMessageContaining("is before its creation time");
        assertThatThrownBy(() -> new Alert("A1#" + DAY, "A1", "B1", DAY, AT, AT, 2, 1, AlertStatus.SUPERSEDED,
                "global/1", "", "", "")).hasMessageContaining("supersededBy must be set exactly when the status is Superseded");
        assertThatThrownBy(() -> new Alert("A1#" + DAY, "A1", "B1", DAY, AT, AT, 2, 1, AlertStatus.UNSEEN,
                "global/1", "", "", "global/2")).hasMessageContaining("supersededBy must be set exactly");
        assertThat(Alert.modelGroupOf("global/12")).isEqualTo("global");
        assertThat(Alert.modelGroupOf("legacy")).isEqualTo("legacy");
    }

    @Test
    void given_each_status_when_asked_for_technician_moves_then_superseded_is_never_a_target() {
        for (AlertStatus s : AlertStatus.values()) {
            assertThat(s.canMoveTo(AlertStatus.SUPERSEDED)).as(s.display()).isFalse();
            assertThat(s.canMoveTo(AlertStatus.UNSEEN)).as(s.display()).isFalse();
        }
        assertThat(AlertStatus.SUPERSEDED.next()).containsExactlyInAnyOrder(AlertStatus.INVESTIGATING,
                AlertStatus.RESOLVED_TRUE_POSITIVE, AlertStatus.RESOLVED_FALSE_POSITIVE);
        assertThat(AlertStatus.parse("superseded")).isEqualTo(AlertStatus.SUPERSEDED);
        assertThat(AlertStatus.SUPERSEDED.isReviewed()).isFalse();
        assertThat(AlertStatus.INVESTIGATING.isReviewed()).isTrue();
    }
}
