package io.iotad.models.stl;

import java.util.Arrays;
import java.util.Objects;

/**
 * STL, the Seasonal-Trend decomposition procedure based on LOESS of Cleveland, Cleveland, McRae
 * &amp; Terpenning (1990), for series with gaps.
 *
 * <p>The inner loop, run n<sub>i</sub> times, (1) detrends the series; (2) smooths each
 * cycle-subseries (all observations at the same phase of the period) by LOESS with span
 * n<sub>s</sub>, extended by one cycle at each end; (3) low-pass filters the result by moving
 * averages of lengths n<sub>p</sub>, n<sub>p</sub> and 3 followed by LOESS with span
 * n<sub>l</sub>; (4) takes the seasonal as the smoothed subseries minus the low-pass; (5)
 * deseasonalises; (6) smooths the trend by LOESS with span n<sub>t</sub>. The outer loop computes
 * bisquare robustness weights B(|R| / 6·median|R|) from the residuals and repeats the inner loop
 * with them, n<sub>o</sub> times (so the inner loop runs n<sub>o</sub> + 1 times in all, as in the
 * reference Fortran implementation and statsmodels). One deliberate departure: the bisquare scale
 * h is floored at 10<sup>−9</sup> × max|y|, so that an (almost) exact fit, whose residuals are
 * rounding noise, keeps all its points instead of dropping them at random.
 *
 * <p><b>Gaps.</b> A missing observation (NaN) takes part in no LOESS fit: the subseries and trend
 * smoothers fit only observed points, so the seasonal and trend components are still estimated
 * (interpolated) at gap positions, and the residual there is NaN. Every cycle-subseries needs at
 * least one observation; a series with none at some phase cannot be decomposed.
 *
 * <p>Immutable and thread-safe. Reference: R. B. Cleveland, W. S. Cleveland, J. E. McRae and I.
 * Terpenning, "STL: A Seasonal-Trend Decomposition Procedure Based on Loess", Journal of Official
 * Statistics 6(1), 3–73, 1990.
 */
final class SeasonalTrendLoess {
    /** Relative floor of the bisquare scale h: residuals below 1e-9 × max|y| count as exact. */
    static final double EXACT_FIT_RELATIVE_SCALE = 1e-9;

    private final StlParameters p;

    /** @param parameters the smoothing parameters */
    public SeasonalTrendLoess(StlParameters parameters) {
        this.p = Objects.requireNonNull(parameters, "parameters");
    }

    /** @return the smoothing parameters */
    public StlParameters parameters() {
        return p;
    }

    /**
     * @param y the series, evenly spaced; NaN = missing
     * @return the decomposition
     * @throws IllegalArgumentException when the series is shorter than two periods or some phase of
     *     the period has no observation
     */
    public StlDecomposition decompose(double[] y) {
        int n = y.length;
        int np = p.period();
        if (n < 2 * np) {
            throw new IllegalArgumentException("series has " + n + " points; STL needs at least two periods ("
                    + 2 * np + ")");
        }
        for (int phase = 0; phase < np; phase++) {
            boolean seen = false;
            for (int i = phase; i < n && !seen; i += np) {
                seen = !Double.isNaN(y[i]);
            }
            if (!seen) {
                throw new IllegalArgumentException("series has no observation at phase " + phase + " of period "
                        + np + "; STL needs at least one per cycle-subseries");
            }
        }
        double[] trend = new double[n];
        double[] seasonal = new double[n];
        double[] rw = null;
        for (int pass = 0; pass <= p.outer(); pass++) {
            for (int it = 0; it < p.inner(); it++) {
                innerStep(y, rw, trend, seasonal);
            }
            if (pass < p.outer()) {
                rw = robustnessWeights(y, trend, seasonal);
            }
        }
        double[] residual = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            residual[i] = y[i] - seasonal[i] - trend[i];
            weights[i] = Double.isNaN(y[i]) ? Double.NaN : rw == null ? 1.0 : rw[i];
        }
        return new StlDecomposition(seasonal, trend, residual, weights);
    }

    private void innerStep(double[] y, double[] rw, double[] trend, double[] seasonal) {
        int n = y.length;
        int np = p.period();
        double[] detrended = new double[n];
        for (int i = 0; i < n; i++) {
            detrended[i] = y[i] - trend[i];
        }
        double[] cycle = smoothCycleSubseries(detrended, rw);
        double[] low = lowPass(cycle, n);
        for (int i = 0; i < n; i++) {
            seasonal[i] = cycle[np + i] - low[i];
        }
        double[] deseasonalised = new double[n];
        for (int i = 0; i < n; i++) {
            deseasonalised[i] = y[i] - seasonal[i];
        }
        double[] smoothed = smoothObserved(deseasonalised, rw, p.trend(), p.trendDegree());
        System.arraycopy(smoothed, 0, trend, 0, n);
    }

    /** Step 2: LOESS of each cycle-subseries, evaluated one cycle beyond each end; length n + 2 n_p. */
    private double[] smoothCycleSubseries(double[] x, double[] rw) {
        int n = x.length;
        int np = p.period();
        double[] out = new double[n + 2 * np];
        int maxLen = n / np + 1;
        double[] pos = new double[maxLen];
        double[] val = new double[maxLen];
        double[] wts = rw == null ? null : new double[maxLen];
        double[] scratch = new double[Math.min(p.seasonal(), maxLen)];
        for (int phase = 0; phase < np; phase++) {
            int len = (n - phase + np - 1) / np;
            int m = 0;
            for (int k = 0; k < len; k++) {
                int i = phase + k * np;
                if (!Double.isNaN(x[i])) {
                    pos[m] = k + 1;
                    val[m] = x[i];
                    if (wts != null) {
                        wts[m] = rw[i];
                    }
                    m++;
                }
            }
            double[] est = new double[len + 2]; // subseries positions 0 .. len + 1
            for (int k = 0; k <= len + 1; k++) {
                est[k] = LocalRegression.estimate(pos, val, wts, m, k, p.seasonal(), p.seasonalDegree(), scratch);
            }
            repairFailedEstimates(est, x, phase, np, len);
            for (int k = 0; k <= len + 1; k++) {
                out[phase + k * np] = est[k];
            }
        }
        return out;
    }

    /** Where every weight was 0: keep the observation, or borrow the neighbouring estimate (as the reference code does). */
    private static void repairFailedEstimates(double[] est, double[] x, int phase, int np, int len) {
        for (int k = 1; k <= len; k++) {
            if (Double.isNaN(est[k])) {
                est[k] = x[phase + (k - 1) * np];
            }
        }
        if (Double.isNaN(est[0])) {
            est[0] = est[1];
        }
        if (Double.isNaN(est[len + 1])) {
            est[len + 1] = est[len];
        }
    }

    /** Step 3: moving averages n_p, n_p, 3, then LOESS n_l; input length n + 2 n_p, output length n. */
    private double[] lowPass(double[] cycle, int n) {
        int np = p.period();
        double[] a = movingAverage(cycle, np);
        double[] b = movingAverage(a, np);
        double[] c = movingAverage(b, 3);
        return smoothObserved(c, null, p.lowPass(), p.lowPassDegree());
    }

    private static double[] movingAverage(double[] x, int len) {
        int m = x.length - len + 1;
        double[] out = new double[m];
        double s = 0;
        for (int i = 0; i < len; i++) {
            s += x[i];
        }
        out[0] = s / len;
        for (int i = 1; i < m; i++) {
            s += x[i + len - 1] - x[i - 1];
            out[i] = s / len;
        }
        return out;
    }

    /** LOESS of the observed (non-NaN) points of x, evaluated at every position 0 .. n − 1. */
    private static double[] smoothObserved(double[] x, double[] rw, int q, int degree) {
        int n = x.length;
        double[] pos = new double[n];
        double[] val = new double[n];
        double[] wts = rw == null ? null : new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(x[i])) {
                pos[m] = i + 1;
                val[m] = x[i];
                if (wts != null) {
                    wts[m] = rw[i];
                }
                m++;
            }
        }
        double[] out = new double[n];
        double[] scratch = new double[Math.min(q, Math.max(m, 1))];
        for (int i = 0; i < n; i++) {
            double e = m == 0 ? Double.NaN : LocalRegression.estimate(pos, val, wts, m, i + 1, q, degree, scratch);
            out[i] = Double.isNaN(e) ? x[i] : e;
        }
        return out;
    }

    private static double maxAbs(double[] y) {
        double m = 0;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    /** Bisquare weights of the residuals: B(|R| / h), h = 6 · median |R| over observed points. */
    private static double[] robustnessWeights(double[] y, double[] trend, double[] seasonal) {
        int n = y.length;
        double[] r = new double[n];
        double[] present = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            r[i] = Math.abs(y[i] - trend[i] - seasonal[i]);
            if (!Double.isNaN(r[i])) {
                present[m++] = r[i];
            }
        }
        double[] sorted = Arrays.copyOf(present, m);
        Arrays.sort(sorted);
        // the reference code's median: mean of the two middle order statistics
        double h = 3 * (sorted[m / 2] + sorted[m - m / 2 - 1]);
        // An exact fit leaves residuals of rounding size; bisquare weights of rounding noise would
        // drop points at random, so h never goes below rounding level of the data.
        h = Math.max(h, EXACT_FIT_RELATIVE_SCALE * maxAbs(y));
        double c9 = 0.999 * h;
        double c1 = 0.001 * h;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double ri = r[i];
            if (Double.isNaN(ri)) {
                w[i] = 0;
            } else if (ri <= c1) {
                w[i] = 1;
            } else if (ri <= c9) {
                double u = ri / h;
                u = 1 - u * u;
                w[i] = u * u;
            } else {
                w[i] = 0;
            }
        }
        return w;
    }
}
