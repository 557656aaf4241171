package io.iotad.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link RecordOptions}: the manifest form of record options, without code. */
class RecordOptionsTest {
    record Window(String feature, int minDays, double maxGapHours) implements RecordOptions {
    }

    @Test
    void given_record_options_when_mapped_then_each_component_is_under_its_snake_case_name_in_order() {
        assertThat(new Window("daily_energy_kwh", 7, 1.5).toMap())
                .containsExactly(java.util.Map.entry("feature", "daily_energy_kwh"), java.util.Map.entry("min_days", 7),
                        java.util.Map.entry("max_gap_hours", 1.5));
    }

    @Test
    void given_options_that_are_not_a_record_when_mapped_then_it_says_toMap_must_be_written() {
        RecordOptions plain = new RecordOptions() { };
        assertThatThrownBy(plain::toMap).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("is not a record").hasMessageContaining("toMap()");
    }
}
