package io.iotad.models.regression;

import java.util.Arrays;

/**
 * One fitted linear model: y ≈ β<sub>0</sub> + Σ β<sub>j</sub> x<sub>j</sub>, with the standard
 * error of its residuals. Immutable.
 */
final class LinearFit {
    private final double[] coefficients;
    private final double residualStd;
    private final int rows;

    /**
     * @param coefficients intercept first, then one per driver (copied); finite
     * @param residualStd the regression standard error sqrt(SSR / (n − p)), in the target's unit, ≥ 0
     * @param rows the number of training rows, ≥ 1
     */
    public LinearFit(double[] coefficients, double residualStd, int rows) {
        if (coefficients.length < 1) {
            throw new IllegalArgumentException("a linear fit needs at least an intercept");
        }
        for (double c : coefficients) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("coefficients must be finite, got " + Arrays.toString(coefficients));
            }
        }
        if (!(residualStd >= 0) || Double.isInfinite(residualStd)) {
            throw new IllegalArgumentException("residualStd must be finite and >= 0, got " + residualStd);
        }
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be >= 1, got " + rows);
        }
        this.coefficients = coefficients.clone();
        this.residualStd = residualStd;
        this.rows = rows;
    }

    /** @return intercept then driver coefficients (a copy) */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return the residual standard error, target unit */
    public double residualStd() {
        return residualStd;
    }

    /** @return the number of rows it was fitted on */
    public int rows() {
        return rows;
    }

    /** @return the number of drivers */
    public int driverCount() {
        return coefficients.length - 1;
    }

    /**
     * @param x driver values, one per driver
     * @return the prediction; NaN when a driver is NaN
     */
    public double predict(double[] x) {
        double y = coefficients[0];
        for (int j = 0; j < x.length; j++) {
            y += coefficients[j + 1] * x[j];
        }
        return y;
    }
}
