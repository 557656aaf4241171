package io.iotad.models.forest;

/**
 * Path-length normalisation of Isolation Forest (Liu, Ting and Zhou 2008, eq. 1): {@code c(n)}, the
 * average path length of an unsuccessful search in a binary search tree of n points,
 * {@code c(n) = 2 H(n − 1) − 2 (n − 1) / n} with the harmonic number {@code H(i) ≈ ln(i) + γ},
 * {@code c(2) = 1} and {@code c(n) = 0} for n ≤ 1. The same approximation as scikit-learn, so
 * scores are comparable.
 */
final class PathLength {
    /** The Euler–Mascheroni constant γ. */
    public static final double EULER_GAMMA = 0.5772156649015329;

    private PathLength() {
    }

    /**
     * @param n number of points, at least 0
     * @return c(n) in edges
     * @throws IllegalArgumentException for a negative n
     */
    public static double average(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        if (n <= 1) {
            return 0.0;
        }
        if (n == 2) {
            return 1.0;
        }
        return 2.0 * (Math.log(n - 1.0) + EULER_GAMMA) - 2.0 * (n - 1.0) / n;
    }

    /**
     * The anomaly score of a mean path length: {@code s = 2^(−E[h] / c(psi))}.
     *
     * @param meanPathLength E[h], the mean path length over the trees, at least 0
     * @param psi the subsample size the trees were grown on, at least 2
     * @return s in (0, 1]: near 1 = anomalous, well below 0.5 = normal, about 0.5 everywhere = no
     *     distinct anomaly
     */
    public static double score(double meanPathLength, int psi) {
        return Math.pow(2.0, -meanPathLength / average(psi));
    }
}
