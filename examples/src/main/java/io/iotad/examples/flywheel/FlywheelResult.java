package io.iotad.examples.flywheel;

import io.iotad.core.registry.ModelPackage;
import io.iotad.pipeline.workflow.TrainingOutcome;
import java.util.Objects;

/**
 * What one turn of the flywheel did.
 *
 * @param firstModel the unsupervised model that raised the alerts (approved)
 * @param alerts alerts raised and reviewed
 * @param confirmedFaults alerts resolved as {@code Resolved-True Positive}
 * @param falseAlarms alerts resolved as {@code Resolved-False Positive}
 * @param labels labels the verdicts became
 * @param retrained the supervised training run on those labels; its {@code registered()} is the new
 *     {@code PendingManualApproval} version when it passed the gate
 */
public record FlywheelResult(ModelPackage firstModel, int alerts, int confirmedFaults, int falseAlarms, int labels,
                             TrainingOutcome retrained) {
    /** Validates the fields. */
    public FlywheelResult {
        Objects.requireNonNull(firstModel, "firstModel");
        Objects.requireNonNull(retrained, "retrained");
        if (alerts < 0 || confirmedFaults < 0 || falseAlarms < 0 || labels < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got alerts=" + alerts + ", confirmedFaults="
                    + confirmedFaults + ", falseAlarms=" + falseAlarms + ", labels=" + labels);
        }
    }
}
