package io.iotad.models.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RawOptionsTest {
    private static RawOptions of(Map<String, ?> m) {
        return RawOptions.of("demo", m, Set.of("n", "x", "flag"));
    }

    @Test
    void given_an_unknown_key_when_read_then_the_message_names_it_and_the_known_keys() {
        assertThatThrownBy(() -> of(Map.of("nn", 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("demo").hasMessageContaining("'nn'").hasMessageContaining("[flag, n, x]");
    }

    @Test
    void given_absent_or_null_options_when_read_then_defaults_apply() {
        RawOptions o = RawOptions.of("demo", null, Set.of("n"));
        assertThat(o.intValue("n", 7)).isEqualTo(7);
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("x", null);
        assertThat(of(withNull).doubleValue("x", 0.5)).isEqualTo(0.5);
    }

    @Test
    void given_numbers_as_text_or_numbers_when_read_then_both_parse() {
        RawOptions o = of(Map.of("n", "12", "x", 0.25, "flag", "TRUE"));
        assertThat(o.intValue("n", 0)).isEqualTo(12);
        assertThat(o.doubleValue("x", 0)).isEqualTo(0.25);
        assertThat(o.booleanValue("flag", false)).isTrue();
        assertThat(of(Map.of("n", 12.0)).intValue("n", 0)).isEqualTo(12);
        assertThat(of(Map.of("flag", false)).booleanValue("flag", true)).isFalse();
    }

    @Test
    void given_a_fractional_value_for_an_integer_option_when_read_then_it_is_rejected_naming_option_and_value() {
        assertThatThrownBy(() -> of(Map.of("n", 2.5)).intValue("n", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'n'").hasMessageContaining("2.5").hasMessageContaining("whole number");
        assertThatThrownBy(() -> of(Map.of("n", 1e12)).intValue("n", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void given_text_that_is_not_a_number_or_boolean_when_read_then_it_is_rejected() {
        assertThatThrownBy(() -> of(Map.of("x", "abc")).doubleValue("x", 0))
                .hasMessageContaining("'x'").hasMessageContaining("abc").hasMessageContaining("a number");
        assertThatThrownBy(() -> of(Map.of("x", "NaN")).doubleValue("x", 0)).hasMessageContaining("a number");
        assertThatThrownBy(() -> of(Map.of("x", List.of(1))).doubleValue("x", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> of(Map.of("flag", "yes")).booleanValue("flag", false))
                .hasMessageContaining("'flag'").hasMessageContaining("true or false");
    }
}
