package io.iotad.models.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a task over the index range {@code [0, n)} in contiguous chunks on a bounded number of
 * threads. Each index must be computed independently of the others, so results do not depend on
 * the thread count or the chunking.
 */
public final class RowChunks {
    /** Fewest indices per chunk: smaller chunks cost more in hand-over than they gain. */
    public static final int MIN_CHUNK = 256;

    private static final AtomicInteger POOL_COUNT = new AtomicInteger();

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
        if (n < 0 || threads < 1 || minChunk < 1) {
            throw new IllegalArgumentException("need n >= 0, threads >= 1, minChunk >= 1; got n=" + n
                    + ", threads=" + threads + ", minChunk=" + minChunk);
        }
        int chunks = Math.min(threads * 4, Math.max(1, n / minChunk));
        if (threads == 1 || chunks == 1) {
            task.run(0, n);
            return;
        }
        int size = (n + chunks - 1) / chunks;
        int poolId = POOL_COUNT.incrementAndGet();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, chunks), r -> {
            Thread t = new Thread(r, "iotad-rows-" + poolId);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int from = 0; from < n; from += size) {
                int f = from;
                int to = Math.min(n, from + size);
                futures.add(pool.submit(() -> task.run(f, to)));
            }
            for (Future<?> fu : futures) {
                fu.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for worker threads", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
