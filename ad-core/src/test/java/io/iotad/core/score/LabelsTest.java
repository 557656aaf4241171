package io.iotad.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {
    private static final LocalDate D1 = LocalDate.of(2025, 1, 6);

    /** Two apartments over three days: six rows. */
    private static FeatureFrame frame() {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("x"));
        for (String apartment : List.of("apt_1", "apt_2")) {
            for (int d = 0; d < 3; d++) {
                b.add(new RowKey(apartment, "b1", D1.plusDays(d)), d);
            }
        }
        return b.build();
    }

    @Test
    void completed_as_normal_keeps_every_verdict_and_makes_each_unlabelled_row_a_non_fault() {
        Labels given = Labels.of(List.of(new Label("apt_1", D1.plusDays(1), 1, "valve_stuck_closed"),
                new Label("apt_2", D1, 0, "resident_away"),
                new Label("apt_9", D1, 1, "heat_meter_stuck")));

        Labels complete = given.completedAsNormal(frame());

        // rows: apt_1 d0 d1 d2, apt_2 d0 d1 d2
        assertThat(given.align(frame())).containsExactly(Labels.UNKNOWN, 1, Labels.UNKNOWN, 0, Labels.UNKNOWN,
                Labels.UNKNOWN);
        assertThat(complete.align(frame())).containsExactly(0, 1, 0, 0, 0, 0);
        assertThat(complete.size()).isEqualTo(3 + 4);
        assertThat(complete.positives()).isEqualTo(2);
        assertThat(complete.get("apt_1", D1).orElseThrow().cause()).isEqualTo(Labels.UNLABELLED_AS_NORMAL);
        assertThat(complete.get("apt_2", D1).orElseThrow().cause()).isEqualTo("resident_away");
        assertThat(complete.get("apt_9", D1)).isPresent();
        assertThat(given.size()).as("the receiver is unchanged").isEqualTo(3);
    }
}
