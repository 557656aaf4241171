package io.iotad.pipeline.workflow;

import io.iotad.core.detect.BatchScoring;
import io.iotad.core.detect.Detector;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.eval.EvaluationOptions;
import io.iotad.eval.backtest.Backtest;
import io.iotad.eval.backtest.BacktestOptions;
import io.iotad.eval.backtest.BacktestResult;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The training workflow's rolling-origin backtest: for each of the last {@value #WEEKS} weeks up to
 * the end of the holdout, train on every earlier week and score that week (in the context of its
 * history, as inference does), giving the report's Precision@K per week.
 */
final class WeeklyBacktest {
    /** Weeks scored, the most recent ones: enough to show a trend, few enough to keep training fast. */
    static final int WEEKS = 4;

    private WeeklyBacktest() {
    }

    /**
     * @param split the run's split (the backtest covers its training and holdout days)
     * @param frame every row, with the model's features
     * @param labels verdicts
     * @param evaluation how each week is evaluated
     * @param fit fits the run's strategy on a fold's training rows; empty when a supervised fold
     *     has no fault to learn from (that week is then left unscored)
     * @return one result per scored week
     */
    static BacktestResult run(TrainingSplit split, FeatureFrame frame, Labels labels, EvaluationOptions evaluation,
                              BiFunction<FeatureFrame, Labels, Optional<Detector>> fit) {
        FeatureFrame span = TrainingSplit.between(frame, split.trainFrom(), split.holdoutTo());
        long firstMonday = monday(split.trainFrom());
        long lastMonday = monday(split.holdoutTo());
        int weeks = (int) ((lastMonday - firstMonday) / 7) + 1;
        int minTrainWeeks = Math.max(2, weeks - WEEKS);
        return Backtest.run(span, labels, (train, test) -> {
            Optional<Detector> d = fit.apply(train, labels);
            if (d.isEmpty()) {
                double[] none = new double[test.rowCount()];
                Arrays.fill(none, Double.NaN);
                return Scores.of(test, none);
            }
            LocalDate from = LocalDate.ofEpochDay(Arrays.stream(epochDays(test)).min().orElseThrow());
            LocalDate to = LocalDate.ofEpochDay(Arrays.stream(epochDays(test)).max().orElseThrow());
            return BatchScoring.inContext(d.get(), span, from, to);
        }, new BacktestOptions(minTrainWeeks, evaluation));
    }

    private static long[] epochDays(FeatureFrame f) {
        long[] d = new long[f.rowCount()];
        for (int i = 0; i < d.length; i++) {
            d[i] = f.epochDay(i);
        }
        return d;
    }

    private static long monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()).toEpochDay();
    }
}
