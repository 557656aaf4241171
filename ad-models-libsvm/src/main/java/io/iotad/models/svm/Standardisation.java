package io.iotad.models.svm;

/**
 * Per-feature centring and scaling learned on training rows: {@code z = (x − mean) / scale}. A
 * feature constant in training gets scale 1, so it centres to 0 instead of dividing by 0.
 *
 * @param mean per-feature mean
 * @param scale per-feature population standard deviation (1 where it was 0), all finite and above 0
 */
public record Standardisation(double[] mean, double[] scale) {
    /** Validates and copies the arrays. */
    public Standardisation {
        if (mean.length != scale.length) {
            throw new IllegalArgumentException("mean has " + mean.length + " values, scale " + scale.length);
        }
        for (int j = 0; j < scale.length; j++) {
            if (!(scale[j] > 0 && Double.isFinite(scale[j])) || !Double.isFinite(mean[j])) {
                throw new IllegalArgumentException("feature " + j + ": mean " + mean[j] + ", scale " + scale[j]
                        + "; expected a finite mean and a finite scale > 0");
            }
        }
        mean = mean.clone();
        scale = scale.clone();
    }

    /**
     * @param rows complete training rows (no NaN), at least one
     * @return the standardisation fitted on them
     */
    public static Standardisation fit(double[][] rows) {
        int f = rows[0].length;
        double[] mean = new double[f];
        double[] scale = new double[f];
        for (int j = 0; j < f; j++) {
            double s = 0;
            for (double[] r : rows) {
                s += r[j];
            }
            double m = s / rows.length;
            double ss = 0;
            for (double[] r : rows) {
                ss += (r[j] - m) * (r[j] - m);
            }
            double sd = Math.sqrt(ss / rows.length);
            mean[j] = m;
            scale[j] = sd > 0 && Double.isFinite(sd) ? sd : 1.0;
        }
        return new Standardisation(mean, scale);
    }

    /** @return the number of features */
    public int size() {
        return mean.length;
    }

    /**
     * @param row raw values, one per feature
     * @return the standardised values, a new array
     */
    public double[] apply(double[] row) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = (row[j] - mean[j]) / scale[j];
        }
        return z;
    }

    /** @return a copy of the per-feature means */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** @return a copy of the per-feature scales (population standard deviation, 1 where it was 0), all above 0 */
    @Override
    public double[] scale() {
        return scale.clone();
    }
}
