package io.iotad.models.stl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SeasonalTrendLoessTest {
    private static final StlParameters GOLDEN_PLAIN = new StlParameters(7, 7, 15, 9, 1, 1, 1, 2, 0);
    private static final StlParameters GOLDEN_ROBUST = new StlParameters(7, 7, 15, 9, 1, 1, 1, 1, 15);
    private static final double[] WEEK = {3.0, 2.5, 2.0, 1.0, 0.0, -4.0, -4.5};

    @Test
    void given_the_statsmodels_golden_series_when_decomposed_without_robustness_then_components_match() throws IOException {
        assertMatchesGolden("plain", GOLDEN_PLAIN);
    }

    @Test
    void given_the_statsmodels_golden_series_when_decomposed_robustly_then_components_match() throws IOException {
        assertMatchesGolden("robust", GOLDEN_ROBUST);
    }

    private static void assertMatchesGolden(String caseName, StlParameters params) throws IOException {
        List<double[]> rows = golden(caseName);
        double[] y = rows.stream().mapToDouble(r -> r[0]).toArray();
        StlDecomposition d = new SeasonalTrendLoess(params).decompose(y);
        for (int i = 0; i < y.length; i++) {
            assertThat(d.seasonal()[i]).as("seasonal[%d]", i).isCloseTo(rows.get(i)[1], within(1e-9));
            assertThat(d.trend()[i]).as("trend[%d]", i).isCloseTo(rows.get(i)[2], within(1e-9));
            assertThat(d.residual()[i]).as("residual[%d]", i).isCloseTo(rows.get(i)[3], within(1e-9));
        }
    }

    /** Rows of one case of stl_golden.csv (written by make_stl_golden.py): y, seasonal, trend, residual. */
    private static List<double[]> golden(String caseName) throws IOException {
        List<double[]> out = new ArrayList<>();
        try (InputStream in = SeasonalTrendLoessTest.class.getResourceAsStream("stl_golden.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                if (f[0].equals(caseName)) {
                    out.add(new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                            Double.parseDouble(f[4]), Double.parseDouble(f[5])});
                }
            }
        }
        assertThat(out).hasSize(140);
        return out;
    }

    @Test
    void given_trend_plus_weekly_season_plus_noise_when_decomposed_then_components_are_recovered() {
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 182;
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 30 + 0.04 * t + WEEK[t % 7] + 0.3 * gaussian(rnd);
        }
        StlDecomposition d = new SeasonalTrendLoess(StlOptions.defaults().stl()).decompose(y);
        for (int t = 14; t < n - 14; t++) {
            assertThat(d.seasonal()[t]).as("seasonal[%d]", t).isCloseTo(WEEK[t % 7] - 0.0, within(0.45));
            assertThat(d.trend()[t]).as("trend[%d]", t).isCloseTo(30 + 0.04 * t, within(0.45));
        }
    }

    @Test
    void given_gaps_when_decomposed_then_residual_is_nan_only_at_gaps_and_components_are_interpolated() {
        int n = 84;
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 10 + 0.1 * t + WEEK[t % 7];
        }
        y[20] = Double.NaN;
        y[21] = Double.NaN;
        y[60] = Double.NaN;
        StlDecomposition d = new SeasonalTrendLoess(StlOptions.defaults().stl()).decompose(y);
        for (int t = 0; t < n; t++) {
            if (Double.isNaN(y[t])) {
                assertThat(d.residual()[t]).isNaN();
                assertThat(d.robustnessWeights()[t]).isNaN();
                assertThat(d.seasonal()[t] + d.trend()[t]).isCloseTo(10 + 0.1 * t + WEEK[t % 7], within(1e-6));
            } else {
                assertThat(d.residual()[t]).isCloseTo(0.0, within(1e-6));
            }
        }
    }

    @Test
    void given_a_spike_when_decomposed_robustly_then_it_gets_zero_weight_and_stays_in_the_residual() {
        int n = 98;
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 20 + 0.05 * t + WEEK[t % 7] + 0.1 * Math.sin(t * 1.3);
        }
        y[49] += 15;
        StlDecomposition d = new SeasonalTrendLoess(StlOptions.defaults().stl()).decompose(y);
        assertThat(d.robustnessWeights()[49]).isZero();
        assertThat(d.residual()[49]).isCloseTo(15.0, within(0.6));
        assertThat(d.trend()[49]).isCloseTo(20 + 0.05 * 49, within(0.3));
    }

    @Test
    void given_a_phase_without_any_observation_when_decomposed_then_it_is_rejected() {
        double[] y = new double[28];
        for (int t = 0; t < y.length; t++) {
            y[t] = t % 7 == 3 ? Double.NaN : 1.0;
        }
        assertThatThrownBy(() -> new SeasonalTrendLoess(StlOptions.defaults().stl()).decompose(y))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phase 3");
    }

    @Test
    void given_fewer_than_two_periods_when_decomposed_then_it_is_rejected() {
        assertThatThrownBy(() -> new SeasonalTrendLoess(StlOptions.defaults().stl()).decompose(new double[13]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two periods");
    }

    @Property(tries = 40)
    void pure_periodic_plus_linear_series_has_almost_zero_residual(
            @ForAll @DoubleRange(min = -50, max = 50) double level,
            @ForAll @DoubleRange(min = -1, max = 1) double slope,
            @ForAll @DoubleRange(min = 0, max = 10) double amplitude,
            @ForAll @IntRange(min = 21, max = 200) int n) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = level + slope * t + amplitude * WEEK[t % 7];
        }
        StlDecomposition d = new SeasonalTrendLoess(StlOptions.defaults().stl()).decompose(y);
        double tolerance = 1e-7 * (1 + Math.abs(level) + Math.abs(slope) * n + amplitude * 5);
        for (int t = 0; t < n; t++) {
            assertThat(d.residual()[t]).isCloseTo(0.0, within(tolerance));
        }
    }

    @Property(tries = 20)
    void decomposition_is_deterministic(@ForAll @IntRange(min = 14, max = 120) int n, @ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = rnd.nextDouble() < 0.1 && t >= 7 ? Double.NaN : rnd.nextDouble() * 10;
        }
        SeasonalTrendLoess stl = new SeasonalTrendLoess(StlOptions.defaults().stl());
        assertThat(stl.decompose(y).residual()).isEqualTo(stl.decompose(y.clone()).residual());
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
