package io.iotad.models.neighbors;

import java.util.Arrays;

/**
 * A bounded max-heap of the best {@code k} candidates seen so far in a nearest-neighbour query,
 * ordered by (squared distance, point index). Mutable and reused across queries by one thread: call
 * {@link #reset(int)} before each query.
 */
public final class NeighborHeap {
    private double[] dist2;
    private int[] index;
    private int k;
    private int size;

    /** @param capacity the largest {@code k} this heap will be reset to, at least 1 */
    public NeighborHeap(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        dist2 = new double[capacity];
        index = new int[capacity];
    }

    /**
     * Empties the heap for a new query.
     *
     * @param k neighbours wanted, at least 1 (the arrays grow when needed)
     */
    public void reset(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        if (k > dist2.length) {
            dist2 = new double[k];
            index = new int[k];
        }
        this.k = k;
        this.size = 0;
    }

    /** @return candidates held, at most {@code k} */
    public int size() {
        return size;
    }

    /**
     * @return the squared distance a new candidate must not exceed to enter: +infinity until the heap
     *     holds {@code k}, then the largest squared distance held
     */
    public double bound() {
        return size < k ? Double.POSITIVE_INFINITY : dist2[0];
    }

    /**
     * Offers a candidate; keeps it when it is among the {@code k} best by (distance, index).
     *
     * @param d2 squared distance to the query
     * @param i point index
     */
    public void offer(double d2, int i) {
        if (size < k) {
            int c = size++;
            while (c > 0) {
                int p = (c - 1) >>> 1;
                if (!worse(d2, i, dist2[p], index[p])) {
                    break;
                }
                dist2[c] = dist2[p];
                index[c] = index[p];
                c = p;
            }
            dist2[c] = d2;
            index[c] = i;
            return;
        }
        if (!worse(dist2[0], index[0], d2, i)) {
            return;
        }
        siftDown(d2, i);
    }

    private static boolean worse(double da, int ia, double db, int ib) {
        return da > db || (da == db && ia > ib);
    }

    /**
     * Empties the heap into arrays, nearest first (ties: lower index first). Distances are the
     * square roots of the squared distances offered.
     *
     * @param outDist receives {@link #size()} distances, from {@code offset}
     * @param outIndex receives {@link #size()} point indices, from {@code offset}
     * @param offset where to start writing
     */
    public void drainSorted(double[] outDist, int[] outIndex, int offset) {
        int n = size;
        for (int pos = n - 1; pos >= 0; pos--) {
            outDist[offset + pos] = Math.sqrt(dist2[0]);
            outIndex[offset + pos] = index[0];
            removeTop();
        }
    }

    private void removeTop() {
        int last = --size;
        if (size > 0) {
            siftDown(dist2[last], index[last]);
        }
    }

    /** Puts {@code (d2, i)} in the root's place and moves it down until both children are better. */
    private void siftDown(double d2, int i) {
        int c = 0;
        while (true) {
            int l = 2 * c + 1;
            if (l >= size) {
                break;
            }
            int r = l + 1;
            int w = r < size && worse(dist2[r], index[r], dist2[l], index[l]) ? r : l;
            if (!worse(dist2[w], index[w], d2, i)) {
                break;
            }
            dist2[c] = dist2[w];
            index[c] = index[w];
            c = w;
        }
        dist2[c] = d2;
        index[c] = i;
    }

    @Override
    public String toString() {
        return "NeighborHeap[k=" + k + ", size=" + size + ", bound=" + bound() + ", held="
                + Arrays.toString(Arrays.copyOf(index, size)) + "]";
    }
}
