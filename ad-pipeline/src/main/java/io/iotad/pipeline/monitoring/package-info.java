/**
 * Monitoring of the operating loop: the feature profile stored with a model at training, the data-drift
 * step of inference that compares a scoring batch with it (population-stability index,
 * Kolmogorov–Smirnov distance and null-rate rise per feature, segment and heating-degree-day band),
 * and the retraining decision judged after each scoring run.
 */
package io.iotad.pipeline.monitoring;
