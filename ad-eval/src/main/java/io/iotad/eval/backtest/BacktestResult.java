package io.iotad.eval.backtest;

import java.util.List;

/**
 * All origins of a backtest, oldest scored week first.
 *
 * @param minTrainWeeks the setting used
 * @param k alerts for the top-K metrics
 * @param weeks one entry per scored week
 */
public record BacktestResult(int minTrainWeeks, int k, List<WeekResult> weeks) {
    /** Copies the list. */
    public BacktestResult {
        weeks = List.copyOf(weeks);
    }

    /** @return the mean of the weeks' defined Precision@K; NaN when none is defined */
    public double meanPrecisionAtK() {
        return weeks.stream().mapToDouble(WeekResult::precisionAtK).filter(v -> !Double.isNaN(v))
                .average().orElse(Double.NaN);
    }
}
