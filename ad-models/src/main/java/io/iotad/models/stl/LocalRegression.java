package io.iotad.models.stl;

/**
 * LOESS at one point (Cleveland 1979; the local estimate of STL, Cleveland et al. 1990, §2): a
 * weighted least-squares fit of degree 0 or 1 over the {@code q} observed points nearest to the
 * evaluation position, with tricube neighbourhood weights times the caller's robustness weights.
 *
 * <p>When {@code q} exceeds the number of observed points {@code m}, the neighbourhood radius is
 * enlarged by ⌊(q − m)/2⌋, as in the paper's reference implementation. Missing points are simply
 * absent from the position array, which is how STL's smoothers skip gaps.
 */
final class LocalRegression {
    private LocalRegression() {
    }

    /**
     * @param pos positions of the observed points, strictly increasing
     * @param y their values
     * @param rw their robustness weights in [0, 1], or null for all 1
     * @param m the number of points to use from the arrays (a prefix), at least 1
     * @param x where to estimate (may lie outside the points' range: extrapolation)
     * @param q the neighbourhood size, at least 1
     * @param degree 0 (local constant) or 1 (local linear)
     * @param w scratch space for the weights, at least min(q, m) long (reused across calls)
     * @return the estimate, NaN when every weight in the neighbourhood is 0
     */
    static double estimate(double[] pos, double[] y, double[] rw, int m, double x, int q, int degree, double[] w) {
        int width = Math.min(q, m);
        int left = nearestWindowStart(pos, m, x, width);
        int right = left + width - 1;
        double h = Math.max(x - pos[left], pos[right] - x);
        if (q > m) {
            h += (q - m) / 2;
        }
        double h9 = 0.999 * h;
        double h1 = 0.001 * h;
        double sum = 0;
        for (int j = 0; j < width; j++) {
            double r = Math.abs(pos[left + j] - x);
            double wj = 0;
            if (r <= h9) {
                if (r <= h1) {
                    wj = 1;
                } else {
                    double t = r / h;
                    t = 1 - t * t * t;
                    wj = t * t * t;
                }
                if (rw != null) {
                    wj *= rw[left + j];
                }
            }
            w[j] = wj;
            sum += wj;
        }
        if (!(sum > 0)) {
            return Double.NaN;
        }
        for (int j = 0; j < width; j++) {
            w[j] /= sum;
        }
        if (h > 0 && degree == 1) {
            double a = 0;
            for (int j = 0; j < width; j++) {
                a += w[j] * pos[left + j];
            }
            double b = x - a;
            double c = 0;
            for (int j = 0; j < width; j++) {
                double d = pos[left + j] - a;
                c += w[j] * d * d;
            }
            double range = pos[m - 1] - pos[0];
            if (Math.sqrt(c) > 0.001 * range) {
                b /= c;
                for (int j = 0; j < width; j++) {
                    w[j] *= b * (pos[left + j] - a) + 1;
                }
            }
        }
        double est = 0;
        for (int j = 0; j < width; j++) {
            est += w[j] * y[left + j];
        }
        return est;
    }

    /** Start of the {@code width} consecutive points nearest to {@code x} (ties go left). */
    private static int nearestWindowStart(double[] pos, int m, double x, int width) {
        if (width >= m) {
            return 0;
        }
        int lo = 0;
        int hi = m;
        while (lo < hi) { // first index with pos >= x
            int mid = (lo + hi) >>> 1;
            if (pos[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int left = lo;
        int right = lo - 1; // empty window [left, right]
        while (right - left + 1 < width) {
            if (left == 0) {
                right++;
            } else if (right == m - 1) {
                left--;
            } else if (x - pos[left - 1] <= pos[right + 1] - x) {
                left--;
            } else {
                right++;
            }
        }
        return left;
    }
}
