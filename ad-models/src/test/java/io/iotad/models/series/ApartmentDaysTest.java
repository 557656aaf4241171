package io.iotad.models.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApartmentDaysTest {
    private static final LocalDate D = LocalDate.of(2024, 3, 1);

    @Test
    void given_unordered_rows_with_a_gap_when_grouped_then_days_are_sorted_and_the_gap_is_nan() {
        FeatureFrame f = FeatureFrame.builder(FeatureSchema.of("x"))
                .add(new RowKey("b", "B", D), 10)
                .add(new RowKey("a", "A", D.plusDays(3)), 4)
                .add(new RowKey("a", "A", D), 1)
                .add(new RowKey("a", "A", D.plusDays(1)), Double.NaN)
                .build();
        List<ApartmentDays> groups = ApartmentDays.of(f);
        assertThat(groups).extracting(ApartmentDays::apartmentId).containsExactly("b", "a");
        ApartmentDays a = groups.get(1);
        assertThat(a.rowCount()).isEqualTo(3);
        assertThat(a.span()).isEqualTo(4);
        assertThat(a.firstEpochDay()).isEqualTo(D.toEpochDay());
        assertThat(a.row(0)).isEqualTo(2);
        assertThat(a.offset(2)).isEqualTo(3);
        assertThat(a.daily(f.column("x"))).containsExactly(1, Double.NaN, Double.NaN, 4);
    }

    @Test
    void given_two_rows_for_one_apartment_day_when_grouped_then_they_are_named() {
        FeatureFrame f = FeatureFrame.builder(FeatureSchema.of("x"))
                .add(new RowKey("a", "A", D), 1).add(new RowKey("a", "A", D), 2).build();
        assertThatThrownBy(() -> ApartmentDays.of(f)).hasMessageContaining("a has two rows for 2024-03-01");
    }
}
