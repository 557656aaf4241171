package io.iotad.models.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.models.options.ResidualSide;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LrResidualOptionsTest {
    @Test
    void given_no_options_when_parsed_then_defaults_apply() {
        LrResidualOptions o = LrResidualOptions.defaults();
        assertThat(o.target()).isEqualTo(LrResidualOptions.DEFAULT_TARGET);
        assertThat(o.drivers()).isEqualTo(LrResidualOptions.DEFAULT_DRIVERS);
        assertThat(o.scope()).isEqualTo(FitScope.GLOBAL);
        assertThat(o.minGroupRows()).isEqualTo(LrResidualOptions.DEFAULT_MIN_GROUP_ROWS);
        assertThat(o.residualSide()).isEqualTo(ResidualSide.SIGNED);
        assertThat(o.minScale()).isEqualTo(LrResidualOptions.DEFAULT_MIN_SCALE);
    }

    @Test
    void given_every_option_when_parsed_then_to_map_round_trips() {
        LrResidualOptions o = LrResidualOptions.fromMap(Map.of("target", "y", "drivers", List.of("a", "b", "c"),
                "scope", "PER_apartment", "min_group_rows", 12, "residual_side", "absolute", "min_scale", 0.5));
        assertThat(o.scope()).isEqualTo(FitScope.PER_APARTMENT);
        assertThat(LrResidualOptions.fromMap(o.toMap())).isEqualTo(o);
    }

    @Test
    void given_an_unknown_key_when_parsed_then_it_is_named() {
        assertThatThrownBy(() -> LrResidualOptions.fromMap(Map.of("driver", List.of("a"))))
                .hasMessageContaining("'driver'").hasMessageContaining("drivers");
    }

    @Test
    void given_a_blank_target_when_parsed_then_it_is_rejected() {
        assertThatThrownBy(() -> LrResidualOptions.fromMap(Map.of("target", " ")))
                .hasMessageContaining("'target'");
    }

    @Test
    void given_bad_drivers_when_parsed_then_they_are_rejected() {
        assertThatThrownBy(() -> LrResidualOptions.fromMap(Map.of("drivers", List.of())))
                .hasMessageContaining("'drivers'");
        assertThatThrownBy(() -> LrResidualOptions.fromMap(Map.of("drivers", List.of("a", "a"))))
                .hasMessageContaining("'drivers'");
        assertThatThrownBy(() -> LrResidualOptions.fromMap(Map.of("drivers", List.of("daily_energy_kwh"))))
                .hasMessageContaining("'drivers'").hasMessageContaining("other than the target");
        assertThatThrownBy(() -> LrResidualOptions.fromMap(Map.of("drivers", "a")))
                .hasMessageContaining("'drivers' is a");
    }

    @Test
    void given_an_unknown_scope_when_parsed_then_the_choices_are_named() {
        assertThatThrownBy(() -> LrResidualOptions.fromMap(Map.of("scope", "per_city")))
                .hasMessageContaining("'scope' is per_city").hasMessageContaining("per_building");
    }

    @Test
    void given_min_group_rows_below_drivers_plus_two_when_parsed_then_it_is_rejected() {
        assertThatThrownBy(() -> LrResidualOptions.fromMap(Map.of("min_group_rows", 3)))
                .hasMessageContaining("'min_group_rows' is 3").hasMessageContaining("at least drivers + 2 = 4");
        assertThatThrownBy(() -> LrResidualOptions.fromMap(Map.of("min_group_rows", 4.5)))
                .hasMessageContaining("whole number");
    }

    @Test
    void given_a_bad_residual_side_when_parsed_then_it_is_rejected() {
        assertThatThrownBy(() -> LrResidualOptions.fromMap(Map.of("residual_side", "up")))
                .hasMessageContaining("'residual_side' is up").hasMessageContaining("signed");
    }

    @Test
    void given_a_non_positive_min_scale_when_parsed_then_it_is_rejected() {
        assertThatThrownBy(() -> LrResidualOptions.fromMap(Map.of("min_scale", 0)))
                .hasMessageContaining("'min_scale' is 0.0");
        assertThatThrownBy(() -> LrResidualOptions.fromMap(Map.of("min_scale", Double.NaN)))
                .hasMessageContaining("'min_scale'");
    }
}
