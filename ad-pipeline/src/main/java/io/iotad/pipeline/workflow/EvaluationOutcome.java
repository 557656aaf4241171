package io.iotad.pipeline.workflow;

import io.iotad.core.score.Scores;
import io.iotad.eval.EvaluationResult;
import io.iotad.eval.gate.GateVerdict;
import io.iotad.features.ingest.IngestReport;
import io.iotad.pipeline.run.RunReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * What an evaluation run left behind.
 *
 * @param report the run report
 * @param modelId the model evaluated (registry id or file)
 * @param strategy its strategy
 * @param from first day evaluated
 * @param to last day evaluated
 * @param scores the scores of those days, in the context of the days before them
 * @param evaluation the metrics, segments and counts against the labels
 * @param metrics the evaluation's metrics plus the throughput deviation, as the gate saw them
 * @param verdict the configured gate's verdict (reported, not enforced)
 * @param ingest what reading the telemetry counted
 * @param reportJson {@code evaluation_report.json}
 * @param reportHtml the HTML evaluation report
 * @param scoresCsv the written scores
 */
public record EvaluationOutcome(RunReport report, String modelId, String strategy, LocalDate from, LocalDate to,
                                Scores scores, EvaluationResult evaluation, Map<String, Double> metrics, GateVerdict verdict,
                                IngestReport ingest, Path reportJson, Path reportHtml, Path scoresCsv) {
    /** Copies the metrics. */
    public EvaluationOutcome {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
