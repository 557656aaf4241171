/**
 * Evaluation of anomaly scores against technicians' verdicts: {@link io.iotad.eval.Evaluation}
 * turns {@link io.iotad.core.score.Scores} and {@link io.iotad.core.score.Labels} into an immutable
 * {@link io.iotad.eval.EvaluationResult} (ranking metrics, per-day top-K, PR curve, score
 * distribution and per-segment breakdowns). The metrics themselves live in
 * {@link io.iotad.eval.metrics}; gates in {@link io.iotad.eval.gate}; reports in
 * {@link io.iotad.eval.report}; rolling-origin backtests in {@link io.iotad.eval.backtest}.
 */
package io.iotad.eval;
