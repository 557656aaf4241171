package io.iotad.models.forest;

import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import io.iotad.models.context.ContextualStandardization;
import io.iotad.models.matrix.RowMatrix;
import io.iotad.models.parallel.RowChunks;
import java.util.List;
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
public final class IsolationForestDetector extends AbstractDetector<IsolationForestOptions> {
    /** Rows scored together, one tree at a time. */
    private static final int BLOCK = 128;

    private final ContextualStandardization context;
    private final int dimensions;
    private final int psi;
    private final List<IsolationTree> trees;
    private final int threads;
    // Scoring layout: every node is a step "node = next[node] + (x[feature[node]] >= threshold[node] ? 1 : 0)".
    // A leaf points to itself with a NaN threshold (no comparison with NaN is true), so each tree is
    // walked for exactly depth[t] steps without a data-dependent branch, and the leaf's path length
    // (depth + c(size)) is read from pathLength.
    private final int[] roots;
    private final int[] depth;
    private final int[] feature;
    private final double[] threshold;
    private final int[] next;
    private final double[] pathLength;

    IsolationForestDetector(FeatureSchema features, IsolationForestOptions options, ContextualStandardization context,
                            int psi, List<IsolationTree> trees, int threads) {
        super(IsolationForestStrategy.NAME, features, MissingValuePolicy.SKIP_ROW, options);
        this.context = Objects.requireNonNull(context, "context");
        this.dimensions = context.outputDimensions();
        if (context.floors().length != features.size() || !context.options().equals(options.context())) {
            throw new IllegalArgumentException("context " + context + " does not match features " + features.names()
                    + " and options " + options.context());
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (psi < 2 || trees.isEmpty()) {
            throw new IllegalArgumentException("need psi >= 2 and at least one tree, got psi=" + psi + ", trees=" + trees.size());
        }
        this.psi = psi;
        this.trees = List.copyOf(trees);
        this.threads = threads;
        int total = 0;
        roots = new int[trees.size()];
        depth = new int[trees.size()];
        for (int t = 0; t < trees.size(); t++) {
            roots[t] = total;
            total += trees.get(t).nodeCount();
        }
        feature = new int[total];
        threshold = new double[total];
        next = new int[total];
        pathLength = new double[total];
        for (int t = 0; t < trees.size(); t++) {
            depth[t] = trees.get(t).copyInto(roots[t], feature, threshold, next, pathLength);
        }
        for (int f : feature) {
            if (f >= dimensions) {
                throw new IllegalArgumentException("a tree splits on input " + f + " but there are " + dimensions);
            }
        }
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
        return new IsolationForestDetector(features(), options(), context, psi, trees, n);
    }

    /** @return the contextual standardisation the rows go through before the trees (identity for {@code none}) */
    public ContextualStandardization context() {
        return context;
    }

    /**
     * @return the trailing days of each apartment the context reads before a scored day
     *     ({@code context_window_days} when the context reads history, else 0)
     */
    @Override
    public int historyDays() {
        return context.options().historyDays();
    }

    List<IsolationTree> trees() {
        return trees;
    }

    @Override
    public Scores score(FeatureFrame frame) {
        RowMatrix m = context.apply(frame, features());
        return Scores.of(frame, scoreInputs(m.values()));
    }

    /**
     * Scores raw rows, each on its own: only for a forest without context (rows with context need
     * their apartment's history and peers, so score a frame).
     *
     * @param rows row-major values in {@link #features()} order, {@code m * d}; NaN = missing
     * @return one score in (0, 1] per row, NaN for a row with a missing value
     * @throws IllegalStateException when the forest was fitted with a context
     */
    public double[] scoreRows(double[] rows) {
        if (context.options().enabled()) {
            throw new IllegalStateException(IsolationForestStrategy.NAME + " with context "
                    + context.options().mode().configName() + " scores frames (it needs each row's history and peers), not raw rows");
        }
        return scoreInputs(rows);
    }

    private double[] scoreInputs(double[] rows) {
        double[] h = meanPathLengths(rows);
        double c = PathLength.average(psi);
        for (int i = 0; i < h.length; i++) {
            h[i] = Math.pow(2.0, -h[i] / c);
        }
        return h;
    }

    /**
     * @param rows row-major tree inputs ({@link #features()} order without context, the context's
     *     standardised values with it); NaN = missing
     * @return per row, E[h]: the mean over trees of the depth reached plus c(leaf size), in edges;
     *     NaN for a row with a missing value
     */
    public double[] meanPathLengths(double[] rows) {
        int d = dimensions;
        if (rows.length % d != 0) {
            throw new IllegalArgumentException("expected a multiple of " + d + " values (features " + features().names()
                    + "), got " + rows.length);
        }
        int m = rows.length / d;
        double[] out = new double[m];
        int nTrees = roots.length;
        RowChunks.forEach(m, threads, RowChunks.MIN_CHUNK, (from, to) -> {
            int[] present = new int[BLOCK];
            // A block of rows walks one tree at a time, so the tree's nodes stay in the L1 cache, and
            // four rows walk side by side so their independent load chains overlap. Each row still
            // sums its path lengths in tree order, so results do not depend on blocking or threads.
            for (int b = from; b < to; b += BLOCK) {
                int e = Math.min(to, b + BLOCK);
                int c = 0;
                for (int i = b; i < e; i++) {
                    boolean miss = false;
                    for (int j = i * d, end = j + d; j < end; j++) {
                        miss |= Double.isNaN(rows[j]);
                    }
                    out[i] = miss ? Double.NaN : 0.0;
                    if (!miss) {
                        present[c++] = i;
                    }
                }
                for (int t = 0; t < nTrees; t++) {
                    walk(rows, d, roots[t], depth[t], present, c, out);
                }
                for (int q = 0; q < c; q++) {
                    out[present[q]] /= nTrees;
                }
            }
        });
        return out;
    }

    /** Adds one tree's path length to {@code out} for the rows {@code present[0 .. c)}. */
    private void walk(double[] rows, int d, int root, int steps, int[] present, int c, double[] out) {
        int q = 0;
        for (; q + 4 <= c; q += 4) {
            int b0 = present[q] * d;
            int b1 = present[q + 1] * d;
            int b2 = present[q + 2] * d;
            int b3 = present[q + 3] * d;
            int n0 = root;
            int n1 = root;
            int n2 = root;
            int n3 = root;
            for (int k = 0; k < steps; k++) {
                n0 = next[n0] + (rows[b0 + feature[n0]] >= threshold[n0] ? 1 : 0);
                n1 = next[n1] + (rows[b1 + feature[n1]] >= threshold[n1] ? 1 : 0);
                n2 = next[n2] + (rows[b2 + feature[n2]] >= threshold[n2] ? 1 : 0);
                n3 = next[n3] + (rows[b3 + feature[n3]] >= threshold[n3] ? 1 : 0);
            }
            out[present[q]] += pathLength[n0];
            out[present[q + 1]] += pathLength[n1];
            out[present[q + 2]] += pathLength[n2];
            out[present[q + 3]] += pathLength[n3];
        }
        for (; q < c; q++) {
            int base = present[q] * d;
            int node = root;
            for (int k = 0; k < steps; k++) {
                node = next[node] + (rows[base + feature[node]] >= threshold[node] ? 1 : 0);
            }
            out[present[q]] += pathLength[node];
        }
    }

    @Override
    public String toString() {
        return "IsolationForestDetector[features=" + features().names() + ", trees=" + trees.size() + ", psi=" + psi
                + ", context=" + context.options().mode().configName() + "]";
    }
}
