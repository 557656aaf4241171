package io.iotad.simulator;

import io.iotad.core.concurrent.Workers;
import io.iotad.simulator.physics.ApartmentSimulation;
import io.iotad.simulator.physics.DayOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Simulates one day of every apartment on at most {@code threads} of the shared worker threads
 * ({@link Workers}), while the caller
 * writes the previous day. Each apartment's result lands in its own slot, so the output does not
 * depend on the number of threads or on scheduling.
 */
final class DaySimulation implements AutoCloseable {
    private final ApartmentSimulation[] sims;
    private final int threads;
    private final int chunks;
    private List<Future<?>> running = List.of();
    private DayOutput[] current;

    DaySimulation(ApartmentSimulation[] sims, int threads) {
        this.sims = sims;
        this.threads = threads;
        this.chunks = Math.min(sims.length, threads * 8);
    }

    /** Starts simulating day {@code d}; the previous day must have been awaited. */
    void submit(int d) {
        DayOutput[] out = new DayOutput[sims.length];
        List<Future<?>> fs = new ArrayList<>(threads);
        AtomicInteger next = new AtomicInteger();
        for (int w = 0; w < Math.min(threads, chunks); w++) {
            fs.add(Workers.submit(() -> {
                for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                    int from = (int) ((long) sims.length * c / chunks);
                    int to = (int) ((long) sims.length * (c + 1) / chunks);
                    for (int i = from; i < to; i++) {
                        out[i] = sims[i].simulateDay(d);
                    }
                }
                return null;
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
        running.forEach(f -> f.cancel(true));
    }
}
