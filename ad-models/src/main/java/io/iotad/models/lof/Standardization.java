package io.iotad.models.lof;

import java.util.Arrays;

/**
 * Per-feature centring and scaling learnt from training rows: {@code z = (x − mean) / scale}, with
 * scale the population standard deviation, or 1 for a constant feature (as scikit-learn's
 * {@code StandardScaler} does). The identity ({@link #identity(int)}) leaves values unchanged.
 *
 * @param means one mean per feature, in the feature's unit
 * @param scales one positive scale per feature, in the feature's unit
 */
record Standardization(double[] means, double[] scales) {
    /** Validates and copies the arrays. */
    public Standardization {
        if (means.length != scales.length) {
            throw new IllegalArgumentException("means and scales differ in length: " + means.length + " vs " + scales.length);
        }
        for (int j = 0; j < scales.length; j++) {
            if (!(scales[j] > 0) || Double.isInfinite(scales[j]) || !Double.isFinite(means[j])) {
                throw new IllegalArgumentException("feature " + j + ": need a finite mean and a finite scale > 0, got mean="
                        + means[j] + ", scale=" + scales[j]);
            }
        }
        means = means.clone();
        scales = scales.clone();
    }

    /**
     * @param d number of features
     * @return the transformation that leaves values unchanged
     */
    public static Standardization identity(int d) {
        double[] ones = new double[d];
        Arrays.fill(ones, 1.0);
        return new Standardization(new double[d], ones);
    }

    /**
     * Learns means and scales.
     *
     * @param points row-major values, {@code n * d}, all finite, n at least 1
     * @param d features per row
     * @return the standardisation
     */
    public static Standardization fit(double[] points, int d) {
        int n = points.length / d;
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += points[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[] var = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double t = points[i * d + j] - mean[j];
                var[j] += t * t;
            }
        }
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double s = Math.sqrt(var[j] / n);
            scale[j] = s > 0 && Double.isFinite(s) ? s : 1.0;
        }
        return new Standardization(mean, scale);
    }

    /** @return the number of features */
    public int dimensions() {
        return means.length;
    }

    /**
     * Transforms rows in place.
     *
     * @param points row-major values, {@code n * d}
     */
    public void applyInPlace(double[] points) {
        int d = means.length;
        for (int i = 0; i < points.length; i++) {
            int j = i % d;
            points[i] = (points[i] - means[j]) / scales[j];
        }
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] scales() {
        return scales.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Standardization s && Arrays.equals(s.means, means) && Arrays.equals(s.scales, scales);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(means) + Arrays.hashCode(scales);
    }

    @Override
    public String toString() {
        return "Standardization[means=" + Arrays.toString(means) + ", scales=" + Arrays.toString(scales) + "]";
    }
}
