package io.iotad.core.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one executor policy of iotad. Every parallel loop and background task runs on one shared,
 * bounded {@link ForkJoinPool} of daemon threads named {@code iotad-worker-<n>}, as many as the
 * machine has processors (the system property {@code iotad.workers} sets another bound, at least 1);
 * no call creates a pool of its own. A call's {@code threads} caps how many of the pool's threads
 * work for it at once. Nested loops (a parallel loop inside a parallel task) do not deadlock: a
 * waiting worker runs queued work meanwhile.
 *
 * <p>Results never depend on the thread count: every index is computed independently, and the
 * first exception a task threw is rethrown as it was (not wrapped).
 */
public final class Workers {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ForkJoinPool POOL = new ForkJoinPool(bound(), pool -> {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        t.setName("iotad-worker-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    }, null, false);

    private Workers() {
    }

    /** Work on one chunk {@code [from, to)} of an index range. */
    @FunctionalInterface
    public interface Chunk {
        /**
         * @param from first index, inclusive
         * @param to last index, exclusive
         */
        void run(int from, int to);
    }

    /** @return the most threads the shared pool runs at once, at least 1 */
    public static int parallelism() {
        return POOL.getParallelism();
    }

    /**
     * Runs {@code task} over {@code [0, n)} in contiguous chunks; returns when all are done.
     *
     * @param n number of indices, at least 0
     * @param threads most workers used at once, at least 1; 1 runs on the calling thread
     * @param minChunk fewest indices per chunk, at least 1
     * @param task the work; must be thread-safe across disjoint chunks
     * @throws IllegalArgumentException for a negative {@code n} or non-positive counts
     * @throws RuntimeException the first exception a chunk threw, as thrown
     */
    public static void forEachChunk(int n, int threads, int minChunk, Chunk task) {
        if (n < 0 || threads < 1 || minChunk < 1) {
            throw new IllegalArgumentException("need n >= 0, threads >= 1, minChunk >= 1; got n=" + n
                    + ", threads=" + threads + ", minChunk=" + minChunk);
        }
        int chunks = (int) Math.min((long) threads * 4, Math.max(1, n / minChunk));
        if (threads == 1 || chunks <= 1) {
            task.run(0, n);
            return;
        }
        int size = (n + chunks - 1) / chunks;
        int count = (n + size - 1) / size;
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int workers = Math.min(Math.min(threads, count), parallelism());
        List<ForkJoinTask<?>> tasks = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            tasks.add(ForkJoinTask.adapt(() -> {
                int c;
                while (failure.get() == null && (c = next.getAndIncrement()) < count) {
                    int from = c * size;
                    try {
                        task.run(from, Math.min(n, from + size));
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    }
                }
            }));
        }
        if (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == POOL) {
            ForkJoinTask.invokeAll(tasks);
        } else {
            tasks.forEach(POOL::execute);
            tasks.forEach(ForkJoinTask::quietlyJoin);
        }
        rethrow(failure.get());
    }

    /**
     * Runs {@code task} for every index of {@code [0, n)}, one index per step.
     *
     * @param n number of indices, at least 0
     * @param threads most workers used at once, at least 1
     * @param task the work for one index; must be thread-safe across indices
     * @throws RuntimeException the first exception a task threw, as thrown
     */
    public static void forEachIndex(int n, int threads, java.util.function.IntConsumer task) {
        forEachChunk(n, threads, 1, (from, to) -> {
            for (int i = from; i < to; i++) {
                task.accept(i);
            }
        });
    }

    /**
     * Runs one task in the background on the shared pool.
     *
     * @param <T> the result
     * @param task the work
     * @return its future; {@code get} throws an {@link java.util.concurrent.ExecutionException} with the task's exception
     */
    public static <T> Future<T> submit(Callable<T> task) {
        return POOL.submit(task);
    }

    private static void rethrow(Throwable t) {
        if (t == null) {
            return;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    private static int bound() {
        String p = System.getProperty("iotad.workers");
        if (p != null) {
            try {
                return Math.max(1, Integer.parseInt(p.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("system property iotad.workers must be a whole number >= 1, got '" + p + "'", e);
            }
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
