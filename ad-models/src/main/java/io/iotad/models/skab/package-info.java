/**
 * Running detectors on SKAB (Skoltech Anomaly Benchmark) recordings under its leaderboard's
 * outlier protocol: reading the semicolon-separated files, causal rolling-window features for raw
 * sensor streams, threshold calibration on the training part, and the pooled confusion matrix
 * with F1, false-alarm rate and missed-alarm rate.
 */
package io.iotad.models.skab;
