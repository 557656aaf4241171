package io.iotad.models.forest;

import java.util.Arrays;

/**
 * One isolation tree in flat arrays indexed by node number (the root is node 0; the children of an
 * internal node are {@code left} and {@code left + 1}). Immutable.
 *
 * <p>An internal node sends a row left when {@code row[feature] < split}, right otherwise. A leaf
 * (feature −1) records how many training rows reached it, so the path length of a row ending there
 * is its depth plus {@link PathLength#average(long) c(size)} (Liu et al. 2008, Algorithm 3).
 */
final class IsolationTree {
    private final int[] feature;
    private final double[] split;
    private final int[] left;
    private final int[] size;

    /**
     * @param feature per node, the feature split on, or −1 for a leaf
     * @param split per node, the split value (unused at leaves)
     * @param left per node, the left child (the right is the next node); −1 at leaves
     * @param size per node, the training rows that reached it
     * @throws IllegalArgumentException when the arrays do not describe a tree
     */
    IsolationTree(int[] feature, double[] split, int[] left, int[] size) {
        int n = feature.length;
        if (n == 0 || split.length != n || left.length != n || size.length != n) {
            throw new IllegalArgumentException("node arrays must be non-empty and of equal length");
        }
        for (int i = 0; i < n; i++) {
            boolean leaf = feature[i] < 0;
            if (leaf ? left[i] != -1 : (left[i] <= i || left[i] >= n - 1)) {
                throw new IllegalArgumentException("node " + i + " has feature " + feature[i] + " and children at " + left[i]
                        + " of " + n + " nodes");
            }
            if (size[i] < 0) {
                throw new IllegalArgumentException("node " + i + " has size " + size[i]);
            }
        }
        this.feature = feature;
        this.split = split;
        this.left = left;
        this.size = size;
    }

    /** @return number of nodes */
    int nodeCount() {
        return feature.length;
    }

    /** @return per-node features (copy) */
    int[] features() {
        return feature.clone();
    }

    /** @return per-node split values (copy) */
    double[] splits() {
        return split.clone();
    }

    /** @return per-node left children (copy) */
    int[] lefts() {
        return left.clone();
    }

    /** @return per-node training row counts (copy) */
    int[] sizes() {
        return size.clone();
    }

    /**
     * Writes this tree's nodes into the forest's scoring arrays, renumbered from {@code base}. An
     * internal node keeps its feature and split value and points to its left child; a leaf gets
     * feature 0, a NaN threshold (so a comparison never moves on), points to itself and carries its
     * path length, depth + c(size).
     *
     * @param base number of the root in the shared arrays
     * @param f shared features
     * @param threshold shared split values
     * @param next shared left children (self at leaves)
     * @param path shared leaf path lengths (0 at internal nodes)
     * @return the depth of the deepest leaf, in edges
     */
    int copyInto(int base, int[] f, double[] threshold, int[] next, double[] path) {
        int[] depth = new int[feature.length];
        int max = 0;
        for (int i = 0; i < feature.length; i++) { // parents precede children
            if (feature[i] < 0) {
                f[base + i] = 0;
                threshold[base + i] = Double.NaN;
                next[base + i] = base + i;
                path[base + i] = depth[i] + PathLength.average(size[i]);
                max = Math.max(max, depth[i]);
            } else {
                f[base + i] = feature[i];
                threshold[base + i] = split[i];
                next[base + i] = base + left[i];
                depth[left[i]] = depth[i] + 1;
                depth[left[i] + 1] = depth[i] + 1;
            }
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IsolationTree t && Arrays.equals(t.feature, feature) && Arrays.equals(t.split, split)
                && Arrays.equals(t.left, left) && Arrays.equals(t.size, size);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(feature) * 31 + Arrays.hashCode(split);
    }
}
