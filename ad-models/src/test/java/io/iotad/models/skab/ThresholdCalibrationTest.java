package io.iotad.models.skab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThresholdCalibrationTest {
    @Test
    void given_training_scores_when_calibrated_then_the_threshold_is_the_quantile_widened_by_the_margin() {
        double[] train = new double[101];
        for (int i = 0; i < train.length; i++) {
            train[i] = i;
        }
        train[5] = Double.NaN;

        assertThat(new ThresholdCalibration(1.0, 0, 1).threshold(train)).isEqualTo(100);
        double q90 = new ThresholdCalibration(0.9, 0, 1).threshold(train);
        assertThat(new ThresholdCalibration(0.9, 2, 1).threshold(train)).isCloseTo(q90 + 2 * (q90 - 50.5), within(1e-9));
    }

    @Test
    void given_scores_when_alarms_are_raised_then_only_smoothed_scores_above_the_threshold_alarm() {
        ThresholdCalibration c = new ThresholdCalibration(0.99, 0, 2);

        assertThat(c.smoothed(new double[] {0, 4, Double.NaN, 2})).containsExactly(0, 2, 4, 2);
        assertThat(c.alarms(new double[] {0, 4, Double.NaN, 2}, 2.5)).containsExactly(0, 0, 1, 0);
    }

    @Test
    void given_invalid_settings_when_built_then_the_error_names_them() {
        assertThatThrownBy(() -> new ThresholdCalibration(0.5, 0, 1)).hasMessageContaining("quantile");
        assertThatThrownBy(() -> new ThresholdCalibration(1.01, 0, 1)).hasMessageContaining("quantile");
        assertThatThrownBy(() -> new ThresholdCalibration(0.9, -1, 1)).hasMessageContaining("margin");
        assertThatThrownBy(() -> new ThresholdCalibration(0.9, 101, 1)).hasMessageContaining("margin");
        assertThatThrownBy(() -> new ThresholdCalibration(0.9, 0, 0)).hasMessageContaining("smooth");
        assertThatThrownBy(() -> new ThresholdCalibration(0.9, 0, 1).threshold(new double[] {Double.NaN}))
                .hasMessageContaining("no finite training score");
    }
}
