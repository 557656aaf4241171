package io.iotad.models.forest;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Grows one isolation tree (Liu, Ting and Zhou 2008, Algorithms 1 and 2) from its own random
 * source: draws the subsample, then splits each node on a random feature at a value drawn uniformly
 * between the node's minimum and maximum of that feature, until a node holds at most one row, its
 * rows are identical on every allowed feature, or the depth limit {@code ceil(log2(psi))} is reached.
 * A feature that is constant in a node is passed over for another allowed one, as scikit-learn does.
 */
final class IsolationTreeGrower {
    private final double[] data;
    private final int d;
    private final int[] candidates;
    private final int psi;
    private final int featuresPerTree;
    private final boolean bootstrap;
    private final int maxDepth;

    /**
     * @param data row-major training values, {@code n * d}, no NaN
     * @param d features per row
     * @param candidates rows that may be drawn (those without a missing value)
     * @param psi rows per tree, 2 to {@code candidates.length} (any, with bootstrap)
     * @param featuresPerTree distinct features each tree may split on, 1 to d
     * @param bootstrap draw rows with replacement
     */
    IsolationTreeGrower(double[] data, int d, int[] candidates, int psi, int featuresPerTree, boolean bootstrap) {
        this.data = data;
        this.d = d;
        this.candidates = candidates;
        this.psi = psi;
        this.featuresPerTree = featuresPerTree;
        this.bootstrap = bootstrap;
        this.maxDepth = maxDepth(psi);
    }

    /**
     * @param psi subsample size, at least 1
     * @return the depth limit ceil(log2(psi)) (at least 1)
     */
    static int maxDepth(int psi) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, psi - 1)));
    }

    /**
     * @param rng this tree's random source (consumed)
     * @return the tree
     */
    IsolationTree grow(SplittableRandom rng) {
        int[] rows = sample(rng);
        int[] allowed = allowedFeatures(rng);
        int cap = 2 * psi;
        int[] feature = new int[cap];
        double[] split = new double[cap];
        int[] left = new int[cap];
        int[] size = new int[cap];
        int[] nodeStart = new int[cap];
        int[] nodeDepth = new int[cap];
        int nodes = 1;
        nodeStart[0] = 0;
        size[0] = rows.length;
        int[] scratch = allowed.clone();
        for (int node = 0; node < nodes; node++) { // breadth-first: children get the next numbers
            int s = nodeStart[node];
            int n = size[node];
            feature[node] = -1;
            left[node] = -1;
            if (n <= 1 || nodeDepth[node] >= maxDepth) {
                continue;
            }
            int f = -1;
            double lo = 0;
            double hi = 0;
            int remaining = scratch.length;
            while (remaining > 0) { // draw features without replacement until one varies
                int pick = rng.nextInt(remaining);
                int cand = scratch[pick];
                scratch[pick] = scratch[remaining - 1];
                scratch[remaining - 1] = cand;
                remaining--;
                lo = Double.POSITIVE_INFINITY;
                hi = Double.NEGATIVE_INFINITY;
                for (int r = s; r < s + n; r++) {
                    double v = data[rows[r] * d + cand];
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                if (hi > lo) {
                    f = cand;
                    break;
                }
            }
            if (f < 0) {
                continue; // identical rows: a leaf
            }
            double p = lo + rng.nextDouble() * (hi - lo);
            if (!(p > lo)) {
                p = Math.nextUp(lo); // keep both sides non-empty
            }
            int mid = partition(rows, s, s + n, f, p);
            feature[node] = f;
            split[node] = p;
            left[node] = nodes;
            for (int c = 0; c < 2; c++) {
                int child = nodes++;
                nodeStart[child] = c == 0 ? s : mid;
                size[child] = c == 0 ? mid - s : s + n - mid;
                nodeDepth[child] = nodeDepth[node] + 1;
            }
        }
        return new IsolationTree(Arrays.copyOf(feature, nodes), Arrays.copyOf(split, nodes),
                Arrays.copyOf(left, nodes), Arrays.copyOf(size, nodes));
    }

    private int partition(int[] rows, int from, int to, int f, double p) {
        int i = from;
        int j = to - 1;
        while (i <= j) {
            if (data[rows[i] * d + f] < p) {
                i++;
            } else {
                int t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
                j--;
            }
        }
        return i;
    }

    private int[] sample(SplittableRandom rng) {
        int n = candidates.length;
        int[] out = new int[psi];
        if (bootstrap) {
            for (int i = 0; i < psi; i++) {
                out[i] = candidates[rng.nextInt(n)];
            }
            return out;
        }
        if (psi >= n) {
            return candidates.clone();
        }
        // Floyd's algorithm: psi distinct positions without an O(n) array per tree
        Set<Integer> chosen = new HashSet<>(psi * 2);
        int k = 0;
        for (int j = n - psi; j < n; j++) {
            int t = rng.nextInt(j + 1);
            int pick = chosen.add(t) ? t : j;
            if (pick == j) {
                chosen.add(j);
            }
            out[k++] = pick;
        }
        Arrays.sort(out);
        for (int i = 0; i < psi; i++) {
            out[i] = candidates[out[i]];
        }
        return out;
    }

    private int[] allowedFeatures(SplittableRandom rng) {
        int[] all = new int[d];
        for (int j = 0; j < d; j++) {
            all[j] = j;
        }
        if (featuresPerTree >= d) {
            return all;
        }
        for (int j = 0; j < featuresPerTree; j++) { // partial Fisher-Yates
            int r = j + rng.nextInt(d - j);
            int t = all[j];
            all[j] = all[r];
            all[r] = t;
        }
        int[] out = Arrays.copyOf(all, featuresPerTree);
        Arrays.sort(out);
        return out;
    }
}
