package io.iotad.models.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RawOptionsStructuredValuesTest {
    private static final Set<String> KEYS = Set.of("s", "e", "l", "m", "ml");

    @Test
    void given_strings_enums_lists_and_maps_when_read_then_they_are_typed() {
        RawOptions o = RawOptions.of("demo", Map.of("s", " a ", "e", "Absolute", "l", List.of("x", "y"),
                "m", Map.of("k", 1), "ml", List.of(Map.of("k", 2))), KEYS);
        assertThat(o.stringValue("s", "d")).isEqualTo("a");
        assertThat(o.enumValue("e", ResidualSide.class, ResidualSide.SIGNED)).isEqualTo(ResidualSide.ABSOLUTE);
        assertThat(o.stringList("l", List.of())).containsExactly("x", "y");
        assertThat(o.map("m")).containsEntry("k", 1);
        assertThat(o.mapList("ml")).singleElement().isEqualTo(Map.of("k", 2));
        assertThat(o.has("s")).isTrue();
    }

    @Test
    void given_absent_structured_values_when_read_then_defaults_or_empties_apply() {
        RawOptions o = RawOptions.of("demo", Map.of(), KEYS);
        assertThat(o.stringValue("s", "d")).isEqualTo("d");
        assertThat(o.enumValue("e", ResidualSide.class, ResidualSide.SIGNED)).isEqualTo(ResidualSide.SIGNED);
        assertThat(o.stringList("l", List.of("z"))).containsExactly("z");
        assertThat(o.map("m")).isEmpty();
        assertThat(o.mapList("ml")).isEmpty();
        assertThat(o.has("s")).isFalse();
    }

    @Test
    void given_wrongly_shaped_values_when_read_then_each_names_the_option_and_expectation() {
        assertThatThrownBy(() -> RawOptions.of("demo", Map.of("s", " "), KEYS).stringValue("s", null))
                .hasMessageContaining("demo: option 's'").hasMessageContaining("non-blank string");
        assertThatThrownBy(() -> RawOptions.of("demo", Map.of("e", "up"), KEYS).enumValue("e", ResidualSide.class, null))
                .hasMessageContaining("'e' is up").hasMessageContaining("[signed, absolute]");
        assertThatThrownBy(() -> RawOptions.of("demo", Map.of("l", List.of("x", "x")), KEYS).stringList("l", null))
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> RawOptions.of("demo", Map.of("m", 3), KEYS).map("m"))
                .hasMessageContaining("'m' is 3").hasMessageContaining("a map");
        assertThatThrownBy(() -> RawOptions.of("demo", Map.of("ml", List.of(1)), KEYS).mapList("ml"))
                .hasMessageContaining("'ml'").hasMessageContaining("a map");
        assertThatThrownBy(() -> RawOptions.of("demo", Map.of("ml", "x"), KEYS).mapList("ml"))
                .hasMessageContaining("a list of maps");
    }

    @Test
    void given_residual_sides_when_scoring_then_signed_keeps_and_absolute_folds_the_sign() {
        assertThat(ResidualSide.SIGNED.score(-2.5)).isEqualTo(-2.5);
        assertThat(ResidualSide.ABSOLUTE.score(-2.5)).isEqualTo(2.5);
        assertThat(ResidualSide.ABSOLUTE.score(Double.NaN)).isNaN();
        assertThat(ResidualSide.ABSOLUTE.configName()).isEqualTo("absolute");
    }
}
