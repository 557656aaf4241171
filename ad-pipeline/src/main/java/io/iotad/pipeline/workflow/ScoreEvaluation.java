package io.iotad.pipeline.workflow;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.eval.Evaluation;
import io.iotad.eval.EvaluationOptions;
import io.iotad.eval.EvaluationResult;
import io.iotad.eval.UnknownLabelPolicy;
import io.iotad.eval.gate.EvaluationGate;
import io.iotad.eval.gate.GateVerdict;
import io.iotad.eval.report.EvaluationReport;
import io.iotad.eval.report.EvaluationReportJson;
import io.iotad.eval.report.HtmlReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the training workflow's {@code ModelEvaluation}/{@code CheckEvaluation} steps and the
 * evaluation workflow share: the evaluation options a configuration asks for, the metrics with the
 * throughput deviation, the gate, and the two report files.
 */
final class ScoreEvaluation {
    private ScoreEvaluation() {
    }

    /**
     * @param config the run's configuration ({@code evaluation.k})
     * @param labelsComplete whether apartment-days without a verdict count as normal (ground truth)
     * @return the evaluation options
     */
    static EvaluationOptions options(IotadConfig config, boolean labelsComplete) {
        return EvaluationOptions.defaults().withK(config.evaluation().k())
                .withUnknownLabels(labelsComplete ? UnknownLabelPolicy.AS_NEGATIVE : UnknownLabelPolicy.EXCLUDE);
    }

    /**
     * @param scores scores of the evaluated days
     * @param labels verdicts
     * @param telemetry the portfolio (archetypes for the segments)
     * @param options how to evaluate
     * @return the evaluation
     */
    static EvaluationResult evaluate(Scores scores, Labels labels, Telemetry telemetry, EvaluationOptions options) {
        return Evaluation.evaluate(scores, labels, telemetry.archetypeByBuilding(), options);
    }

    /**
     * @param evaluation the evaluation
     * @param scores the scores it evaluated
     * @param config the run's configuration (the inference policy of the throughput deviation)
     * @return its metrics plus {@link EvaluationResult#THROUGHPUT_DEVIATION}, in order
     */
    static Map<String, Double> metrics(EvaluationResult evaluation, Scores scores, IotadConfig config) {
        Map<String, Double> metrics = new LinkedHashMap<>(evaluation.metrics());
        metrics.put(EvaluationResult.THROUGHPUT_DEVIATION, ThroughputDeviation.of(scores, config.inference()));
        return metrics;
    }

    /**
     * @param metrics the metrics
     * @param config the run's configuration ({@code evaluation.metrics_thresholds})
     * @return the gate's verdict
     */
    static GateVerdict gate(Map<String, Double> metrics, IotadConfig config) {
        return EvaluationGate.of(config.evaluation().metricsThresholds()).check(metrics);
    }

    /**
     * @param report the report
     * @param json where {@code evaluation_report.json} goes
     * @param html where the HTML report goes
     * @throws IOException when writing fails
     */
    static void write(EvaluationReport report, Path json, Path html) throws IOException {
        EvaluationReportJson.write(report, json);
        HtmlReport.write(report, html);
    }

    /**
     * @param m metrics
     * @return those with a finite value, in order (for JSON and the registry)
     */
    static Map<String, Double> finite(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (v != null && Double.isFinite(v)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
