package io.iotad.pipeline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.iotad.core.config.InferenceConfig;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Scores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputDeviationTest {
    private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

    /**
     * @param days each day's scores, in order from D0
     * @return the scores, one row per value
     */
    private static Scores scores(double[]... days) {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("x"));
        List<Double> values = new ArrayList<>();
        for (int d = 0; d < days.length; d++) {
            for (int i = 0; i < days[d].length; i++) {
                b.add(new RowKey("a" + i, "b1", D0.plusDays(d)), 0);
                values.add(days[d][i]);
            }
        }
        return Scores.of(b.build(), values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** @return n scores: 0.01, 0.02, ..., n / 100 */
    private static double[] ramp(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (i + 1) / 100.0;
        }
        return v;
    }

    private static InferenceConfig inference(String... overrides) {
        return IotadConfig.defaults().withOverrides(List.of(overrides)).inference();
    }

    @Test
    void given_neither_threshold_nor_cap_when_measured_then_days_are_capped_at_the_default_ten() {
        // day 1: 25 rows, capped to 10; day 2: 5 rows. mean 7.5, capacity 10 -> |7.5 - 10| / 10
        double d = ThroughputDeviation.of(scores(ramp(25), ramp(5)), inference());
        assertThat(d).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void given_a_daily_cap_when_measured_then_every_day_at_or_over_it_meets_capacity_exactly() {
        double d = ThroughputDeviation.of(scores(ramp(25), ramp(5)), inference("inference.top_k_per_day=4"));
        assertThat(d).isZero();
    }

    @Test
    void given_a_threshold_only_when_measured_then_days_are_not_capped() {
        // threshold 0.20: day 1 (0.01..0.30) has 11 rows >= 0.20; day 2 (0.01..0.05) none; day 3 (0.01..0.50) 31.
        // mean (11 + 0 + 31) / 3 = 14, capacity 10 -> 0.4
        double d = ThroughputDeviation.of(scores(ramp(30), ramp(5), ramp(50)), inference("inference.alert_threshold=0.2"));
        assertThat(d).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void given_a_threshold_and_a_cap_when_measured_then_the_cap_applies_after_the_threshold() {
        // cap 5: day 1 min(11, 5) = 5; day 2 0; day 3 min(31, 5) = 5 -> mean 10 / 3, capacity 5 -> (5 - 10/3) / 5 = 1/3
        double d = ThroughputDeviation.of(scores(ramp(30), ramp(5), ramp(50)),
                inference("inference.alert_threshold=0.2", "inference.top_k_per_day=5"));
        assertThat(d).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void given_unscored_rows_when_measured_then_they_count_for_nothing_and_an_unscored_day_is_no_day() {
        double[] withNaN = {Double.NaN, 0.5, Double.NaN, 0.6};
        double[] allNaN = {Double.NaN, Double.NaN};
        // day 1: 2 scored rows, day 2 is not a scored day: mean 2, capacity 10 -> 0.8
        double d = ThroughputDeviation.of(scores(withNaN, allNaN), inference());
        assertThat(d).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void given_no_scored_row_when_measured_then_the_deviation_is_undefined() {
        assertThat(ThroughputDeviation.of(scores(new double[] {Double.NaN}), inference())).isNaN();
        assertThat(ThroughputDeviation.of(scores(), inference())).isNaN();
    }
}
