package io.iotad.pipeline.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.iotad.core.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The report of one workflow run: its steps in order, with durations, counts and the outcome.
 * Written as {@code run_report.json} beside the run's outputs.
 *
 * @param workflow the workflow's name, e.g. {@code ADTrainingWorkflow}
 * @param runId unique id of the run
 * @param startedAt when the run started
 * @param finishedAt when it ended
 * @param status the terminal state: {@code WorkflowSucceeded}, {@code EvaluationFailed} or {@code WorkflowFailed}
 * @param steps the steps that ran, in order
 */
public record RunReport(String workflow, String runId, Instant startedAt, Instant finishedAt, String status,
                        List<StepReport> steps) {
    /** Validates and copies the fields. */
    public RunReport {
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
    }

    /** @return whether the run ended in {@code WorkflowSucceeded} */
    public boolean succeeded() {
        return WorkflowRun.SUCCEEDED.equals(status);
    }

    /**
     * Writes the report as JSON, atomically.
     *
     * @param file target file
     * @throws IOException when writing fails
     */
    public void writeJson(Path file) throws IOException {
        ObjectMapper m = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFile.write(file, tmp -> m.writeValue(tmp.toFile(), this));
    }
}
