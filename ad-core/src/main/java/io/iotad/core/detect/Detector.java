package io.iotad.core.detect;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import java.util.Map;

/**
 * A fitted, immutable anomaly detector. Thread-safe: one instance may score from many threads.
 *
 * <p>Scores mean "higher = more anomalous"; their scale is the strategy's own (documented there).
 */
public interface Detector {
    /** @return the name of the strategy that fitted this detector, e.g. {@code isolation_forest} */
    String strategy();

    /** @return the features this detector reads, in the order it reads them */
    FeatureSchema features();

    /** @return what this detector does with a missing required feature */
    MissingValuePolicy missingValuePolicy();

    /** @return the options it was fitted with, as recorded in the artifact */
    Map<String, Object> options();

    /**
     * Scores every row of a frame.
     *
     * @param frame rows to score; must hold every feature of {@link #features()} (others are ignored)
     * @return one score per row, NaN where the missing-value policy leaves a row unscored
     * @throws IllegalArgumentException when the frame lacks a required feature
     */
    Scores score(FeatureFrame frame);
}
