package io.iotad.models.stl;

/**
 * The smoothing parameters of STL (Cleveland, Cleveland, McRae &amp; Terpenning 1990, §3), in the
 * paper's notation. Validated on construction.
 *
 * @param period n<sub>p</sub>, observations per seasonal cycle, at least 2 (7 for a weekly
 *     season on daily data)
 * @param seasonal n<sub>s</sub>, the seasonal LOESS span in cycles, odd and at least 3
 * @param trend n<sub>t</sub>, the trend LOESS span in observations, odd and at least 3
 * @param lowPass n<sub>l</sub>, the low-pass LOESS span in observations, odd and at least 3
 * @param seasonalDegree LOESS degree of the cycle-subseries smoothing, 0 or 1
 * @param trendDegree LOESS degree of the trend smoothing, 0 or 1
 * @param lowPassDegree LOESS degree of the low-pass filter, 0 or 1
 * @param inner n<sub>i</sub>, passes of the inner loop per outer pass, at least 1
 * @param outer n<sub>o</sub>, robustness iterations of the outer loop, at least 0 (0 = not robust)
 */
public record StlParameters(int period, int seasonal, int trend, int lowPass, int seasonalDegree,
                            int trendDegree, int lowPassDegree, int inner, int outer) {
    /**
     * Validates every parameter.
     *
     * @param period n<sub>p</sub>, observations per seasonal cycle, at least 2 (7 for a weekly
     *     season on daily data)
     * @param seasonal n<sub>s</sub>, the seasonal LOESS span in cycles, odd and at least 3
     * @param trend n<sub>t</sub>, the trend LOESS span in observations, odd and at least 3
     * @param lowPass n<sub>l</sub>, the low-pass LOESS span in observations, odd and at least 3
     * @param seasonalDegree LOESS degree of the cycle-subseries smoothing, 0 or 1
     * @param trendDegree LOESS degree of the trend smoothing, 0 or 1
     * @param lowPassDegree LOESS degree of the low-pass filter, 0 or 1
     * @param inner n<sub>i</sub>, passes of the inner loop per outer pass, at least 1
     * @param outer n<sub>o</sub>, robustness iterations of the outer loop, at least 0 (0 = not robust)
     * @throws IllegalArgumentException naming the parameter, its value and the expectation
     */
    public StlParameters {
        if (period < 2) {
            throw new IllegalArgumentException("stl period n_p is " + period + "; expected at least 2");
        }
        requireOddAtLeast3("seasonal n_s", seasonal);
        requireOddAtLeast3("trend n_t", trend);
        requireOddAtLeast3("low-pass n_l", lowPass);
        requireDegree("seasonal_degree", seasonalDegree);
        requireDegree("trend_degree", trendDegree);
        requireDegree("low_pass_degree", lowPassDegree);
        if (inner < 1) {
            throw new IllegalArgumentException("stl inner n_i is " + inner + "; expected at least 1");
        }
        if (outer < 0) {
            throw new IllegalArgumentException("stl outer n_o is " + outer + "; expected at least 0");
        }
    }

    /**
     * The paper's default trend span: the least odd integer ≥ 1.5 n<sub>p</sub> / (1 − 1.5 /
     * n<sub>s</sub>) (§3.5, chosen so the trend and seasonal smoothers do not compete).
     *
     * @param period n<sub>p</sub>
     * @param seasonal n<sub>s</sub>
     * @return the default n<sub>t</sub>, odd and at least 3
     */
    public static int defaultTrend(int period, int seasonal) {
        return leastOddAtLeast(1.5 * period / (1 - 1.5 / seasonal));
    }

    /**
     * The paper's default low-pass span: the least odd integer ≥ n<sub>p</sub> (§3.5).
     *
     * @param period n<sub>p</sub>
     * @return the default n<sub>l</sub>, odd and at least 3
     */
    public static int defaultLowPass(int period) {
        return leastOddAtLeast(period);
    }

    private static int leastOddAtLeast(double v) {
        int c = (int) Math.ceil(v - 1e-9);
        if (c % 2 == 0) {
            c++;
        }
        return Math.max(3, c);
    }

    private static void requireOddAtLeast3(String name, int v) {
        if (v < 3 || v % 2 == 0) {
            throw new IllegalArgumentException("stl " + name + " is " + v + "; expected an odd integer >= 3");
        }
    }

    private static void requireDegree(String name, int v) {
        if (v != 0 && v != 1) {
            throw new IllegalArgumentException("stl " + name + " is " + v + "; expected 0 or 1");
        }
    }
}
