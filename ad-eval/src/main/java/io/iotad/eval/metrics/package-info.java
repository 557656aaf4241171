/**
 * Pure ranking and classification metrics on {@code double[]} scores and {@code int[]} labels:
 * Precision@K, Recall@K, anomaly yield@K, average precision (PR-AUC), ROC-AUC, precision, recall
 * and F1 at a threshold, per-day top-K and score distributions.
 *
 * <p>Conventions shared by every class here: a higher score means more anomalous; a NaN score
 * marks a row the detector did not score, which is excluded from every metric and counted; a
 * label is 1 (confirmed fault) or 0 (confirmed non-fault); a metric that is undefined for the
 * data (no positives, nothing ranked) is NaN, never 0. Ties in a ranking are broken by row order
 * (the lower row index first), the same rule as {@link io.iotad.core.score.Scores#ranking()}.
 */
package io.iotad.eval.metrics;
