package io.iotad.pipeline.workflow;

import io.iotad.core.alert.PublishResult;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.score.Scores;
import io.iotad.pipeline.alerting.AlertSelection;
import io.iotad.pipeline.run.RunReport;
import io.iotad.features.ingest.IngestReport;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What an inference run left behind.
 *
 * @param report the run report
 * @param model the approved model package that scored
 * @param from the first day scored
 * @param to the last day scored
 * @param scores the scores of the batch's apartment-days
 * @param selection the alerts chosen and those suppressed
 * @param published what writing the alerts did: created, refreshed, superseded, reviewed ones kept
 * @param scoresCsv the written scores
 * @param ingest what reading the telemetry counted
 * @param retraining the retraining decision judged after the run
 */
public record InferenceOutcome(RunReport report, ModelPackage model, LocalDate from, LocalDate to, Scores scores,
                               AlertSelection selection, PublishResult published, Path scoresCsv, IngestReport ingest,
                               io.iotad.pipeline.monitoring.RetrainingDecision retraining) {
    /** @return how many alerts were new (the others refreshed unreviewed alerts or left reviewed ones as they were) */
    public int newAlerts() {
        return published.created();
    }
}
