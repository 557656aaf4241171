package io.iotad.eval.backtest;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Scores;

/** Trains a detector on one frame and scores another: the unit a {@link Backtest} repeats. */
@FunctionalInterface
public interface FitAndScore {
    /**
     * @param train the rows to train on (every week up to the origin)
     * @param test the rows to score (the week after the origin)
     * @return scores for exactly the rows of {@code test}, in its row order (NaN = not scored)
     */
    Scores apply(FeatureFrame train, FeatureFrame test);
}
