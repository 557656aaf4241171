package io.iotad.models.svm;

/**
 * A one-class SVM's decision function with an RBF kernel:
 * {@code f(z) = Σ_i coef_i · exp(−gamma · |z − sv_i|²) − rho}; positive inside the learned support
 * of the data, negative outside.
 *
 * @param supportVectors the support vectors, in standardised feature space, one row each
 * @param coefficients one dual coefficient per support vector
 * @param rho the offset
 * @param gamma the kernel width, above 0
 */
public record RbfDecisionFunction(double[][] supportVectors, double[] coefficients, double rho, double gamma) {
    /** Validates and copies. */
    public RbfDecisionFunction {
        if (supportVectors.length != coefficients.length) {
            throw new IllegalArgumentException(supportVectors.length + " support vectors but "
                    + coefficients.length + " coefficients");
        }
        if (!(gamma > 0 && Double.isFinite(gamma)) || !Double.isFinite(rho)) {
            throw new IllegalArgumentException("gamma " + gamma + ", rho " + rho + "; expected finite, gamma > 0");
        }
        double[][] sv = new double[supportVectors.length][];
        for (int i = 0; i < sv.length; i++) {
            sv[i] = supportVectors[i].clone();
            if (i > 0 && sv[i].length != sv[0].length) {
                throw new IllegalArgumentException("support vector " + i + " has " + sv[i].length
                        + " values, expected " + sv[0].length);
            }
        }
        supportVectors = sv;
        coefficients = coefficients.clone();
    }

    /**
     * @param z a standardised row
     * @return the decision value, positive = inside
     */
    public double decision(double[] z) {
        double s = 0;
        for (int i = 0; i < supportVectors.length; i++) {
            double[] v = supportVectors[i];
            double d2 = 0;
            for (int j = 0; j < z.length; j++) {
                double d = z[j] - v[j];
                d2 += d * d;
            }
            s += coefficients[i] * StrictMath.exp(-gamma * d2); // StrictMath: the same bits on every JVM and CPU
        }
        return s - rho;
    }

    /** @return the number of support vectors */
    public int size() {
        return coefficients.length;
    }

    /** @return a copy of the support vectors, standardised, one row per vector */
    @Override
    public double[][] supportVectors() {
        double[][] sv = new double[supportVectors.length][];
        for (int i = 0; i < sv.length; i++) {
            sv[i] = supportVectors[i].clone();
        }
        return sv;
    }

    /** @return a copy of the dual coefficients, one per support vector */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }
}
