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
     * An order of the indexed points in which neighbouring points tend to follow each other.
     * Querying the points in this order reuses cached tree nodes; the answers do not change.
     *
     * @return a permutation of {@code 0 .. size() - 1} (a new array)
     */
    int[] localityOrder();

    /**
     * An order of query rows in which rows near each other in space tend to follow each other, so a
     * batch of queries run in this order reuses cached parts of the index. The answers do not change.
     *
     * @param queries row-major query coordinates, {@code m * dimensions()}
     * @return a permutation of {@code 0 .. m - 1}
     */
    default int[] localityOrder(double[] queries) {
        int m = queries.length / dimensions();
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        return order;
    }

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
