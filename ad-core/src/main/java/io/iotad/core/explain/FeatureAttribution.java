package io.iotad.core.explain;

import io.iotad.core.frame.FeatureFrame;

/**
 * A detector that attributes its own scores to its features (TreeSHAP for gradient-boosted trees).
 * {@link Explainer} uses these contributions instead of the robust deviation when a detector offers them.
 */
public interface FeatureAttribution {
    /**
     * Per-row feature contributions. Row {@code i} holds one value per feature of the detector's
     * {@link io.iotad.core.detect.Detector#features()}, in that order, then the bias in the last
     * column; positive values push the score up (towards an anomaly).
     *
     * @param frame rows holding every feature of the detector
     * @return {@code double[rows][features + 1]}, in log-odds for a probabilistic classifier
     */
    double[][] contributions(FeatureFrame frame);
}
