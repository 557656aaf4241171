package io.iotad.models.neighbors;

/**
 * Finds nearest neighbours by scanning every point: O(n) per query, but no worse than a KD-tree in
 * high dimension and exact.
 */
final class BruteForceIndex implements NeighborIndex {
    private final double[] points;
    private final int d;
    private final int n;

    /**
     * @param points row-major coordinates, {@code n * d} values (not copied: must not change)
     * @param d coordinates per point, at least 1
     * @throws IllegalArgumentException when the array length is not a multiple of {@code d}
     */
    public BruteForceIndex(double[] points, int d) {
        if (d < 1 || points.length % d != 0) {
            throw new IllegalArgumentException("need d >= 1 dividing the " + points.length + " coordinates, got d=" + d);
        }
        this.points = points;
        this.d = d;
        this.n = points.length / d;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public int dimensions() {
        return d;
    }

    /** @return the identity order: a scan has no locality to exploit */
    @Override
    public int[] localityOrder() {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    @Override
    public void query(double[] query, int offset, int k, NeighborHeap heap) {
        KdTree.checkK(k, n);
        heap.reset(k);
        for (int i = 0, base = 0; i < n; i++, base += d) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                double t = query[offset + j] - points[base + j];
                s += t * t;
            }
            heap.offer(s, i);
        }
    }
}
