/**
 * Composite detectors assembled from configuration: component strategies, found by name with
 * their own options, whose scores are combined by a rule — robust z-score max or mean, mean
 * empirical rank, or stacking into a second-stage strategy (stacked generalisation, Wolpert 1992).
 * {@code lr_lof}, the seed's {@code LR_LOF}, is the preset "linear-regression residuals plus their
 * drivers, fed to LOF".
 */
package io.iotad.models.composite;
