package io.iotad.eval.backtest;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.eval.Evaluation;
import io.iotad.eval.EvaluationResult;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * A rolling-origin backtest by ISO week (Monday to Sunday): for every week w from the
 * {@code minTrainWeeks}-th on, fit on all rows of weeks up to w and score the rows of week w + 1
 * (the next week that has rows). Origins run one after another in week order, so a deterministic
 * {@link FitAndScore} gives the same result on every run.
 */
public final class Backtest {
    private Backtest() {
    }

    /**
     * @param frame all rows, any order
     * @param labels verdicts for evaluating each scored week
     * @param fitAndScore trains on the past and scores the next week
     * @param options settings
     * @return one result per scored week; empty when the frame spans at most {@code minTrainWeeks} weeks
     * @throws IllegalStateException when {@code fitAndScore} returns scores for other rows than asked
     */
    public static BacktestResult run(FeatureFrame frame, Labels labels, FitAndScore fitAndScore,
                                     BacktestOptions options) {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(fitAndScore, "fitAndScore");
        Objects.requireNonNull(options, "options");
        long[] weekOf = new long[frame.rowCount()];
        TreeSet<Long> weeks = new TreeSet<>();
        for (int i = 0; i < weekOf.length; i++) {
            weekOf[i] = mondayOf(frame.eventDate(i)).toEpochDay();
            weeks.add(weekOf[i]);
        }
        List<Long> ordered = new ArrayList<>(weeks);
        List<WeekResult> results = new ArrayList<>();
        for (int w = options.minTrainWeeks() - 1; w + 1 < ordered.size(); w++) {
            long origin = ordered.get(w);
            long next = ordered.get(w + 1);
            FeatureFrame train = frame.rows(IntStream.range(0, weekOf.length).filter(i -> weekOf[i] <= origin).toArray());
            FeatureFrame test = frame.rows(IntStream.range(0, weekOf.length).filter(i -> weekOf[i] == next).toArray());
            Scores scores = fitAndScore.apply(train, test);
            if (scores == null || scores.size() != test.rowCount()) {
                throw new IllegalStateException("fitAndScore returned " + (scores == null ? "null" : scores.size()
                        + " scores") + " for week " + isoWeek(LocalDate.ofEpochDay(next)) + " of " + test.rowCount()
                        + " rows");
            }
            EvaluationResult r = Evaluation.evaluate(Scores.of(test, scores.values()), labels, options.evaluation());
            LocalDate monday = LocalDate.ofEpochDay(next);
            results.add(new WeekResult(isoWeek(monday), monday.toString(), train.rowCount(), test.rowCount(),
                    r.unscored(), r.positives(), r.overall().precisionAtK(), r.overall().recallAtK(),
                    r.daily().precision(), r.overall().prAuc()));
        }
        return new BacktestResult(options.minTrainWeeks(), options.evaluation().k(), results);
    }

    /**
     * @param day a date
     * @return the Monday of its ISO week
     */
    static LocalDate mondayOf(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }

    /**
     * @param day a date
     * @return its ISO week as {@code YYYY-Www} (week-based year)
     */
    public static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
