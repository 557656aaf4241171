package io.iotad.pipeline.run;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the named steps of one workflow in order and records a {@link StepReport} for each, so that
 * every run leaves a {@link RunReport}. Each step logs a structured start and end event through
 * SLF4J ({@code workflow=... step=... status=... duration_ms=...}). Not thread-safe: one run, one thread.
 */
public final class WorkflowRun {
    /** Terminal state of a run whose steps all succeeded. */
    public static final String SUCCEEDED = "WorkflowSucceeded";
    /** Terminal state of a training run stopped by the evaluation gate. */
    public static final String EVALUATION_FAILED = "EvaluationFailed";
    /** Terminal state of a run whose step threw. */
    public static final String FAILED = "WorkflowFailed";

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowRun.class);

    private final String workflow;
    private final String runId;
    private final Clock clock;
    private final Instant startedAt;
    private final List<StepReport> steps = new ArrayList<>();
    private final StepListener listener;

    /**
     * @param workflow the workflow's name
     * @param clock the clock for timestamps and durations
     * @param listener told when each step starts and ends (e.g. to print progress)
     */
    public WorkflowRun(String workflow, Clock clock, StepListener listener) {
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.runId = workflow + "-" + UUID.randomUUID();
        this.startedAt = clock.instant();
    }

    /** @return the unique id of this run */
    public String runId() {
        return runId;
    }

    /**
     * Runs one step.
     *
     * @param name the step's name
     * @param body the step's work; it records facts in the map it is given
     * @param <T> what the step produces
     * @return what the step produced
     * @throws StepFailedException wrapping whatever the step threw, naming the step
     */
    public <T> T step(String name, StepBody<T> body) {
        Instant t0 = clock.instant();
        long n0 = System.nanoTime();
        Map<String, Object> facts = new LinkedHashMap<>();
        listener.started(name);
        LOG.info("workflow={} run={} step={} event=started", workflow, runId, name);
        try {
            T out = body.run(facts);
            long ms = (System.nanoTime() - n0) / 1_000_000;
            steps.add(new StepReport(name, "Succeeded", t0, ms, facts, ""));
            LOG.info("workflow={} run={} step={} status=Succeeded duration_ms={} facts={}", workflow, runId, name, ms, facts);
            listener.finished(name, ms, facts);
            return out;
        } catch (Exception e) {
            long ms = (System.nanoTime() - n0) / 1_000_000;
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            steps.add(new StepReport(name, "Failed", t0, ms, facts, msg));
            LOG.error("workflow={} run={} step={} status=Failed duration_ms={} error={}", workflow, runId, name, ms, msg);
            throw new StepFailedException(name, e);
        }
    }

    /**
     * @param status the terminal state ({@link #SUCCEEDED}, {@link #EVALUATION_FAILED} or {@link #FAILED})
     * @return the report of the run so far, ended now with that state
     */
    public RunReport finish(String status) {
        return new RunReport(workflow, runId, startedAt, clock.instant(), status, steps);
    }

    /**
     * The work of one step.
     *
     * @param <T> what it produces
     */
    @FunctionalInterface
    public interface StepBody<T> {
        /**
         * @param facts where the step records counts and measurements for the report
         * @return the step's output
         * @throws Exception anything; the run records it and stops
         */
        T run(Map<String, Object> facts) throws Exception;
    }

    /** Told when steps start and end; for progress output. */
    public interface StepListener {
        /** A listener that does nothing. */
        StepListener NONE = new StepListener() {
        };

        /** @param step the step that starts */
        default void started(String step) {
        }

        /**
         * @param step the step that ended successfully
         * @param millis its duration
         * @param facts what it recorded
         */
        default void finished(String step, long millis, Map<String, Object> facts) {
        }
    }
}
