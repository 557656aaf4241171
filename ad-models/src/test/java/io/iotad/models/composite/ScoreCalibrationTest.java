package io.iotad.models.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreCalibrationTest {
    @Test
    void given_spread_scores_when_learned_then_median_and_mad_scale_are_used() {
        ScoreCalibration c = ScoreCalibration.learn(new double[] {1, 2, 3, 4, 100, Double.NaN});
        assertThat(c.median()).isEqualTo(3);
        assertThat(c.scale()).isCloseTo(1.4826, within(1e-4));
        assertThat(c.z(3 + 2 * c.scale())).isCloseTo(2.0, within(1e-12));
        assertThat(c.rank(3)).isEqualTo(0.6);
        assertThat(c.z(Double.NaN)).isNaN();
    }

    @Test
    void given_mostly_tied_scores_when_learned_then_the_mean_absolute_deviation_scale_is_used() {
        ScoreCalibration c = ScoreCalibration.learn(new double[] {0, 0, 0, 0, 0, 0, 1, 2});
        assertThat(c.scale()).isCloseTo(1.2533141373155 * 3 / 8, within(1e-12));
        assertThat(ScoreCalibration.learn(new double[] {5, 5, 5}).scale()).isEqualTo(1.0);
    }

    @Test
    void given_many_scores_when_learned_then_the_reference_is_thinned_keeping_the_extremes() {
        double[] s = new double[10_000];
        for (int i = 0; i < s.length; i++) {
            s[i] = s.length - i;
        }
        ScoreCalibration c = ScoreCalibration.learn(s);
        assertThat(c.reference()).hasSize(ScoreCalibration.MAX_REFERENCE);
        assertThat(c.reference()[0]).isEqualTo(1);
        assertThat(c.reference()[ScoreCalibration.MAX_REFERENCE - 1]).isEqualTo(10_000);
        assertThat(c.rank(5_000)).isCloseTo(0.5, within(0.001));
    }

    @Test
    void given_invalid_parts_when_constructed_or_no_scores_when_learned_then_they_are_rejected() {
        assertThatThrownBy(() -> ScoreCalibration.learn(new double[] {Double.NaN})).hasMessageContaining("no training row");
        assertThatThrownBy(() -> new ScoreCalibration(Double.NaN, 1, new double[] {1})).hasMessageContaining("median");
        assertThatThrownBy(() -> new ScoreCalibration(0, 0, new double[] {1})).hasMessageContaining("scale");
        assertThatThrownBy(() -> new ScoreCalibration(0, 1, new double[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> new ScoreCalibration(0, 1, new double[] {2, 1})).hasMessageContaining("sorted");
    }
}
