package io.iotad.eval.backtest;

import io.iotad.eval.EvaluationOptions;
import java.util.Objects;

/**
 * Settings of a {@link Backtest}.
 *
 * @param minTrainWeeks the first origin has at least this many weeks of training data, at least 1
 * @param evaluation how each scored week is evaluated
 */
public record BacktestOptions(int minTrainWeeks, EvaluationOptions evaluation) {
    /** Default {@link #minTrainWeeks()}. */
    public static final int DEFAULT_MIN_TRAIN_WEEKS = 2;

    /** Validates the fields. */
    public BacktestOptions {
        if (minTrainWeeks < 1) {
            throw new IllegalArgumentException("minTrainWeeks must be >= 1, got " + minTrainWeeks);
        }
        Objects.requireNonNull(evaluation, "evaluation");
    }

    /** @return {@link #DEFAULT_MIN_TRAIN_WEEKS} and the default evaluation options */
    public static BacktestOptions defaults() {
        return new BacktestOptions(DEFAULT_MIN_TRAIN_WEEKS, EvaluationOptions.defaults());
    }
}
