package io.iotad.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import io.iotad.models.testing.DailyFrames;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each strategy declares as the history a score needs (Detector.historyDays). */
class HistoryDaysTest {
    private static final FeatureFrame TRAIN = DailyFrames.heating(3, 60, 3);

    private static Detector fit(String strategy, Map<String, ?> options) {
        return DetectorStrategies.byName(strategy).bind(options).fit(TRAIN, Labels.empty(), FitContext.seeded(5));
    }

    @Test
    void given_row_wise_detectors_when_asked_then_they_need_no_history() {
        for (String s : List.of("isolation_forest", "lof", "lr_residual")) {
            assertThat(fit(s, Map.of()).historyDays()).as(s).isZero();
        }
        assertThat(fit("rules", Map.of()).historyDays()).as("the heating rule reads its own day").isZero();
    }

    @Test
    void given_stl_when_asked_then_it_needs_the_span_of_its_seasonal_and_trend_smoothers() {
        assertThat(fit("stl", Map.of()).historyDays()).isEqualTo(7 * 7 + 15);
        assertThat(fit("stl", Map.of("seasonal", 3, "trend", 9)).historyDays()).isEqualTo(3 * 7 + 9);
    }

    @Test
    void given_history_rules_when_asked_then_the_longest_lookback_counts() {
        Map<String, Object> persistence = Map.of("type", "persistence", "name", "cold", "feature", "avg_temp_diff",
                "op", "<", "value", -3.0, "days", 4);
        Map<String, Object> shift = Map.of("type", "level_shift", "name", "jump", "feature", "daily_energy_kwh",
                "recent_days", 3, "baseline_days", 7, "min_shift", 5.0);

        assertThat(fit("rules", Map.of("rules", List.of(persistence))).historyDays()).isEqualTo(3);
        assertThat(fit("rules", Map.of("rules", List.of(persistence, shift))).historyDays()).isEqualTo(3 + 7 - 1);
    }

    @Test
    void given_a_composite_when_asked_then_it_needs_what_its_longest_component_needs() {
        Map<String, Object> options = Map.of("components", List.of(Map.of("name", "lr", "strategy", "lr_residual"),
                Map.of("name", "season", "strategy", "stl")), "combine", "mean_rank");

        assertThat(fit("composite", options).historyDays()).isEqualTo(7 * 7 + 15);
        assertThat(fit("lr_lof", Map.of()).historyDays()).isZero();
    }
}
