package io.iotad.models.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.models.regression.LrResidualOptions;
import io.iotad.models.regression.LrResidualStrategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompositeOptionsTest {
    private static final CompositeStrategy COMPOSITE = new CompositeStrategy();
    private static final Map<String, Object> LR = Map.of("name", "lr", "strategy", "lr_residual");
    private static final Map<String, Object> RULES = Map.of("name", "rules", "strategy", "rules");

    @Test
    void given_no_options_when_parsed_then_the_composite_preset_applies() {
        CompositeOptions o = COMPOSITE.defaultOptions();
        assertThat(o.components()).extracting(ComponentSpec::name).containsExactly("lr", "rules");
        assertThat(o.combine()).isEqualTo(Combination.MEAN_RANK);
        assertThat(o.stack()).isNull();
    }

    @Test
    void given_the_lr_lof_preset_when_parsed_then_lr_residual_stacks_into_lof_with_the_drivers() {
        CompositeOptions o = new LrLofStrategy().defaultOptions();
        assertThat(o.components()).singleElement().satisfies(c -> {
            assertThat(c.strategy()).isInstanceOf(LrResidualStrategy.class);
            assertThat(c.options()).isEqualTo(LrResidualOptions.defaults());
        });
        assertThat(o.combine()).isEqualTo(Combination.STACK);
        assertThat(o.stack().strategy().name()).isEqualTo("lof");
        assertThat(o.stack().passthrough()).isEqualTo(LrResidualOptions.DEFAULT_DRIVERS);
    }

    @Test
    void given_full_options_when_parsed_then_to_map_round_trips() {
        Map<String, Object> raw = Map.of("components", List.of(
                        Map.of("name", "lr", "strategy", "LR_RESIDUAL", "options", Map.of("scope", "per_building")),
                        Map.of("name", "season", "strategy", "stl", "options", Map.of("outer", 2))),
                "combine", "stack", "stack", Map.of("strategy", "lof", "options", Map.of("neighbors", 5),
                        "passthrough", List.of("hdd")));
        CompositeOptions o = COMPOSITE.parseOptions(raw);
        assertThat(COMPOSITE.parseOptions(o.toMap())).isEqualTo(o);
        assertThat(o.components().get(0).scoreFeature()).isEqualTo("lr_score");
    }

    @Test
    void given_unknown_keys_at_any_level_when_parsed_then_they_are_named() {
        assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("rule", "max"))).hasMessageContaining("'rule'");
        assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("components",
                List.of(Map.of("name", "lr", "strategy", "lr_residual", "priority", 2)))))
                .hasMessageContaining("components[0]").hasMessageContaining("'priority'");
        assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("combine", "stack",
                "stack", Map.of("strategy", "lof", "inputs", List.of()))))
                .hasMessageContaining("stack").hasMessageContaining("'inputs'");
    }

    @Test
    void given_invalid_components_when_parsed_then_each_is_explained() {
        assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("components", List.of())))
                .hasMessageContaining("'components'").hasMessageContaining("at least one");
        assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("components", List.of(LR, LR))))
                .hasMessageContaining("unique component names");
        assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("components",
                List.of(Map.of("name", "Bad Name", "strategy", "rules")))))
                .hasMessageContaining("'Bad Name'");
        assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("components",
                List.of(Map.of("name", "x", "strategy", "prophet")))))
                .hasMessageContaining("components[0]").hasMessageContaining("unknown detector strategy 'prophet'");
        assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("components", List.of(Map.of("name", "x")))))
                .hasMessageContaining("'strategy'").hasMessageContaining("required");
        assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("components",
                List.of(Map.of("name", "x", "strategy", "lr_residual", "options", Map.of("scope", "city"))))))
                .hasMessageContaining("components[0] 'options'").hasMessageContaining("'scope' is city");
    }

    @Test
    void given_invalid_combination_settings_when_parsed_then_each_is_explained() {
        assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("combine", "median")))
                .hasMessageContaining("'combine' is median");
        assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("combine", "stack")))
                .hasMessageContaining("'stack'").hasMessageContaining("with combine: stack");
        assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("stack", Map.of("strategy", "lof"))))
                .hasMessageContaining("no stage unless combine is stack");
        assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("components", List.of(LR, RULES), "combine", "stack",
                "stack", Map.of("strategy", "lof", "passthrough", List.of("lr_score")))))
                .hasMessageContaining("'stack.passthrough'");
        assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("combine", "stack",
                "stack", Map.of("strategy", "lof", "options", Map.of("neighbors", 0)))))
                .hasMessageContaining("stack 'options'").hasMessageContaining("'neighbors'");
    }
}
