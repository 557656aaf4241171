package io.iotad.pipeline.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The drift statistics of one scored sample against its {@link ReferenceDistribution}.
 *
 * <ul>
 *   <li><b>Population-stability index</b>: {@code PSI = Σ (a_i − e_i) · ln(a_i / e_i)} over bins whose
 *       edges are the reference's distinct deciles, plus a bin below the reference's minimum, one for
 *       its maximum itself and one above it; {@code e_i} is the reference share of bin {@code i},
 *       {@code a_i} the sample's, each floored at {@value #EPSILON} so that an empty bin counts
 *       (values beyond the training range weigh {@code ln(a / 0.0001)}).</li>
 *   <li><b>Kolmogorov–Smirnov distance</b>: {@code D = sup_x |F_n(x) − F(x)|}, the largest gap between
 *       the sample's empirical distribution function and the reference's, in [0, 1].</li>
 * </ul>
 */
public final class DriftStatistics {
    /** Floor of a bin share in the population-stability index. */
    public static final double EPSILON = 1e-4;

    private DriftStatistics() {
    }

    /**
     * @param expected reference shares per bin, each in [0, 1]
     * @param actual sample shares per bin, same length
     * @return {@code Σ (a − e) ln(a / e)} with each share floored at {@value #EPSILON}, at least 0
     * @throws IllegalArgumentException when the lengths differ
     */
    public static double psi(double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            throw new IllegalArgumentException("expected " + expected.length + " bins, got " + actual.length);
        }
        double sum = 0;
        for (int i = 0; i < expected.length; i++) {
            double e = Math.max(EPSILON, expected[i]);
            double a = Math.max(EPSILON, actual[i]);
            sum += (a - e) * Math.log(a / e);
        }
        return sum;
    }

    /**
     * @param reference the training distribution, with present values
     * @param sample the scored values, present ones only, at least one
     * @return the population-stability index of the sample against the reference's decile bins
     */
    public static double psi(ReferenceDistribution reference, double[] sample) {
        requireSample(sample);
        double[] q = reference.quantiles();
        List<Double> edges = new ArrayList<>();
        for (int i = 0; i < q.length; i += 2) { // the deciles: levels 0, 0.1, ..., 1
            if (edges.isEmpty() || q[i] > edges.get(edges.size() - 1)) {
                edges.add(q[i]);
            }
        }
        int r = edges.size();
        // bins: (-inf, v1), [v1, v2), ..., [v(r-1), vr), [vr, vr], (vr, +inf)
        double[] expected = new double[r + 2];
        double[] actual = new double[r + 2];
        for (int j = 0; j + 1 < r; j++) {
            expected[j + 1] = reference.cdfBelow(edges.get(j + 1)) - reference.cdfBelow(edges.get(j));
        }
        double max = edges.get(r - 1);
        expected[r] = reference.cdf(max) - reference.cdfBelow(max);
        for (double x : sample) {
            actual[bin(edges, x)]++;
        }
        for (int i = 0; i < actual.length; i++) {
            actual[i] /= sample.length;
        }
        return psi(expected, actual);
    }

    private static int bin(List<Double> edges, double x) {
        int r = edges.size();
        if (x < edges.get(0)) {
            return 0;
        }
        if (x > edges.get(r - 1)) {
            return r + 1;
        }
        if (x == edges.get(r - 1)) {
            return r;
        }
        int j = 0;
        while (edges.get(j + 1) <= x) {
            j++;
        }
        return j + 1;
    }

    /**
     * @param reference the training distribution, with present values
     * @param sample the scored values, present ones only, at least one
     * @return the Kolmogorov–Smirnov distance {@code sup |F_n − F|}, in [0, 1]
     */
    public static double ks(ReferenceDistribution reference, double[] sample) {
        requireSample(sample);
        double[] x = sample.clone();
        Arrays.sort(x);
        int n = x.length;
        double d = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && x[j] == x[i]) {
                j++;
            }
            double below = i / (double) n; // F_n(x-)
            double atOrBelow = j / (double) n; // F_n(x)
            d = Math.max(d, Math.abs(atOrBelow - reference.cdf(x[i])));
            d = Math.max(d, Math.abs(below - reference.cdfBelow(x[i])));
            i = j;
        }
        return Math.min(1, d);
    }

    private static void requireSample(double[] sample) {
        if (sample.length == 0) {
            throw new IllegalArgumentException("the sample is empty");
        }
        for (double v : sample) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("the sample holds a missing value; pass present values only");
            }
        }
    }
}
