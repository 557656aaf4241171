package io.iotad.models.parallel;

import io.iotad.core.concurrent.Workers;

/**
 * Runs a task over the index range {@code [0, n)} in contiguous chunks on at most a given number of
 * the shared worker threads ({@link Workers}, the one executor policy). Each index must be computed independently of the others, so results do not depend on
 * the thread count or the chunking.
 */
public final class RowChunks {
    /** Fewest indices per chunk: smaller chunks cost more in hand-over than they gain. */
    public static final int MIN_CHUNK = 256;

    private RowChunks() {
    }

    /** Work on one chunk {@code [from, to)}. */
    @FunctionalInterface
    public interface ChunkTask {
        /**
         * @param from first index, inclusive
         * @param to last index, exclusive
         */
        void run(int from, int to);
    }

    /**
     * Runs {@code task} over {@code [0, n)}; returns when all chunks are done.
     *
     * @param n number of indices, at least 0
     * @param threads worker threads, at least 1; 1 runs on the calling thread
     * @param minChunk fewest indices per chunk, at least 1
     * @param task the work; must be thread-safe across disjoint chunks
     * @throws IllegalArgumentException for a negative {@code n} or non-positive counts
     * @throws RuntimeException the first exception a chunk threw
     */
    public static void forEach(int n, int threads, int minChunk, ChunkTask task) {
        Workers.forEachChunk(n, threads, minChunk, task::run);
    }
}
