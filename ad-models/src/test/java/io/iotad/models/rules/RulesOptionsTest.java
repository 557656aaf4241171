package io.iotad.models.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesOptionsTest {
    private static final Map<String, Object> THRESHOLD = Map.of("type", "threshold", "name", "cold",
            "feature", "avg_room_temp_c", "op", "<", "value", 16);
    private static final Map<String, Object> PERSISTENCE = Map.of("type", "persistence", "name", "gap3",
            "feature", "avg_temp_diff", "op", ">=", "value", 2, "days", 3, "weight", 2);
    private static final Map<String, Object> SHIFT = Map.of("type", "level_shift", "name", "jump",
            "feature", "daily_energy_kwh", "recent_days", 3, "baseline_days", 14, "min_shift", 5,
            "direction", "both");

    @Test
    void given_no_options_when_parsed_then_the_seed_heuristic_alone_applies() {
        RulesOptions o = RulesOptions.defaults();
        assertThat(o.tempDiffMinC()).isEqualTo(2.0);
        assertThat(o.energyThreshold()).isEqualTo(EnergyThreshold.PER_APARTMENT_QUANTILE);
        assertThat(o.energyQuantile()).isEqualTo(0.9);
        assertThat(o.energyThresholdKwh()).isEqualTo(20.0);
        assertThat(o.minApartmentDays()).isEqualTo(14);
        assertThat(o.heatingRuleWeight()).isEqualTo(1.0);
        assertThat(o.rules()).isEmpty();
        assertThat(o.features()).containsExactly("daily_energy_kwh", "avg_temp_diff");
    }

    @Test
    void given_every_option_and_rule_type_when_parsed_then_to_map_round_trips() {
        RulesOptions o = RulesOptions.fromMap(Map.of("energy_feature", "e", "temp_diff_feature", "t",
                "temp_diff_min_c", 3, "energy_threshold", "absolute", "energy_quantile", 0.8,
                "energy_threshold_kwh", 30, "min_apartment_days", 7, "heating_rule_weight", 0.5,
                "rules", List.of(THRESHOLD, PERSISTENCE, SHIFT)));
        assertThat(o.rules()).hasSize(3);
        assertThat(o.rules().get(0)).isEqualTo(new ThresholdRule("cold", "avg_room_temp_c", Comparison.LESS, 16, 1));
        assertThat(o.rules().get(1)).isEqualTo(new PersistenceRule("gap3", "avg_temp_diff",
                Comparison.GREATER_OR_EQUAL, 2, 3, 2));
        assertThat(o.rules().get(2)).isEqualTo(new LevelShiftRule("jump", "daily_energy_kwh", 3, 14, 5,
                LevelShiftRule.Direction.BOTH, 1));
        assertThat(RulesOptions.fromMap(o.toMap())).isEqualTo(o);
        assertThat(o.features()).containsExactly("e", "t", "avg_room_temp_c", "avg_temp_diff", "daily_energy_kwh");
    }

    @Test
    void given_invalid_top_level_options_when_parsed_then_each_is_named() {
        assertThatThrownBy(() -> RulesOptions.fromMap(Map.of("threshold", 1))).hasMessageContaining("'threshold'");
        assertThatThrownBy(() -> RulesOptions.fromMap(Map.of("energy_feature", ""))).hasMessageContaining("'energy_feature'");
        assertThatThrownBy(() -> RulesOptions.fromMap(Map.of("temp_diff_feature", 3))).hasMessageContaining("'temp_diff_feature'");
        assertThatThrownBy(() -> RulesOptions.fromMap(Map.of("temp_diff_min_c", "two"))).hasMessageContaining("'temp_diff_min_c' is two");
        assertThatThrownBy(() -> RulesOptions.fromMap(Map.of("energy_threshold", "median"))).hasMessageContaining("'energy_threshold' is median");
        assertThatThrownBy(() -> RulesOptions.fromMap(Map.of("energy_quantile", 1))).hasMessageContaining("'energy_quantile' is 1.0");
        assertThatThrownBy(() -> RulesOptions.fromMap(Map.of("energy_quantile", 0))).hasMessageContaining("in (0, 1)");
        assertThatThrownBy(() -> RulesOptions.fromMap(Map.of("energy_threshold_kwh", Double.POSITIVE_INFINITY)))
                .hasMessageContaining("'energy_threshold_kwh'");
        assertThatThrownBy(() -> RulesOptions.fromMap(Map.of("min_apartment_days", 0))).hasMessageContaining("'min_apartment_days' is 0");
        assertThatThrownBy(() -> RulesOptions.fromMap(Map.of("heating_rule_weight", -1))).hasMessageContaining("'heating_rule_weight' is -1.0");
        assertThatThrownBy(() -> RulesOptions.fromMap(Map.of("heating_rule_weight", 0)))
                .hasMessageContaining("no rule would ever fire");
        assertThatThrownBy(() -> RulesOptions.fromMap(Map.of("rules", "cold"))).hasMessageContaining("'rules' is cold");
    }

    @Test
    void given_duplicate_or_reserved_rule_names_when_parsed_then_they_are_rejected() {
        assertThatThrownBy(() -> RulesOptions.fromMap(Map.of("rules", List.of(THRESHOLD, THRESHOLD))))
                .hasMessageContaining("unique rule names");
        Map<String, Object> reserved = new java.util.HashMap<>(THRESHOLD);
        reserved.put("name", RulesDetector.HEATING_RULE);
        assertThatThrownBy(() -> RulesOptions.fromMap(Map.of("rules", List.of(reserved))))
                .hasMessageContaining("heating_while_cold");
    }

    @Test
    void given_invalid_rules_when_parsed_then_the_rule_and_key_are_named() {
        assertThatThrownBy(() -> parseRule(Map.of("name", "x"))).hasMessageContaining("rules[0]: option 'type'");
        assertThatThrownBy(() -> parseRule(with(THRESHOLD, "type", "trend"))).hasMessageContaining("'type' is trend");
        assertThatThrownBy(() -> parseRule(with(THRESHOLD, "colour", "red"))).hasMessageContaining("'colour'");
        assertThatThrownBy(() -> parseRule(with(THRESHOLD, "name", " "))).hasMessageContaining("'name'");
        assertThatThrownBy(() -> parseRule(with(THRESHOLD, "feature", null))).hasMessageContaining("'feature'");
        assertThatThrownBy(() -> parseRule(with(THRESHOLD, "op", "=="))).hasMessageContaining("'op' is ==");
        assertThatThrownBy(() -> parseRule(with(THRESHOLD, "value", null))).hasMessageContaining("'value'")
                .hasMessageContaining("required");
        assertThatThrownBy(() -> parseRule(with(THRESHOLD, "weight", 0))).hasMessageContaining("'weight' is 0.0");
        assertThatThrownBy(() -> parseRule(with(PERSISTENCE, "days", 1))).hasMessageContaining("'days' is 1");
        assertThatThrownBy(() -> parseRule(with(PERSISTENCE, "days", null))).hasMessageContaining("'days'");
        assertThatThrownBy(() -> parseRule(with(SHIFT, "recent_days", 0))).hasMessageContaining("'recent_days' is 0");
        assertThatThrownBy(() -> parseRule(with(SHIFT, "baseline_days", -2))).hasMessageContaining("'baseline_days' is -2");
        assertThatThrownBy(() -> parseRule(with(SHIFT, "min_shift", 0))).hasMessageContaining("'min_shift' is 0.0");
        assertThatThrownBy(() -> parseRule(with(SHIFT, "min_shift", null))).hasMessageContaining("'min_shift'");
        assertThatThrownBy(() -> parseRule(with(SHIFT, "direction", "sideways"))).hasMessageContaining("'direction' is sideways");
    }

    private static RulesOptions parseRule(Map<String, Object> rule) {
        return RulesOptions.fromMap(Map.of("rules", List.of(rule)));
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new java.util.HashMap<>(base);
        m.put(key, value);
        return m;
    }
}
