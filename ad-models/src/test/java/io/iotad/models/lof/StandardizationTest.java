package io.iotad.models.lof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StandardizationTest {
    @Test
    void given_rows_when_fitted_then_means_and_population_scales_are_learnt_and_constant_features_keep_scale_one() {
        double[] pts = {1, 7, 3, 7, 5, 7}; // x0: 1,3,5 (mean 3, population sd sqrt(8/3)); x1 constant
        Standardization s = Standardization.fit(pts, 2);
        assertThat(s.means()).containsExactly(3, 7);
        assertThat(s.scales()[0]).isCloseTo(Math.sqrt(8.0 / 3), within(1e-15));
        assertThat(s.scales()[1]).isEqualTo(1.0);
        s.applyInPlace(pts);
        assertThat(pts[0]).isCloseTo(-2 / Math.sqrt(8.0 / 3), within(1e-15));
        assertThat(pts[1]).isZero();
        assertThat(s.dimensions()).isEqualTo(2);
    }

    @Test
    void given_the_identity_when_applied_then_values_are_unchanged_bit_for_bit() {
        double[] pts = {0.1, -3e-300, 1e300};
        double[] copy = pts.clone();
        Standardization.identity(3).applyInPlace(pts);
        assertThat(pts).containsExactly(copy);
    }

    @Test
    void given_bad_arrays_when_built_then_they_are_rejected() {
        assertThatThrownBy(() -> new Standardization(new double[1], new double[2])).hasMessageContaining("differ in length");
        assertThatThrownBy(() -> new Standardization(new double[] {0}, new double[] {0})).hasMessageContaining("scale > 0");
        assertThatThrownBy(() -> new Standardization(new double[] {Double.NaN}, new double[] {1}))
                .hasMessageContaining("finite mean");
    }
}
