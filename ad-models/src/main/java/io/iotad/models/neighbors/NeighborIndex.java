package io.iotad.models.neighbors;

/**
 * An exact k-nearest-neighbour index over a fixed set of points in Euclidean space. Immutable after
 * construction and safe to query from many threads, each with its own {@link NeighborHeap}.
 */
public interface NeighborIndex {
    /** @return the number of indexed points */
    int size();

    /** @return the number of coordinates per point */
    int dimensions();

    /**
     * Finds the {@code k} points nearest to a query, by (Euclidean distance, point index).
     *
     * @param query holds the query's coordinates at {@code [offset, offset + dimensions())}
     * @param offset start of the query in {@code query}
     * @param k neighbours wanted, 1 to {@link #size()}
     * @param heap receives the neighbours (reset by this method)
     */
    void query(double[] query, int offset, int k, NeighborHeap heap);

    /**
     * Chooses an index for the points: a {@link KdTree} in low dimension, a {@link BruteForceIndex}
     * above {@code maxTreeDimensions} (where a KD-tree prunes little and scans almost everything).
     *
     * @param points row-major coordinates, {@code n * d} values (not copied: must not change)
     * @param d coordinates per point, at least 1
     * @param leafSize points per KD-tree leaf, at least 1
     * @param maxTreeDimensions highest dimension for which a KD-tree is used
     * @return the index
     */
    static NeighborIndex build(double[] points, int d, int leafSize, int maxTreeDimensions) {
        return d <= maxTreeDimensions ? new KdTree(points, d, leafSize) : new BruteForceIndex(points, d);
    }
}
