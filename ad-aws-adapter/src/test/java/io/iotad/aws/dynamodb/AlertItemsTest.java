package io.iotad.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.explain.Contribution;
import io.iotad.core.explain.Direction;
import io.iotad.core.explain.Reason;
import java.time.Instant;
import java.util.List;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The item mapping round-trips every field, and items written before UpdatedTimestamp and SupersededBy still read. */
class AlertItemsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 2, 5);

    @Test
    void given_an_alert_when_mapped_to_an_item_and_back_then_every_field_is_the_same() {
        Alert a = new Alert("A1#" + DAY, "A1", "B1", DAY, Instant.parse("2024-02-06T03:00:00Z"),
                Instant.parse("2024-02-07T09:30:00.5Z"), 0.75, 0.5, AlertStatus.SUPERSEDED, "global/1", "", "", "global/2",
                new Reason(Reason.ROBUST_DEVIATION, List.of(new Contribution("room_temp_min", Direction.LOW, 15.25, 3.5),
                        new Contribution("daily_energy_kwh", Direction.MISSING, Double.NaN, 0.0))));
        assertThat(AlertItems.fromItem(AlertItems.toItem(a), "t")).isEqualTo(a);
    }

    @Test
    void given_an_item_written_before_the_two_new_attributes_when_read_then_it_takes_their_defaults() {
        Map<String, AttributeValue> old = new LinkedHashMap<>(AlertItems.toItem(Alert.unseen("A1", "B1", DAY,
                Instant.parse("2024-02-06T03:00:00Z"), 0.75, 0.5, "global/1")));
        old.remove(AlertItems.UPDATED_TIMESTAMP);
        old.remove(AlertItems.SUPERSEDED_BY);
        old.remove(AlertItems.REASON);
        Alert a = AlertItems.fromItem(old, "t");
        assertThat(a.reason()).isEqualTo(Reason.NONE);
        assertThat(a.updatedTimestamp()).isEqualTo(a.alertTimestamp());
        assertThat(a.supersededBy()).isEmpty();
        assertThat(a.status()).isEqualTo(AlertStatus.UNSEEN);
    }
}
