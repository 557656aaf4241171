package io.iotad.models.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Labels;
import io.iotad.models.stats.SampleStatistics;
import io.iotad.models.testing.DailyFrames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RulesStrategyTest {
    private static final RulesStrategy STRATEGY = new RulesStrategy();
    private static final FitContext CONTEXT = FitContext.seeded(1);
    private static final FeatureSchema TWO = FeatureSchema.of("daily_energy_kwh", "avg_temp_diff");

    @Test
    void given_the_registry_when_asked_for_rules_then_it_is_found() {
        assertThat(DetectorStrategies.byName("rules")).isInstanceOf(RulesStrategy.class);
    }

    @Test
    void given_per_apartment_quantiles_when_fitted_then_each_apartment_gets_its_own_and_short_ones_the_global() {
        FeatureFrame train = DailyFrames.heating(3, 30, 2).filter(r -> r < 70); // apt-2 keeps 10 days
        RulesDetector d = (RulesDetector) STRATEGY.bind(Map.of()).fit(train, Labels.empty(), CONTEXT);
        assertThat(d.apartmentThresholdsKwh()).containsOnlyKeys("apt-0", "apt-1");
        double[] apt0 = train.filter(r -> train.apartmentId(r).equals("apt-0")).column("daily_energy_kwh");
        assertThat(d.thresholdFor("apt-0")).isEqualTo(SampleStatistics.quantile(apt0, 0.9));
        assertThat(d.thresholdFor("apt-2")).isEqualTo(SampleStatistics.quantile(train.column("daily_energy_kwh"), 0.9));
    }

    @Test
    void given_absolute_mode_when_fitted_then_nothing_is_learned() {
        RulesDetector d = (RulesDetector) STRATEGY.bind(Map.of("energy_threshold", "absolute", "energy_threshold_kwh", 33.0)).fit(DailyFrames.heating(2, 20, 1), Labels.empty(), CONTEXT);
        assertThat(d.globalThresholdKwh()).isEqualTo(33.0);
        assertThat(d.apartmentThresholdsKwh()).isEmpty();
    }

    @Test
    void given_no_energy_at_all_when_a_quantile_is_asked_for_then_the_error_explains() {
        FeatureFrame train = FeatureFrame.builder(TWO).add(DailyFrames.key(0, 0), Double.NaN, 1.0).build();
        assertThatThrownBy(() -> STRATEGY.bind(Map.of()).fit(train, Labels.empty(), CONTEXT))
                .hasMessageContaining("energy_threshold: absolute");
    }

    @Test
    void given_a_frame_without_a_rule_feature_when_fitted_then_it_is_named() {
        FeatureFrame train = DailyFrames.heating(1, 20, 1);
        Map<String, Object> rule = Map.of("type", "threshold", "name", "cold", "feature", "avg_room_temp_c",
                "op", "<", "value", 16);
        assertThatThrownBy(() -> STRATEGY.bind(Map.of("rules", List.of(rule))).fit(train, Labels.empty(), CONTEXT))
                .hasMessageContaining("avg_room_temp_c");
    }

    @Test
    void given_persistence_and_level_shift_rules_when_scored_then_they_fire_after_their_lookback() {
        double[] energy = {10, 10, 10, 10, 10, 10, 20, 20, 20, Double.NaN, 20, 20, 20};
        double[] diff = {0, 3, 3, 3, 0, 3, 3, 3, 3, 3, 3, 3, 3};
        FeatureFrame.Builder b = FeatureFrame.builder(TWO);
        for (int d = 0; d < energy.length; d++) {
            b.add(DailyFrames.key(0, d), energy[d], diff[d]);
        }
        FeatureFrame frame = b.build();
        Map<String, Object> options = Map.of("heating_rule_weight", 0, "rules", List.of(
                Map.of("type", "persistence", "name", "cold3", "feature", "avg_temp_diff", "op", ">", "value", 2,
                        "days", 3),
                Map.of("type", "level_shift", "name", "up", "feature", "daily_energy_kwh", "recent_days", 2,
                        "baseline_days", 4, "min_shift", 5, "weight", 2.5)));
        RulesDetector d = (RulesDetector) STRATEGY.bind(options).fit(frame, Labels.empty(), CONTEXT);
        RuleFiring f = d.evaluate(frame);
        assertThat(f.ruleNames()).containsExactly("cold3", "up");
        // cold3: days 3, 7, 8, 9.. (day 4 breaks the run)
        assertThat(f.fired()[0]).containsExactly(false, false, false, true, false, false, false, true, true,
                false, true, true, true);
        // up: recent mean of 2 days vs 4 days before, > 5: days 7 (20,20 vs 10,10,10,10)... until baseline fills with 20
        assertThat(f.fired()[1][6]).isFalse(); // mean(10,20)=15 vs 10: shift 5, not > 5
        assertThat(f.fired()[1][7]).isTrue();
        assertThat(f.fired()[1][8]).isTrue(); // 20 vs mean(10,10,10,20)=12.5
        assertThat(f.scored()[9]).isFalse();
        double[] s = d.score(frame).values();
        assertThat(s[7]).isEqualTo(3.5);
        assertThat(s[9]).isNaN();
        assertThat(s[0]).isZero();
    }

    @Test
    void given_missing_same_day_features_when_scored_then_the_row_is_nan_and_counted_unscored() {
        FeatureFrame frame = DailyFrames.withValue(DailyFrames.heating(1, 20, 3), 4, "avg_temp_diff", Double.NaN);
        Detector d = STRATEGY.bind(Map.of()).fit(frame, Labels.empty(), CONTEXT);
        assertThat(d.score(frame).score(4)).isNaN();
        assertThat(d.score(frame).scoredCount()).isEqualTo(19);
    }

    @Test
    void given_a_fitted_detector_with_rules_when_round_tripped_then_scores_are_bit_identical() throws IOException {
        FeatureFrame train = DailyFrames.heating(3, 40, 7);
        Map<String, Object> options = Map.of("energy_quantile", 0.75, "rules", List.of(
                Map.of("type", "threshold", "name", "hot", "feature", "hdd", "op", ">=", "value", 12, "weight", 0.5)));
        Detector d = STRATEGY.bind(options).fit(train, Labels.empty(), CONTEXT);
        Detector back = DailyFrames.roundTrip(STRATEGY.codec(), d);
        assertThat(back.score(train).values()).isEqualTo(d.score(train).values());
        assertThat(back.options()).isEqualTo(d.options());
        assertThatThrownBy(() -> STRATEGY.codec().read(new ByteArrayInputStream(new byte[0]), 2))
                .isInstanceOf(UnsupportedVersionException.class);
    }

    @Property(tries = 50)
    void the_heating_rule_fires_exactly_when_energy_is_high_and_the_room_is_cold(
            @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = 0, max = 50) Double> energy,
            @ForAll @DoubleRange(min = -2, max = 6) double diff, @ForAll @DoubleRange(min = 0, max = 50) double kwh) {
        FeatureFrame.Builder b = FeatureFrame.builder(TWO);
        for (int d = 0; d < energy.size(); d++) {
            b.add(DailyFrames.key(0, d), energy.get(d), diff + d * 0.01);
        }
        FeatureFrame frame = b.build();
        Detector det = STRATEGY.bind(Map.of("energy_threshold", "absolute", "energy_threshold_kwh", kwh)).fit(frame, Labels.empty(), CONTEXT);
        double[] s = det.score(frame).values();
        for (int d = 0; d < energy.size(); d++) {
            boolean expected = energy.get(d) > kwh && diff + d * 0.01 > 2.0;
            assertThat(s[d]).isEqualTo(expected ? 1.0 : 0.0);
        }
    }

    @Property(tries = 50)
    void a_persistence_rule_fires_exactly_when_the_last_n_days_all_hold(
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0, max = 10) Double> values,
            @ForAll @IntRange(min = 2, max = 5) int days) {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("x"));
        for (int d = 0; d < values.size(); d++) {
            b.add(new RowKey("a", "b", DailyFrames.START.plusDays(d)), values.get(d));
        }
        FeatureFrame frame = b.build();
        Detector det = STRATEGY.bind(Map.of("heating_rule_weight", 0, "rules", List.of(
                Map.of("type", "persistence", "name", "p", "feature", "x", "op", ">", "value", 5, "days", days)))).fit(frame, Labels.empty(),
                CONTEXT);
        double[] s = det.score(frame).values();
        for (int d = 0; d < values.size(); d++) {
            boolean expected = d + 1 >= days;
            for (int k = d - days + 1; expected && k <= d; k++) {
                expected = values.get(k) > 5;
            }
            assertThat(s[d]).isEqualTo(expected ? 1.0 : 0.0);
        }
    }

    @Property(tries = 10)
    void fitting_and_scoring_are_deterministic(@ForAll long seed) {
        FeatureFrame train = DailyFrames.heating(3, 25, seed);
        double[] a = STRATEGY.bind(Map.of()).fit(train, Labels.empty(), FitContext.seeded(seed)).score(train).values();
        double[] b = STRATEGY.bind(Map.of()).fit(train, Labels.empty(), FitContext.seeded(~seed)).score(train).values();
        assertThat(a).isEqualTo(b);
    }
}
