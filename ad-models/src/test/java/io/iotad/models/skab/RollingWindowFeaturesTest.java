package io.iotad.models.skab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.iotad.core.frame.FeatureFrame;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RollingWindowFeaturesTest {
    private static SkabRecording stream(double[] x) {
        int n = x.length;
        double[][] v = new double[n][1];
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            v[i][0] = x[i];
            t[i] = 1_600_000_000L + i;
        }
        return new SkabRecording("/tmp/s.csv", List.of("p"), t, v, new int[n], new int[n]);
    }

    @Test
    void given_a_stream_when_features_are_computed_then_they_use_only_the_window_up_to_each_row() {
        RollingWindowFeatures f = new RollingWindowFeatures(2, List.of("diff", "raw", "std", "mean"));

        FeatureFrame out = f.apply(stream(new double[] {1, 3, Double.NaN, 7}));

        assertThat(out.schema().names()).containsExactly("p", "p_mean2", "p_std2", "p_diff");
        assertThat(out.column("p_mean2")).containsExactly(1, 2, 3, 7);
        assertThat(out.column("p_std2")[1]).isCloseTo(1.0, within(1e-12));
        assertThat(out.column("p_diff")[0]).isNaN();
        assertThat(out.column("p_diff")[1]).isEqualTo(2);
        assertThat(out.column("p_diff")[2]).isNaN();
        assertThat(out.apartmentId(3)).isEqualTo("s.csv#3");
    }

    @Property(tries = 20)
    void changing_a_later_reading_never_changes_an_earlier_row(@ForAll @IntRange(min = 1, max = 20) int window,
                                                               @ForAll @IntRange(min = 1, max = 49) int changed) {
        double[] x = new double[50];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i);
        }
        double[] y = x.clone();
        y[changed] += 100;
        RollingWindowFeatures f = new RollingWindowFeatures(window, RollingWindowFeatures.KINDS);

        FeatureFrame a = f.apply(stream(x));
        FeatureFrame b = f.apply(stream(y));

        for (int c = 0; c < a.schema().size(); c++) {
            for (int i = 0; i < changed; i++) {
                assertThat(Double.compare(a.value(i, c), b.value(i, c))).isZero();
            }
        }
    }

    @Test
    void given_invalid_settings_when_built_then_the_error_names_them() {
        assertThatThrownBy(() -> new RollingWindowFeatures(0, List.of("mean")))
                .hasMessageContaining("window").hasMessageContaining("'0'");
        assertThatThrownBy(() -> new RollingWindowFeatures(10_001, List.of("mean"))).hasMessageContaining("window");
        assertThatThrownBy(() -> new RollingWindowFeatures(5, List.of("median"))).hasMessageContaining("'median'");
        assertThatThrownBy(() -> new RollingWindowFeatures(5, List.of())).hasMessageContaining("empty");
    }
}
