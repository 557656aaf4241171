package io.iotad.core.detect;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;

/**
 * A fitted, immutable anomaly detector: the model half of the trainer/model split (a
 * {@link DetectorTrainer} fits it). Thread-safe: one instance may score from many threads.
 * {@link AbstractDetector} holds the strategy name, features, missing-value policy and options, so
 * an implementation writes only its state and {@link #score}.
 *
 * <p>Scores mean "higher = more anomalous"; their scale is the strategy's own (documented there).
 * A detector that looks back along each apartment's days declares how far in
 * {@link #historyDays()}; every scoring door of the library gives it those days through
 * {@link BatchScoring#inContext}.
 */
public interface Detector {
    /** @return the name of the strategy that fitted this detector, e.g. {@code isolation_forest} */
    String strategy();

    /** @return the features this detector reads, in the order it reads them */
    FeatureSchema features();

    /** @return what this detector does with a missing required feature */
    MissingValuePolicy missingValuePolicy();

    /**
     * @return the validated options it was fitted with; their {@link DetectorOptions#toMap()} form is
     *     recorded in the artifact's manifest. An implementation narrows the return type to its own
     *     options (as {@link AbstractDetector} does), so callers read them without a cast.
     */
    DetectorOptions options();

    /**
     * The history a score needs: how many calendar days of an apartment's rows before the first day
     * being scored the detector reads to score it (STL decomposes each apartment's series; a
     * persistence rule looks back over its run). The library's scoring doors pass every earlier day
     * they hold ({@link BatchScoring#inContext}), fetch at least this many from a source that can
     * narrow (the processed zone), and report when they hold fewer.
     *
     * @return days of history, at least 0; 0 (the default) for a detector that scores each row on its own
     */
    default int historyDays() {
        return 0;
    }

    /**
     * Scores every row of a frame. Rows of earlier days are the history of later ones for a
     * detector with {@link #historyDays()} above 0; to score some days in the context of the days
     * before them, use {@link BatchScoring#inContext}.
     *
     * @param frame rows to score; must hold every feature of {@link #features()} (others are ignored)
     * @return one score per row, NaN where the missing-value policy leaves a row unscored
     * @throws IllegalArgumentException when the frame lacks a required feature
     */
    Scores score(FeatureFrame frame);
}
