package io.iotad.features.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeclarationTest {
    @Test
    void a_declaration_built_in_one_expression_holds_every_part_in_the_order_given() {
        Declaration d = Declaration.of("lag", "energy_lag_2d").reading("daily_energy_kwh").lookingBack(2)
                .withParameters("source", "daily_energy_kwh", "days", 2, "output", "energy_lag_2d");

        assertThat(d.kind()).isEqualTo("lag");
        assertThat(d.outputs()).containsExactly("energy_lag_2d");
        assertThat(d.inputs()).containsExactly("daily_energy_kwh");
        assertThat(d.lookbackDays()).isEqualTo(2);
        assertThat(d.parameters().keySet()).containsExactly("source", "days", "output");
        assertThat(d.parameters()).containsEntry("days", 2);
    }

    @Test
    void the_built_in_lag_states_through_its_declaration_what_the_extractor_interface_asks() {
        FeatureExtractor lag = new DailyLag("daily_energy_kwh", 3, "energy_lag_3d");

        assertThat(lag.kind()).isEqualTo(DailyLag.KIND);
        assertThat(lag.outputs()).containsExactly("energy_lag_3d");
        assertThat(lag.inputs()).containsExactly("daily_energy_kwh");
        assertThat(lag.lookbackDays()).isEqualTo(3);
        assertThat(lag.parameters()).isEqualTo(Map.of("source", "daily_energy_kwh", "days", 3, "output", "energy_lag_3d"));
    }

    @Test
    void parts_are_copied_and_the_parameters_cannot_be_changed() {
        List<String> outputs = new java.util.ArrayList<>(List.of("a"));
        Declaration d = new Declaration("k", outputs, List.of(), 0, Map.of("x", 1));
        outputs.add("b");

        assertThat(d.outputs()).containsExactly("a");
        assertThatThrownBy(() -> d.parameters().put("y", 2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void bad_parts_are_refused_with_what_was_expected() {
        assertThatThrownBy(() -> Declaration.of(" ", "a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kind");
        assertThatThrownBy(() -> Declaration.of("k")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extractor 'k' must write at least one column");
        assertThatThrownBy(() -> Declaration.of("k", "a").lookingBack(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lookbackDays must be >= 0, got -1");
        assertThatThrownBy(() -> Declaration.of("k", "a").withParameters("source"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be name, value pairs, got 1 items");
        assertThatThrownBy(() -> Declaration.of("k", "a").withParameters(3, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter names of 'k' must be strings, got 3");
    }
}
