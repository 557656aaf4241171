package io.iotad.models.forest;

import io.iotad.core.detect.Detector;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import io.iotad.models.matrix.RowMatrix;
import io.iotad.models.parallel.RowChunks;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fitted Isolation Forest. Scores are {@code s = 2^(−E[h(x)] / c(psi))} in (0, 1], with E[h] the
 * mean path length of the row over the trees: near 1 = isolated quickly (anomalous), well below 0.5
 * = normal. It equals the negation of scikit-learn's {@code IsolationForest.score_samples}. A row
 * with a missing feature is not scored (NaN) under {@link MissingValuePolicy#SKIP_ROW}.
 *
 * <p>All trees share flat node arrays (feature, split value or leaf path length, left child) so
 * scoring walks contiguous memory without per-node objects. Immutable and thread-safe; scoring runs
 * on {@link #threads()} threads and gives the same scores on any number of them.
 */
public final class IsolationForestDetector implements Detector {
    private final FeatureSchema features;
    private final IsolationForestOptions options;
    private final int psi;
    private final List<IsolationTree> trees;
    private final int threads;
    private final int[] roots;
    private final int[] feature;
    private final double[] value; // split value, or the leaf's path length
    private final int[] left;

    IsolationForestDetector(FeatureSchema features, IsolationForestOptions options, int psi, List<IsolationTree> trees,
                            int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (psi < 2 || trees.isEmpty()) {
            throw new IllegalArgumentException("need psi >= 2 and at least one tree, got psi=" + psi + ", trees=" + trees.size());
        }
        this.features = Objects.requireNonNull(features, "features");
        this.options = Objects.requireNonNull(options, "options");
        this.psi = psi;
        this.trees = List.copyOf(trees);
        this.threads = threads;
        int total = 0;
        roots = new int[trees.size()];
        for (int t = 0; t < trees.size(); t++) {
            roots[t] = total;
            total += trees.get(t).nodeCount();
        }
        feature = new int[total];
        value = new double[total];
        left = new int[total];
        for (int t = 0; t < trees.size(); t++) {
            trees.get(t).copyInto(roots[t], feature, value, left);
        }
        for (int f : feature) {
            if (f >= features.size()) {
                throw new IllegalArgumentException("a tree splits on feature " + f + " but there are " + features.size());
            }
        }
    }

    @Override
    public String strategy() {
        return IsolationForestStrategy.NAME;
    }

    @Override
    public FeatureSchema features() {
        return features;
    }

    @Override
    public MissingValuePolicy missingValuePolicy() {
        return MissingValuePolicy.SKIP_ROW;
    }

    @Override
    public Map<String, Object> options() {
        return options.toMap();
    }

    /** @return the validated options */
    public IsolationForestOptions forestOptions() {
        return options;
    }

    /** @return the subsample size the trees were grown on (options capped at the training rows) */
    public int subsampleSize() {
        return psi;
    }

    /** @return the number of trees */
    public int treeCount() {
        return trees.size();
    }

    /** @return threads used for scoring, at least 1 */
    public int threads() {
        return threads;
    }

    /**
     * @param n threads for scoring, at least 1
     * @return this forest scoring on {@code n} threads (scores are unchanged)
     */
    public IsolationForestDetector withThreads(int n) {
        return new IsolationForestDetector(features, options, psi, trees, n);
    }

    List<IsolationTree> trees() {
        return trees;
    }

    @Override
    public Scores score(FeatureFrame frame) {
        RowMatrix m = RowMatrix.of(frame, features);
        return Scores.of(frame, scoreRows(m.values()));
    }

    /**
     * Scores raw rows.
     *
     * @param rows row-major values in {@link #features()} order, {@code m * d}; NaN = missing
     * @return one score in (0, 1] per row, NaN for a row with a missing value
     */
    public double[] scoreRows(double[] rows) {
        double[] h = meanPathLengths(rows);
        double c = PathLength.average(psi);
        for (int i = 0; i < h.length; i++) {
            h[i] = Math.pow(2.0, -h[i] / c);
        }
        return h;
    }

    /**
     * @param rows row-major values in {@link #features()} order; NaN = missing
     * @return per row, E[h]: the mean over trees of the depth reached plus c(leaf size), in edges;
     *     NaN for a row with a missing value
     */
    public double[] meanPathLengths(double[] rows) {
        int d = features.size();
        if (rows.length % d != 0) {
            throw new IllegalArgumentException("expected a multiple of " + d + " values (features " + features.names()
                    + "), got " + rows.length);
        }
        int m = rows.length / d;
        double[] out = new double[m];
        int nTrees = roots.length;
        RowChunks.forEach(m, threads, RowChunks.MIN_CHUNK, (from, to) -> {
            for (int i = from; i < to; i++) {
                int base = i * d;
                boolean missing = false;
                for (int j = 0; j < d; j++) {
                    missing |= Double.isNaN(rows[base + j]);
                }
                if (missing) {
                    out[i] = Double.NaN;
                    continue;
                }
                double sum = 0;
                for (int t = 0; t < nTrees; t++) {
                    int node = roots[t];
                    int f;
                    while ((f = feature[node]) >= 0) {
                        node = rows[base + f] < value[node] ? left[node] : left[node] + 1;
                    }
                    sum += value[node];
                }
                out[i] = sum / nTrees;
            }
        });
        return out;
    }

    @Override
    public String toString() {
        return "IsolationForestDetector[features=" + features.names() + ", trees=" + trees.size() + ", psi=" + psi + "]";
    }
}
