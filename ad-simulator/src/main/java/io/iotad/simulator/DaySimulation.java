package io.iotad.simulator;

import io.iotad.simulator.physics.ApartmentSimulation;
import io.iotad.simulator.physics.DayOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Simulates one day of every apartment on a fixed pool of worker threads, while the caller
 * writes the previous day. Each apartment's result lands in its own slot, so the output does not
 * depend on the number of threads or on scheduling.
 */
final class DaySimulation implements AutoCloseable {
    private final ApartmentSimulation[] sims;
    private final ExecutorService pool;
    private final int chunks;
    private List<Future<?>> running = List.of();
    private DayOutput[] current;

    DaySimulation(ApartmentSimulation[] sims, int threads) {
        this.sims = sims;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "iotad-simulator");
            t.setDaemon(true);
            return t;
        });
        this.chunks = Math.min(sims.length, threads * 8);
    }

    /** Starts simulating day {@code d}; the previous day must have been awaited. */
    void submit(int d) {
        DayOutput[] out = new DayOutput[sims.length];
        List<Future<?>> fs = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) sims.length * c / chunks);
            int to = (int) ((long) sims.length * (c + 1) / chunks);
            fs.add(pool.submit(() -> {
                for (int i = from; i < to; i++) {
                    out[i] = sims[i].simulateDay(d);
                }
            }));
        }
        running = fs;
        current = out;
    }

    /** @return the submitted day's outputs, in apartment order */
    DayOutput[] await() {
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("simulation failed: " + c, c);
        }
        return current;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
