package io.iotad.models.forest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IsolationForestOptionsTest {
    @Test
    void given_no_options_when_parsed_then_the_paper_defaults_apply() {
        IsolationForestOptions o = IsolationForestOptions.parse(Map.of());
        assertThat(o.trees()).isEqualTo(100);
        assertThat(o.subsampleSize()).isEqualTo(256);
        assertThat(o.maxFeatures()).isEqualTo(1.0);
        assertThat(o.bootstrap()).isFalse();
        assertThat(new IsolationForestStrategy().defaultOptions()).isEqualTo(o);
    }

    @Test
    void given_options_when_written_to_a_map_and_parsed_then_they_round_trip() {
        IsolationForestOptions o = new IsolationForestOptions(10, 64, 0.5, true);
        assertThat(IsolationForestOptions.parse(o.toMap())).isEqualTo(o);
        assertThat(IsolationForestOptions.parse(Map.of("trees", "10", "subsample_size", "64", "max_features", "0.5",
                "bootstrap", "true"))).isEqualTo(o);
    }

    @Test
    void given_trees_out_of_range_when_parsed_then_rejected_naming_the_option() {
        assertThatThrownBy(() -> IsolationForestOptions.parse(Map.of("trees", 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isolation_forest").hasMessageContaining("'trees'").hasMessageContaining("[1, 100000]");
        assertThatThrownBy(() -> IsolationForestOptions.parse(Map.of("trees", 100_001))).hasMessageContaining("'trees'");
    }

    @Test
    void given_subsample_size_below_2_when_parsed_then_rejected_naming_the_option() {
        assertThatThrownBy(() -> IsolationForestOptions.parse(Map.of("subsample_size", 1)))
                .hasMessageContaining("'subsample_size'").hasMessageContaining(">= 2");
    }

    @Test
    void given_max_features_outside_0_1_when_parsed_then_rejected_naming_the_option() {
        assertThatThrownBy(() -> IsolationForestOptions.parse(Map.of("max_features", 0.0)))
                .hasMessageContaining("'max_features'").hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> IsolationForestOptions.parse(Map.of("max_features", 1.5)))
                .hasMessageContaining("'max_features'");
    }

    @Test
    void given_a_non_boolean_bootstrap_when_parsed_then_rejected_naming_the_option() {
        assertThatThrownBy(() -> IsolationForestOptions.parse(Map.of("bootstrap", 1)))
                .hasMessageContaining("'bootstrap'").hasMessageContaining("true or false");
    }

    @Test
    void given_an_unknown_option_when_parsed_then_rejected_listing_the_known_ones() {
        assertThatThrownBy(() -> new IsolationForestStrategy().parseOptions(Map.of("n_estimators", 5)))
                .hasMessageContaining("'n_estimators'").hasMessageContaining("subsample_size");
    }

    @Test
    void given_a_feature_fraction_when_asked_per_tree_then_at_least_one_feature_is_drawn() {
        assertThat(new IsolationForestOptions(1, 2, 0.01, false).featuresPerTree(10)).isEqualTo(1);
        assertThat(new IsolationForestOptions(1, 2, 0.55, false).featuresPerTree(10)).isEqualTo(5);
        assertThat(new IsolationForestOptions(1, 2, 1.0, false).featuresPerTree(10)).isEqualTo(10);
    }
}
