package io.iotad.core.detect;

import io.iotad.core.explain.Explainer;
import io.iotad.core.explain.FeatureBaseline;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Scores;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * The one way the library scores a batch of days: in the context of the days before them. The
 * detector sees every row of the frame up to the last day of the batch, and the scores of the
 * batch's rows are kept. A detector that looks back along each apartment's days (see
 * {@link Detector#historyDays()}) thus scores a day with the history a production run has, instead
 * of a series that starts on the first scored day; a detector that declares no history (row-wise, or
 * comparing rows of the same day) is given the batch's rows alone, which gives it the same scores for
 * less work. Training's holdout evaluation and backtest, inference, evaluation, and the
 * embedding examples score through {@link #inContext}; a feature CSV is its own context, scored whole.
 */
public final class BatchScoring {
    private BatchScoring() {
    }

    /**
     * Scores the days {@code from}..{@code to} in the context of every earlier day of a frame.
     *
     * @param detector the fitted detector
     * @param frame the rows to score and their history (rows after {@code to} are ignored)
     * @param from first day whose scores are kept
     * @param to last day whose scores are kept, not before {@code from}
     * @return one score per row of {@link #days(FeatureFrame, LocalDate, LocalDate) days(frame, from, to)}, in its order
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public static Scores inContext(Detector detector, FeatureFrame frame, LocalDate from, LocalDate to) {
        Objects.requireNonNull(detector, "detector");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the days to score are empty: " + from + " .. " + to);
        }
        if (detector.historyDays() == 0) {
            // a detector that reads no earlier day scores each day's rows on their own: give it only the batch
            // (the daily run's frame holds a month of lookback rows for the features; scoring them all was 30x the work)
            FeatureFrame batch = days(frame, from, to);
            return Scores.of(batch, detector.score(batch).values());
        }
        long b = to.toEpochDay();
        FeatureFrame context = frame.filter(i -> frame.epochDay(i) <= b);
        Scores all = detector.score(context);
        long a = from.toEpochDay();
        int n = 0;
        double[] kept = new double[context.rowCount()];
        for (int i = 0; i < context.rowCount(); i++) {
            if (context.epochDay(i) >= a) {
                kept[n++] = all.score(i);
            }
        }
        FeatureFrame batch = days(frame, from, to);
        if (n != batch.rowCount()) {
            throw new IllegalStateException("batch rows differ: " + n + " in context, " + batch.rowCount() + " alone");
        }
        return Scores.of(batch, Arrays.copyOf(kept, n));
    }

    /**
     * Scores the days {@code from}..{@code to} in context ({@link #inContext(Detector, FeatureFrame,
     * LocalDate, LocalDate)}) and gives every scored row its reason ({@link Explainer}): the path
     * of every door whose scores reach a technician (alerts, the evaluation report's visit list).
     *
     * @param detector the fitted detector
     * @param baseline the training data's medians and scales the reasons are measured against
     * @param frame the rows to score and their history (rows after {@code to} are ignored)
     * @param from first day whose scores are kept
     * @param to last day whose scores are kept, not before {@code from}
     * @return the scores of the days, each scored row with its {@link io.iotad.core.explain.Reason}
     */
    public static Scores inContext(Detector detector, FeatureBaseline baseline, FeatureFrame frame, LocalDate from,
                                   LocalDate to) {
        return new Explainer(detector, baseline).explain(inContext(detector, frame, from, to));
    }

    /**
     * @param frame rows
     * @param from first day, inclusive
     * @param to last day, inclusive
     * @return the rows of those days, in the frame's order
     */
    public static FeatureFrame days(FeatureFrame frame, LocalDate from, LocalDate to) {
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        return frame.filter(i -> frame.epochDay(i) >= a && frame.epochDay(i) <= b);
    }

    /**
     * How many calendar days of history a frame holds before a day, to compare with
     * {@link Detector#historyDays()}.
     *
     * @param frame rows
     * @param from the first day to be scored
     * @return days from the frame's first day to the day before {@code from}; 0 when it starts on or after {@code from}
     */
    public static int historyDaysBefore(FeatureFrame frame, LocalDate from) {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < frame.rowCount(); i++) {
            min = Math.min(min, frame.epochDay(i));
        }
        return min == Long.MAX_VALUE ? 0 : (int) Math.max(0, from.toEpochDay() - min);
    }
}
