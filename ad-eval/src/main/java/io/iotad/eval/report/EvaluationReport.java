package io.iotad.eval.report;

import io.iotad.eval.EvaluationResult;
import io.iotad.eval.backtest.BacktestResult;
import io.iotad.eval.gate.GateVerdict;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one evaluation report shows; the document behind {@code evaluation_report.json}.
 *
 * @param formatVersion the JSON schema version, {@link #FORMAT_VERSION} when written by this library
 * @param generatedAt when the report was made, ISO-8601 instant
 * @param title a heading, e.g. {@code iotad evaluation — global/3}
 * @param modelId the evaluated model, e.g. {@code global/3}; empty when not registered yet
 * @param metrics the headline metrics by name ({@link EvaluationResult#metrics()})
 * @param evaluation the full evaluation
 * @param backtest the weekly backtest, or null when none was run
 * @param gate the gate's verdict, or null when no gate was applied
 */
public record EvaluationReport(int formatVersion, String generatedAt, String title, String modelId,
                               Map<String, Double> metrics, EvaluationResult evaluation, BacktestResult backtest,
                               GateVerdict gate) {
    /** The schema version this library writes and the highest it reads. */
    public static final int FORMAT_VERSION = 1;

    /** Validates the fields. */
    public EvaluationReport {
        if (formatVersion < 1) {
            throw new IllegalArgumentException("formatVersion must be >= 1, got " + formatVersion);
        }
        Objects.requireNonNull(generatedAt, "generatedAt");
        title = title == null ? "" : title;
        modelId = modelId == null ? "" : modelId;
        Objects.requireNonNull(evaluation, "evaluation");
        metrics = metrics == null ? evaluation.metrics() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(metrics));
    }

    /**
     * @param title heading
     * @param modelId evaluated model (may be empty)
     * @param evaluation the evaluation
     * @param backtest the backtest, or null
     * @param gate the gate verdict, or null
     * @param generatedAt the report's time
     * @return a report in the current format version
     */
    public static EvaluationReport of(String title, String modelId, EvaluationResult evaluation,
                                      BacktestResult backtest, GateVerdict gate, Instant generatedAt) {
        return new EvaluationReport(FORMAT_VERSION, generatedAt.toString(), title, modelId, evaluation.metrics(),
                evaluation, backtest, gate);
    }
}
