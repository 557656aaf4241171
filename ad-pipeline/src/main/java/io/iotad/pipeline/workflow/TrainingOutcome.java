package io.iotad.pipeline.workflow;

import io.iotad.core.registry.ModelPackage;
import io.iotad.eval.EvaluationResult;
import io.iotad.eval.gate.GateVerdict;
import io.iotad.features.ingest.IngestReport;
import io.iotad.pipeline.run.RunReport;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a training run left behind.
 *
 * @param report the run report (steps, durations, counts, terminal state)
 * @param split the train / holdout days
 * @param evaluation metrics on the holdout days
 * @param verdict the evaluation gate's verdict
 * @param registered the new registry version, empty when the gate failed
 * @param artifact the written {@code model.tar.gz}
 * @param reportJson {@code evaluation_report.json}
 * @param reportHtml the HTML evaluation report
 * @param ingest what reading the telemetry counted
 * @param archetypeModels the archetypes' own models registered beside {@code registered}
 *     ({@code training.model_grouping: archetype}), each {@code PendingManualApproval}; empty otherwise
 */
public record TrainingOutcome(RunReport report, TrainingSplit split, EvaluationResult evaluation, GateVerdict verdict,
                              Optional<ModelPackage> registered, Path artifact, Path reportJson, Path reportHtml,
                              IngestReport ingest, java.util.List<ModelPackage> archetypeModels) {
    /** Copies the list. */
    public TrainingOutcome {
        archetypeModels = archetypeModels == null ? java.util.List.of() : java.util.List.copyOf(archetypeModels);
    }
}
