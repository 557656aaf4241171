package io.iotad.pipeline.workflow;

import io.iotad.core.registry.ModelPackage;
import io.iotad.core.score.Scores;
import io.iotad.pipeline.alerting.AlertSelection;
import io.iotad.pipeline.run.RunReport;
import java.nio.file.Path;

/**
 * What an inference run left behind.
 *
 * @param report the run report
 * @param model the approved model package that scored
 * @param scores the scores of the batch's apartment-days
 * @param selection the alerts chosen and those suppressed
 * @param newAlerts how many alerts were new (the others updated existing ones, keeping their status)
 * @param scoresCsv the written scores
 */
public record InferenceOutcome(RunReport report, ModelPackage model, Scores scores, AlertSelection selection,
                               int newAlerts, Path scoresCsv) {
}
