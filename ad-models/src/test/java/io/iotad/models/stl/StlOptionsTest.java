package io.iotad.models.stl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.models.options.ResidualSide;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StlOptionsTest {
    @Test
    void given_no_options_when_parsed_then_the_papers_defaults_apply() {
        StlOptions o = StlOptions.defaults();
        assertThat(o.feature()).isEqualTo("daily_energy_kwh");
        assertThat(o.stl()).isEqualTo(new StlParameters(7, 7, 15, 7, 1, 1, 1, 1, 15));
        assertThat(o.residualSide()).isEqualTo(ResidualSide.ABSOLUTE);
        assertThat(o.minObservedDays()).isEqualTo(14);
        assertThat(o.minScale()).isEqualTo(StlOptions.DEFAULT_MIN_SCALE);
    }

    @Test
    void given_derived_spans_when_period_changes_then_they_follow_the_papers_formulas() {
        assertThat(StlParameters.defaultTrend(12, 7)).isEqualTo(23); // 1.5*12/(1-1.5/7) = 22.9
        assertThat(StlParameters.defaultLowPass(12)).isEqualTo(13);
        StlOptions o = StlOptions.fromMap(Map.of("period", 12));
        assertThat(o.stl().trend()).isEqualTo(23);
        assertThat(o.minObservedDays()).isEqualTo(24);
    }

    @Test
    void given_every_option_when_parsed_then_to_map_round_trips() {
        StlOptions o = StlOptions.fromMap(Map.ofEntries(Map.entry("feature", "hdd"), Map.entry("period", 5),
                Map.entry("seasonal", 9), Map.entry("trend", 11), Map.entry("low_pass", 5),
                Map.entry("seasonal_degree", 0), Map.entry("trend_degree", 0), Map.entry("low_pass_degree", 0),
                Map.entry("inner", 2), Map.entry("outer", 0), Map.entry("residual_side", "signed"),
                Map.entry("min_observed_days", 30), Map.entry("min_scale", 0.25)));
        assertThat(StlOptions.fromMap(o.toMap())).isEqualTo(o);
    }

    @Test
    void given_an_unknown_key_when_parsed_then_it_is_named() {
        assertThatThrownBy(() -> StlOptions.fromMap(Map.of("robust", true))).hasMessageContaining("'robust'");
    }

    @Test
    void given_invalid_spans_and_degrees_when_parsed_then_each_is_named() {
        assertThatThrownBy(() -> StlOptions.fromMap(Map.of("period", 1))).hasMessageContaining("'period' is 1");
        assertThatThrownBy(() -> StlOptions.fromMap(Map.of("seasonal", 8))).hasMessageContaining("'seasonal' is 8");
        assertThatThrownBy(() -> StlOptions.fromMap(Map.of("trend", 4))).hasMessageContaining("trend n_t is 4");
        assertThatThrownBy(() -> StlOptions.fromMap(Map.of("low_pass", 1))).hasMessageContaining("low-pass n_l is 1");
        assertThatThrownBy(() -> StlOptions.fromMap(Map.of("seasonal_degree", 2))).hasMessageContaining("seasonal_degree is 2");
        assertThatThrownBy(() -> StlOptions.fromMap(Map.of("trend_degree", -1))).hasMessageContaining("trend_degree is -1");
        assertThatThrownBy(() -> StlOptions.fromMap(Map.of("low_pass_degree", 3))).hasMessageContaining("low_pass_degree is 3");
        assertThatThrownBy(() -> StlOptions.fromMap(Map.of("inner", 0))).hasMessageContaining("inner n_i is 0");
        assertThatThrownBy(() -> StlOptions.fromMap(Map.of("outer", -1))).hasMessageContaining("outer n_o is -1");
    }

    @Test
    void given_invalid_scoring_options_when_parsed_then_each_is_named() {
        assertThatThrownBy(() -> StlOptions.fromMap(Map.of("feature", ""))).hasMessageContaining("'feature'");
        assertThatThrownBy(() -> StlOptions.fromMap(Map.of("residual_side", "left")))
                .hasMessageContaining("'residual_side' is left");
        assertThatThrownBy(() -> StlOptions.fromMap(Map.of("min_observed_days", 13)))
                .hasMessageContaining("'min_observed_days' is 13").hasMessageContaining("two periods (14)");
        assertThatThrownBy(() -> StlOptions.fromMap(Map.of("min_scale", -1)))
                .hasMessageContaining("'min_scale' is -1.0");
    }
}
