package io.iotad.models.lof;

import io.iotad.models.neighbors.NeighborHeap;
import io.iotad.models.neighbors.NeighborIndex;
import io.iotad.models.parallel.RowChunks;

/**
 * The fitted state of a Local Outlier Factor model (Breunig et al. 2000): the training points, each
 * point's k-distance (distance to its k-th nearest other training point) and local reachability
 * density, and a neighbour index over the points.
 *
 * <p>Definitions, with {@code N_k(p)} the k nearest training points of p:
 * {@code reach-dist_k(p, o) = max(k-distance(o), d(p, o))};
 * {@code lrd(p) = 1 / (mean_{o in N_k(p)} reach-dist_k(p, o) + 1e-10)}; the LOF of a new point p is
 * {@code mean_{o in N_k(p)} lrd(o) / lrd(p)}. The {@code 1e-10} keeps the density finite where k or
 * more training points coincide; it is scikit-learn's constant, so scores match its
 * {@code LocalOutlierFactor(novelty=True)}. When training points are fitted, a point is not its
 * own neighbour (if duplicates crowd it out of its k + 1 nearest, the nearest is dropped instead,
 * again as scikit-learn does).
 *
 * <p>Immutable after construction and safe to score from many threads.
 */
final class LofTrainingSet {
    /** scikit-learn's guard against a zero mean reachability distance. */
    static final double DENSITY_EPSILON = 1e-10;

    private final double[] points;
    private final int d;
    private final int k;
    private final double[] kDistance;
    private final double[] lrd;
    private final NeighborIndex index;

    private LofTrainingSet(double[] points, int d, int k, double[] kDistance, double[] lrd, NeighborIndex index) {
        this.points = points;
        this.d = d;
        this.k = k;
        this.kDistance = kDistance;
        this.lrd = lrd;
        this.index = index;
    }

    /**
     * Computes k-distances and densities of the training points.
     *
     * @param points standardised row-major training rows, {@code n * d}, n at least 2 (kept, not copied)
     * @param d features per row
     * @param k neighbours, 1 to n − 1
     * @param index neighbour index over {@code points}
     * @param threads worker threads for the neighbour queries
     * @return the training set
     */
    static LofTrainingSet fit(double[] points, int d, int k, NeighborIndex index, int threads) {
        int n = points.length / d;
        int kq = Math.min(k + 1, n);
        double[] dist = new double[n * k];
        int[] nbr = new int[n * k];
        int[] order = index.localityOrder();
        RowChunks.forEach(n, threads, RowChunks.MIN_CHUNK, (from, to) -> {
            NeighborHeap heap = new NeighborHeap(kq);
            double[] qd = new double[kq];
            int[] qi = new int[kq];
            for (int pos = from; pos < to; pos++) {
                int i = order[pos];
                index.query(points, i * d, kq, heap);
                heap.drainSorted(qd, qi, 0);
                int self = -1;
                for (int m = 0; m < kq; m++) {
                    if (qi[m] == i) {
                        self = m;
                        break;
                    }
                }
                int drop = self >= 0 ? self : 0;
                for (int m = 0, out = i * k; m < kq; m++) {
                    if (m != drop) {
                        dist[out] = qd[m];
                        nbr[out++] = qi[m];
                    }
                }
            }
        });
        double[] kDistance = new double[n];
        for (int i = 0; i < n; i++) {
            kDistance[i] = dist[i * k + k - 1];
        }
        double[] lrd = new double[n];
        RowChunks.forEach(n, threads, RowChunks.MIN_CHUNK, (from, to) -> {
            for (int i = from; i < to; i++) {
                lrd[i] = density(dist, nbr, i * k, k, kDistance);
            }
        });
        return new LofTrainingSet(points, d, k, kDistance, lrd, index);
    }

    /**
     * Restores a fitted state (from an artifact).
     *
     * @param points standardised training rows
     * @param d features per row
     * @param k neighbours
     * @param kDistance k-distance per training row
     * @param lrd local reachability density per training row
     * @param index neighbour index over {@code points}
     * @return the training set
     */
    static LofTrainingSet restore(double[] points, int d, int k, double[] kDistance, double[] lrd, NeighborIndex index) {
        return new LofTrainingSet(points, d, k, kDistance, lrd, index);
    }

    private static double density(double[] dist, int[] nbr, int off, int k, double[] kDistance) {
        double sum = 0;
        for (int m = 0; m < k; m++) {
            sum += Math.max(dist[off + m], kDistance[nbr[off + m]]);
        }
        return 1.0 / (sum / k + DENSITY_EPSILON);
    }

    /**
     * Scores standardised rows; rows flagged in {@code skip} get NaN.
     *
     * @param rows row-major standardised rows, {@code m * d}
     * @param skip per row, whether to leave it unscored (may be null)
     * @param threads worker threads
     * @return one LOF per row: about 1 inside a cluster, larger when less dense than its neighbours
     */
    double[] score(double[] rows, boolean[] skip, int threads) {
        int m = rows.length / d;
        double[] out = new double[m];
        int[] order = index.localityOrder(rows);
        RowChunks.forEach(m, threads, RowChunks.MIN_CHUNK, (from, to) -> {
            NeighborHeap heap = new NeighborHeap(k);
            double[] qd = new double[k];
            int[] qi = new int[k];
            for (int pos = from; pos < to; pos++) {
                int i = order[pos];
                if (skip != null && skip[i]) {
                    out[i] = Double.NaN;
                    continue;
                }
                index.query(rows, i * d, k, heap);
                heap.drainSorted(qd, qi, 0);
                double x = density(qd, qi, 0, k, kDistance);
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    sum += lrd[qi[j]] / x;
                }
                out[i] = sum / k;
            }
        });
        return out;
    }

    /** @return training rows */
    int size() {
        return points.length / d;
    }

    /** @return features per row */
    int dimensions() {
        return d;
    }

    /** @return the neighbourhood size used */
    int k() {
        return k;
    }

    /** @return the standardised training rows (shared; do not modify) */
    double[] points() {
        return points;
    }

    /** @return k-distance per training row (shared; do not modify) */
    double[] kDistances() {
        return kDistance;
    }

    /** @return local reachability density per training row (shared; do not modify) */
    double[] densities() {
        return lrd;
    }
}
