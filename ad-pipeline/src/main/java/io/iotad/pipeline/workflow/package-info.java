/**
 * The training and inference workflows, as the seed's Step Functions state machines with the same
 * step names, run locally.
 *
 * <p>{@link io.iotad.pipeline.workflow.TrainingWorkflow}: {@code ValidateSchema → FeatureEngineering
 * → ModelTraining → ModelEvaluation → CheckEvaluation → RegisterModel}. The last
 * {@code training.holdout_days} days are held out ({@link io.iotad.pipeline.workflow.TrainingSplit});
 * a model whose metrics fail {@code evaluation.metrics_thresholds} ends in {@code EvaluationFailed}
 * and is not registered; one that passes is registered as {@code PendingManualApproval}, its
 * artifact recording the feature pipeline's spec, the training data's lineage and the metrics.
 *
 * <p>{@link io.iotad.pipeline.workflow.InferenceWorkflow}: {@code GetApprovedModelPackage →
 * FeatureEngineeringInference → BatchScore → ProcessResults}. The feature pipeline is rebuilt from
 * the approved artifact's spec and run by the same {@link io.iotad.pipeline.workflow.FeatureEngineering}
 * code as training, so a day's features are the same bits in both; the data contract is checked
 * per scored day for the weather features (a day whose outdoor temperature is missing beyond
 * {@code feature_engineering.null_rate_limit} stops the run). Alerts are published per scored
 * range ({@link io.iotad.core.alert.AlertStore#publish}): scoring a day again refreshes its
 * unreviewed alerts, supersedes those the newer run did not raise, and leaves reviewed ones as they are.
 *
 * <p>Telemetry comes from files ({@link io.iotad.pipeline.workflow.PortfolioInputs},
 * {@link io.iotad.pipeline.workflow.TelemetryLoader}) or from memory
 * ({@link io.iotad.pipeline.workflow.TelemetrySource#loaded}). Every run writes
 * {@code run_report.json} (steps in order, durations, row counts, terminal state), also when a step fails.
 */
package io.iotad.pipeline.workflow;
