package io.iotad.models.lof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LofOptionsTest {
    @Test
    void given_no_options_when_parsed_then_the_documented_defaults_apply() {
        LofOptions o = LofOptions.parse(Map.of());
        assertThat(o).isEqualTo(LofOptions.defaults());
        assertThat(o.neighbors()).isEqualTo(20);
        assertThat(o.standardize()).isTrue();
        assertThat(new LofStrategy().defaultOptions()).isEqualTo(o);
    }

    @Test
    void given_options_when_written_to_a_map_and_parsed_then_they_round_trip() {
        LofOptions o = new LofOptions(7, false, 3, 0);
        assertThat(LofOptions.parse(o.toMap())).isEqualTo(o);
        assertThat(o.withNeighbors(9).neighbors()).isEqualTo(9);
        assertThat(o.withStandardize(true).standardize()).isTrue();
    }

    @Test
    void given_neighbors_below_1_when_parsed_then_rejected_naming_the_option() {
        assertThatThrownBy(() -> LofOptions.parse(Map.of("neighbors", 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lof").hasMessageContaining("'neighbors'").hasMessageContaining("0")
                .hasMessageContaining(">= 1");
    }

    @Test
    void given_leaf_size_below_1_when_parsed_then_rejected_naming_the_option() {
        assertThatThrownBy(() -> LofOptions.parse(Map.of("leaf_size", -1)))
                .hasMessageContaining("'leaf_size'").hasMessageContaining("-1");
    }

    @Test
    void given_negative_max_tree_dimensions_when_parsed_then_rejected_naming_the_option() {
        assertThatThrownBy(() -> LofOptions.parse(Map.of("max_tree_dimensions", -2)))
                .hasMessageContaining("'max_tree_dimensions'").hasMessageContaining(">= 0");
    }

    @Test
    void given_a_non_boolean_standardize_when_parsed_then_rejected_naming_the_option() {
        assertThatThrownBy(() -> LofOptions.parse(Map.of("standardize", "maybe")))
                .hasMessageContaining("'standardize'").hasMessageContaining("true or false");
    }

    @Test
    void given_an_unknown_option_when_parsed_then_rejected_listing_the_known_ones() {
        assertThatThrownBy(() -> new LofStrategy().parseOptions(Map.of("n_neighbors", 5)))
                .hasMessageContaining("'n_neighbors'").hasMessageContaining("neighbors");
    }
}
