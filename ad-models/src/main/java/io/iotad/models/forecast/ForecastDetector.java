package io.iotad.models.forecast;

import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import io.iotad.models.series.ApartmentDays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * A {@code forecast} detector, the seed's experiment 6 (Prophet) on daily data: each apartment-day's
 * target (daily heating energy) is forecast from the apartment's own trailing days, and scored by
 * how far the observed value falls outside the forecast's prediction interval.
 *
 * <p><b>Model.</b> For apartment {@code a} and day {@code D}, on the usable days {@code D − W .. D − 1}
 * ({@code W} = {@code window_days}; a day is usable when target and HDD are present):
 * <pre>  y = b0 + b_dow(weekday) + b_hol × holiday + b_hdd × HDD + e</pre>
 * with six weekday effects (Sunday is the baseline: weekly seasonality), a holiday effect (the
 * {@code holidays} calendar and {@code extra_holidays}; a holiday counts as itself, not as its
 * weekday's effect) and the weather regressor. The coefficients are least squares with a tiny ridge
 * ({@link #RIDGE} on every coefficient but the intercept, so a weekday or holiday absent from the
 * window gets effect 0 instead of a singular fit), solved with Commons Math's LU decomposition.
 * Day {@code D} itself and later days are never read for day {@code D}.
 *
 * <p><b>Score.</b> With residual variance {@code s² = RSS / (n − 9)} (floored at
 * {@code min_scale²}) and {@code x0} the day's regressors, the forecast's standard error is
 * {@code se = s √(1 + x0ᵀ (XᵀX + λ)⁻¹ x0)} and the prediction interval of coverage
 * {@code interval_width} is {@code ŷ ± t × se} (t: Student's quantile at {@code (1 + width) / 2},
 * {@code n − 9} degrees of freedom). The score is {@code (y − ŷ) / (t × se)} — its absolute value for
 * {@code residual_side = absolute}: 1 at the interval's edge, above 1 outside it.
 *
 * <p><b>Missing values</b> ({@link MissingValuePolicy#SKIP_ROW}): a day whose target or HDD is
 * missing, or with fewer than {@code min_history_days} usable days in its window (an apartment's
 * first weeks), scores NaN. The fitted state is the options only: every score is a fresh fit on
 * the scored day's window, as a production forecaster refits daily. Deterministic, immutable and
 * thread-safe.
 */
public final class ForecastDetector extends AbstractDetector<ForecastOptions> {
    /** Ridge penalty on every coefficient but the intercept (target unit squared per unit regressor squared). */
    public static final double RIDGE = 1e-6;

    /**
     * @param options the options it was fitted with
     */
    public ForecastDetector(ForecastOptions options) {
        super(ForecastStrategy.NAME, FeatureSchema.of(options.target(), options.hddFeature()), MissingValuePolicy.SKIP_ROW,
                options);
    }

    /** @return {@code window_days}: the trailing days each forecast is fitted on */
    @Override
    public int historyDays() {
        return options().windowDays();
    }

    @Override
    public Scores score(FeatureFrame frame) {
        return Scores.of(frame, forecasts(frame).scores());
    }

    /**
     * Forecasts every row of a frame from the earlier rows of its apartment.
     *
     * @param frame rows and their history; must hold the target and the HDD feature
     * @return per row the forecast, the interval's half-width and the score (NaN where not forecast)
     * @throws IllegalArgumentException when the frame lacks the target or the HDD feature
     */
    public Forecasts forecasts(FeatureFrame frame) {
        return forecasts(frame, false);
    }

    /**
     * @param frame rows and their history
     * @return whether at least one row of the frame can be forecast (stops at the first)
     */
    boolean anyForecast(FeatureFrame frame) {
        double[] s = forecasts(frame, true).scores();
        for (double v : s) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    private Forecasts forecasts(FeatureFrame frame, boolean firstOnly) {
        frame.schema().require(options().target());
        frame.schema().require(options().hddFeature());
        double[] y = frame.column(options().target());
        double[] hdd = frame.column(options().hddFeature());
        int n = frame.rowCount();
        double[] predicted = new double[n];
        double[] halfWidth = new double[n];
        double[] score = new double[n];
        Arrays.fill(predicted, Double.NaN);
        Arrays.fill(halfWidth, Double.NaN);
        Arrays.fill(score, Double.NaN);
        ForecastOptions o = options();
        double[] tQuantile = new double[o.windowDays() + 1];
        Arrays.fill(tQuantile, Double.NaN);
        List<ApartmentDays> apartments = ApartmentDays.of(frame);
        int p = ForecastOptions.PARAMETERS;
        double[][] x = new double[o.windowDays()][];
        double[] target = new double[o.windowDays()];
        for (ApartmentDays a : apartments) {
            double[] dy = a.daily(y);
            double[] dh = a.daily(hdd);
            double[][] regressors = new double[a.span()][];
            for (int t = 0; t < a.span(); t++) {
                if (!Double.isNaN(dh[t])) {
                    regressors[t] = regressors(LocalDate.ofEpochDay(a.firstEpochDay() + t), dh[t], o);
                }
            }
            for (int i = 0; i < a.rowCount(); i++) {
                int t = a.offset(i);
                if (Double.isNaN(dy[t]) || regressors[t] == null) {
                    continue;
                }
                int k = 0;
                for (int s = Math.max(0, t - o.windowDays()); s < t; s++) {
                    if (!Double.isNaN(dy[s]) && regressors[s] != null) {
                        x[k] = regressors[s];
                        target[k++] = dy[s];
                    }
                }
                if (k < o.minHistoryDays()) {
                    continue;
                }
                double[] f = forecast(x, target, k, regressors[t], p);
                if (f == null) {
                    continue;
                }
                int df = k - p;
                if (Double.isNaN(tQuantile[df])) {
                    tQuantile[df] = new TDistribution(null, df).inverseCumulativeProbability((1 + o.intervalWidth()) / 2);
                }
                double s = Math.max(f[1], o.minScale());
                double half = tQuantile[df] * s * Math.sqrt(1 + f[2]);
                int row = a.row(i);
                predicted[row] = f[0];
                halfWidth[row] = half;
                score[row] = o.residualSide().score((dy[t] - f[0]) / half);
                if (firstOnly) {
                    return new Forecasts(predicted, halfWidth, score);
                }
            }
        }
        return new Forecasts(predicted, halfWidth, score);
    }

    /**
     * @param day the calendar day
     * @param hdd its heating degree-days
     * @param o the options (holiday calendar)
     * @return the regressors: 1, Monday..Saturday indicators, holiday indicator, HDD
     */
    static double[] regressors(LocalDate day, double hdd, ForecastOptions o) {
        double[] r = new double[ForecastOptions.PARAMETERS];
        r[0] = 1;
        boolean holiday = o.isHoliday(day);
        DayOfWeek w = day.getDayOfWeek();
        if (holiday) {
            r[7] = 1;
        } else if (w != DayOfWeek.SUNDAY) {
            r[w.getValue()] = 1; // MONDAY = 1 .. SATURDAY = 6
        }
        r[8] = hdd;
        return r;
    }

    /**
     * @return {forecast, residual standard deviation, x0ᵀ (XᵀX + λ)⁻¹ x0}, or null when the system is singular
     */
    private static double[] forecast(double[][] x, double[] y, int n, double[] x0, int p) {
        double[][] a = new double[p][p];
        double[] b = new double[p];
        for (int i = 0; i < n; i++) {
            double[] xi = x[i];
            for (int j = 0; j < p; j++) {
                if (xi[j] == 0) {
                    continue;
                }
                b[j] += xi[j] * y[i];
                for (int l = 0; l < p; l++) {
                    a[j][l] += xi[j] * xi[l];
                }
            }
        }
        for (int j = 1; j < p; j++) {
            a[j][j] += RIDGE;
        }
        RealMatrix am = new Array2DRowRealMatrix(a, false);
        DecompositionSolver solver = new LUDecomposition(am).getSolver();
        RealVector beta;
        RealVector v;
        try {
            beta = solver.solve(new ArrayRealVector(b, false));
            v = solver.solve(new ArrayRealVector(x0, false));
        } catch (SingularMatrixException e) {
            return null;
        }
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double e = y[i] - dot(beta, x[i]);
            rss += e * e;
        }
        double leverage = v.dotProduct(new ArrayRealVector(x0, false));
        return new double[] {dot(beta, x0), Math.sqrt(rss / (n - p)), Math.max(0, leverage)};
    }

    private static double dot(RealVector beta, double[] x) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += beta.getEntry(j) * x[j];
        }
        return s;
    }

    @Override
    public String toString() {
        return "ForecastDetector[" + options().toMap() + "]";
    }

    /**
     * Per-row forecasts of a frame (NaN where a row is not forecast).
     *
     * @param predicted the forecast ŷ, target unit
     * @param halfWidth half-width of the prediction interval, target unit
     * @param scores the anomaly score: error over half-width (absolute or signed)
     */
    public record Forecasts(double[] predicted, double[] halfWidth, double[] scores) {
    }
}
