package io.iotad.models.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class XGBoostOptionsTest {
    @Test
    void given_no_options_when_parsed_then_the_documented_defaults_apply() {
        XGBoostOptions o = XGBoostOptions.parse(Map.of());

        assertThat(o).isEqualTo(XGBoostOptions.defaults());
        assertThat(o.trees()).isEqualTo(100);
        assertThat(o.maxDepth()).isEqualTo(6);
        assertThat(o.eta()).isEqualTo(0.1);
        assertThat(o.treeMethod()).isEqualTo("hist");
        assertThat(o.seed()).isNull();
    }

    @Test
    void given_options_when_written_as_a_map_and_parsed_then_they_round_trip() {
        XGBoostOptions o = XGBoostOptions.parse(Map.<String, Object>ofEntries(
                Map.entry("trees", 7),
                Map.entry("max_depth", "3"),
                Map.entry("eta", 0.5),
                Map.entry("subsample", 0.8),
                Map.entry("colsample_bytree", 0.9),
                Map.entry("min_child_weight", 2),
                Map.entry("min_split_loss", 0.1),
                Map.entry("lambda", 2),
                Map.entry("alpha", 0.5),
                Map.entry("scale_pos_weight", 3),
                Map.entry("max_bin", 64),
                Map.entry("tree_method", "APPROX"),
                Map.entry("threads", 2),
                Map.entry("seed", 42)));

        assertThat(XGBoostOptions.parse(o.toMap())).isEqualTo(o);
        assertThat(o.treeMethod()).isEqualTo("approx");
        assertThat(o.effectiveSeed(1)).isEqualTo(42);
        assertThat(o.effectiveThreads(8)).isEqualTo(2);
        assertThat(XGBoostOptions.defaults().effectiveThreads(8)).isEqualTo(8);
        assertThat(XGBoostOptions.defaults().effectiveSeed(9)).isEqualTo(9);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("trees", 0), Arguments.of("trees", 1.5), Arguments.of("trees", 100_001),
                Arguments.of("max_depth", 0), Arguments.of("max_depth", 65),
                Arguments.of("eta", 0), Arguments.of("eta", 1.5), Arguments.of("eta", "fast"),
                Arguments.of("subsample", 0), Arguments.of("subsample", 1.01),
                Arguments.of("colsample_bytree", 0), Arguments.of("colsample_bytree", 2),
                Arguments.of("min_child_weight", -1), Arguments.of("min_child_weight", "Infinity"),
                Arguments.of("min_split_loss", -0.1),
                Arguments.of("lambda", -1), Arguments.of("alpha", -1),
                Arguments.of("scale_pos_weight", 0), Arguments.of("scale_pos_weight", -2),
                Arguments.of("max_bin", 1), Arguments.of("max_bin", 70_000),
                Arguments.of("tree_method", "gpu_hist"),
                Arguments.of("threads", -1), Arguments.of("threads", 5000),
                Arguments.of("seed", 1.5), Arguments.of("seed", "abc"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void given_an_invalid_value_when_parsed_then_the_error_names_option_and_value(String key, Object value) {
        assertThatThrownBy(() -> XGBoostOptions.parse(Map.of(key, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + key + "'")
                .hasMessageContaining(String.valueOf(value).substring(0, 1))
                .hasMessageContaining("expected");
    }

    @Test
    void given_an_unknown_option_when_parsed_then_it_is_named_with_the_known_ones() {
        assertThatThrownBy(() -> XGBoostOptions.parse(Map.of("n_estimators", 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown option 'n_estimators'")
                .hasMessageContaining("trees");
    }
}
