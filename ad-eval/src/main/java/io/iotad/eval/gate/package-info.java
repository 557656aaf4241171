/**
 * The evaluation gate (the seed's CheckEvaluation step): thresholds from the configuration's
 * {@code evaluation.metrics_thresholds} checked against an evaluation's metrics, giving a pass or
 * fail with the reasons.
 */
package io.iotad.eval.gate;
