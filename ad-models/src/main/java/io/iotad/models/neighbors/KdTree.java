package io.iotad.models.neighbors;

import java.util.Arrays;

/**
 * A KD-tree for exact k-nearest-neighbour queries in Euclidean space (Friedman, Bentley and Finkel
 * 1977).
 *
 * <p>Each node splits its points at the median of the coordinate with the widest spread, until a
 * node holds at most {@code leafSize} points. Every node keeps its points' bounding box; a query
 * visits the nearer child first and skips any node whose box lies farther than the current k-th
 * best distance. Points are copied into tree order, each leaf's block stored coordinate by
 * coordinate, so a leaf scan reads contiguous memory in a loop the JIT vectorises; every distance
 * is still summed over coordinates in order, so results do not depend on the layout. A tree is
 * safe for concurrent queries: the per-leaf scratch buffer is per thread.
 * Construction is deterministic (no randomness): the same points give the same tree.
 *
 * <p>Storage is flat arrays indexed by node number, so the tree has no per-node objects.
 */
public final class KdTree implements NeighborIndex {
    /** Default points per leaf: small leaves prune more, large leaves scan faster. */
    public static final int DEFAULT_LEAF_SIZE = 32;

    private final int d;
    private final int n;
    private final int leafSize;
    // points in tree order, each leaf's block stored dimension-major (all of coordinate 0, then 1, ...)
    // so that the distance loop over a leaf's points runs over contiguous memory and vectorises
    private final double[] ordered;
    private final int maxLeafPoints;
    private final ThreadLocal<double[]> leafDistances;
    private final int[] perm; // tree position -> original point index
    private int[] start;
    private int[] end;
    private int[] left; // -1 for a leaf; the right child is left + 1
    private double[] lo; // bounding boxes, d per node
    private double[] hi;
    private int nodes;

    /**
     * Builds the tree.
     *
     * @param points row-major coordinates, {@code n * d} values (copied)
     * @param d coordinates per point, at least 1
     * @param leafSize points per leaf, at least 1
     * @throws IllegalArgumentException for a bad dimension or leaf size
     */
    public KdTree(double[] points, int d, int leafSize) {
        if (d < 1 || points.length % d != 0) {
            throw new IllegalArgumentException("need d >= 1 dividing the " + points.length + " coordinates, got d=" + d);
        }
        if (leafSize < 1) {
            throw new IllegalArgumentException("leafSize must be >= 1, got " + leafSize);
        }
        this.d = d;
        this.n = points.length / d;
        this.leafSize = leafSize;
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        int cap = 2 * (2 * n / leafSize + 2);
        start = new int[cap];
        end = new int[cap];
        left = new int[cap];
        lo = new double[cap * d];
        hi = new double[cap * d];
        newNode(0, n, points, p);
        build(0, points, p);
        this.perm = p;
        this.ordered = new double[n * d];
        int widest = 1;
        for (int node = 0; node < nodes; node++) {
            if (left[node] < 0) {
                int s = start[node];
                int c = end[node] - s;
                widest = Math.max(widest, c);
                for (int i = 0; i < c; i++) {
                    int src = p[s + i] * d;
                    for (int j = 0; j < d; j++) {
                        ordered[s * d + j * c + i] = points[src + j];
                    }
                }
            }
        }
        this.maxLeafPoints = widest;
        this.leafDistances = ThreadLocal.withInitial(() -> new double[maxLeafPoints]);
        start = Arrays.copyOf(start, nodes);
        end = Arrays.copyOf(end, nodes);
        left = Arrays.copyOf(left, nodes);
        lo = Arrays.copyOf(lo, nodes * d);
        hi = Arrays.copyOf(hi, nodes * d);
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public int dimensions() {
        return d;
    }

    /** @return the number of tree nodes, leaves included */
    public int nodeCount() {
        return nodes;
    }

    /** @return points per leaf at most */
    public int leafSize() {
        return leafSize;
    }

    private int newNode(int s, int e, double[] points, int[] p) {
        if (nodes == start.length) {
            int cap = nodes * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            left = Arrays.copyOf(left, cap);
            lo = Arrays.copyOf(lo, cap * d);
            hi = Arrays.copyOf(hi, cap * d);
        }
        int id = nodes++;
        start[id] = s;
        end[id] = e;
        left[id] = -1;
        int b = id * d;
        Arrays.fill(lo, b, b + d, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, b, b + d, Double.NEGATIVE_INFINITY);
        for (int pos = s; pos < e; pos++) {
            int base = p[pos] * d;
            for (int j = 0; j < d; j++) {
                double v = points[base + j];
                if (v < lo[b + j]) {
                    lo[b + j] = v;
                }
                if (v > hi[b + j]) {
                    hi[b + j] = v;
                }
            }
        }
        return id;
    }

    private void build(int node, double[] points, int[] p) {
        int s = start[node];
        int e = end[node];
        if (e - s <= leafSize) {
            return;
        }
        int b = node * d;
        int dim = 0;
        double spread = -1;
        for (int j = 0; j < d; j++) {
            double w = hi[b + j] - lo[b + j];
            if (w > spread) {
                spread = w;
                dim = j;
            }
        }
        if (spread <= 0) {
            return; // all points identical: a leaf, however large
        }
        int mid = (s + e) >>> 1;
        select(points, p, s, e - 1, mid, dim);
        int l = newNode(s, mid, points, p);
        newNode(mid, e, points, p);
        left[node] = l;
        build(l, points, p);
        build(l + 1, points, p);
    }

    /** Quickselect: places the point of rank {@code k} on {@code dim} at {@code k}, smaller ones before. */
    private void select(double[] points, int[] p, int lo0, int hi0, int k, int dim) {
        int a = lo0;
        int z = hi0;
        while (z > a) {
            int m = (a + z) >>> 1;
            double pivot = median3(coord(points, p[a], dim), coord(points, p[m], dim), coord(points, p[z], dim));
            int i = a;
            int j = z;
            while (i <= j) {
                while (coord(points, p[i], dim) < pivot) {
                    i++;
                }
                while (coord(points, p[j], dim) > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = p[i];
                    p[i] = p[j];
                    p[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                z = j;
            } else if (k >= i) {
                a = i;
            } else {
                return;
            }
        }
    }

    private double coord(double[] points, int point, int dim) {
        return points[point * d + dim];
    }

    private static double median3(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

    /** @return the points in tree order: leaf by leaf, left to right */
    @Override
    public int[] localityOrder() {
        return perm.clone();
    }

    /**
     * Orders queries by the leaf each one descends to (nearer child first), leaves left to right.
     *
     * @param queries row-major query coordinates
     * @return a permutation of the query rows
     */
    @Override
    public int[] localityOrder(double[] queries) {
        int m = queries.length / d;
        int[] leafOf = new int[m];
        int[] count = new int[nodes + 1];
        for (int i = 0; i < m; i++) {
            int node = 0;
            while (left[node] >= 0) {
                int l = left[node];
                node = boxDistance2(l, queries, i * d) <= boxDistance2(l + 1, queries, i * d) ? l : l + 1;
            }
            leafOf[i] = node;
            count[node + 1]++;
        }
        for (int k = 0; k < nodes; k++) {
            count[k + 1] += count[k];
        }
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[count[leafOf[i]]++] = i;
        }
        return order;
    }

    @Override
    public void query(double[] query, int offset, int k, NeighborHeap heap) {
        checkK(k, n);
        heap.reset(k);
        search(0, query, offset, heap, leafDistances.get());
    }

    private void search(int node, double[] q, int off, NeighborHeap heap, double[] acc) {
        int l = left[node];
        if (l < 0) {
            scanLeaf(node, q, off, heap, acc);
            return;
        }
        double dl = boxDistance2(l, q, off);
        double dr = boxDistance2(l + 1, q, off);
        // "<=" rather than "<": a node at exactly the bound may hold a tie with a lower index
        if (dl <= dr) {
            if (dl <= heap.bound()) {
                search(l, q, off, heap, acc);
            }
            if (dr <= heap.bound()) {
                search(l + 1, q, off, heap, acc);
            }
        } else {
            if (dr <= heap.bound()) {
                search(l + 1, q, off, heap, acc);
            }
            if (dl <= heap.bound()) {
                search(l, q, off, heap, acc);
            }
        }
    }

    private void scanLeaf(int node, double[] q, int off, NeighborHeap heap, double[] acc) {
        int s = start[node];
        int c = end[node] - s;
        int base = s * d;
        // the same left-to-right sum over coordinates as a row-by-row loop: bit-identical distances
        double q0 = q[off];
        for (int i = 0; i < c; i++) {
            double t = q0 - ordered[base + i];
            acc[i] = t * t;
        }
        for (int j = 1; j < d; j++) {
            double qj = q[off + j];
            int b = base + j * c;
            for (int i = 0; i < c; i++) {
                double t = qj - ordered[b + i];
                acc[i] += t * t;
            }
        }
        double bound = heap.bound();
        for (int i = 0; i < c; i++) {
            if (acc[i] <= bound) {
                heap.offer(acc[i], perm[s + i]);
                bound = heap.bound();
            }
        }
    }

    private double boxDistance2(int node, double[] q, int off) {
        int b = node * d;
        double s = 0;
        for (int j = 0; j < d; j++) {
            double v = q[off + j];
            // branch-free gap to [lo, hi]: at most one of the two differences is positive
            double t = Math.max(Math.max(lo[b + j] - v, v - hi[b + j]), 0.0);
            s += t * t;
        }
        return s;
    }

    static void checkK(int k, int n) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be in [1, " + n + "] (the indexed points), got " + k);
        }
    }
}
