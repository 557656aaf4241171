package io.iotad.core.detect;

import io.iotad.core.progress.ProgressListener;
import java.util.Objects;

/**
 * How a fit runs: the seed of all its randomness, the threads it may use and where it reports
 * progress. The same seed and data give the same model on any thread count.
 *
 * @param seed seed of every random choice of the fit
 * @param threads worker threads, at least 1
 * @param progress progress sink, never null
 */
public record FitContext(long seed, int threads, ProgressListener progress) {
    /** Validates the fields. */
    public FitContext {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        Objects.requireNonNull(progress, "progress");
    }

    /**
     * @param seed the seed
     * @return a context using every available core and no progress output
     */
    public static FitContext seeded(long seed) {
        return new FitContext(seed, Runtime.getRuntime().availableProcessors(), ProgressListener.NONE);
    }
}
