package io.iotad.models.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LrLofSeedOptionsTest {
    private final LrLofStrategy strategy = new LrLofStrategy();

    @Test
    void given_the_seeds_hyperparameters_when_parsed_then_lof_neighbors_sets_the_stacked_lof() {
        CompositeOptions seed = strategy.parseOptions(Map.of("lof_neighbors", 7, "lof_contamination", "auto"));
        CompositeOptions canonical = strategy.parseOptions(Map.of("stack", Map.of("strategy", "lof",
                "options", Map.of("neighbors", 7), "passthrough", java.util.List.of("avg_temp_diff", "avg_outdoor_temp_c"))));
        assertThat(seed.toMap()).isEqualTo(canonical.toMap());
        assertThat(seed.toMap()).isNotEqualTo(strategy.defaultOptions().toMap());
    }

    @Test
    void a_numeric_contamination_is_refused_with_the_reason() {
        assertThatThrownBy(() -> strategy.parseOptions(Map.of("lof_contamination", 0.1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lof_contamination").hasMessageContaining("0.1").hasMessageContaining("auto")
                .hasMessageContaining("inference.alert_threshold");
    }

    @Test
    void neighbours_given_twice_are_refused() {
        assertThatThrownBy(() -> strategy.parseOptions(Map.of("lof_neighbors", 5, "stack", Map.of("strategy", "lof"))))
                .hasMessageContaining("not both");
    }

    @Test
    void an_unknown_seed_style_key_is_still_refused_by_name() {
        assertThatThrownBy(() -> strategy.parseOptions(Map.of("lof_neighbors", 5, "lof_metric", "l1")))
                .hasMessageContaining("lof_metric");
    }
}
