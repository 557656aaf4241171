package io.iotad.cli;

import io.iotad.core.progress.ProgressListener;
import io.iotad.pipeline.run.WorkflowRun;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * Prints progress of long steps and workflow steps to standard error, at most once a second per
 * step, so a long run shows it is alive without flooding the terminal.
 */
final class ConsoleProgress implements ProgressListener, WorkflowRun.StepListener {
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final String prefix;
    private long last = System.nanoTime();

    /**
     * @param err where to print
     * @param prefix what each line starts with, e.g. {@code iotad demo}
     */
    ConsoleProgress(PrintWriter err, String prefix) {
        this.err = err;
        this.prefix = prefix;
    }

    @Override
    public synchronized void progress(String step, long done, long total) {
        long now = System.nanoTime();
        if (now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        if (total > 0) {
            err.printf(Locale.ROOT, "%s: %s %d/%d (%.0f%%)%n", prefix, step, done, total, 100.0 * done / total);
        } else {
            err.printf(Locale.ROOT, "%s: %s %d%n", prefix, step, done);
        }
        err.flush();
    }

    @Override
    public synchronized void started(String step) {
        err.printf(Locale.ROOT, "%s: %s ...%n", prefix, step);
        err.flush();
        last = System.nanoTime();
    }

    @Override
    public synchronized void finished(String step, long millis, Map<String, Object> facts) {
        err.printf(Locale.ROOT, "%s: %s done in %.1f s%n", prefix, step, millis / 1000.0);
        err.flush();
    }
}
