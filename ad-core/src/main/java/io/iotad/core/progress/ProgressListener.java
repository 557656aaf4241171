package io.iotad.core.progress;

/**
 * Receives progress of a long step (ingestion, feature computation, training, scoring). Calls may
 * come from several threads; implementations must be thread-safe and cheap.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores all progress. */
    ProgressListener NONE = (step, done, total) -> { };

    /**
     * @param step short name of the step, such as {@code "features"}
     * @param done units finished so far, at least 0
     * @param total units in all, or -1 when unknown
     */
    void progress(String step, long done, long total);
}
