package io.iotad.pipeline.workflow;

import io.iotad.core.config.TrainingConfig;
import io.iotad.core.detect.BatchScoring;
import io.iotad.core.detect.Detector;
import io.iotad.core.explain.FeatureBaseline;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Scores;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The time split of a training run: train on earlier days, evaluate on the most recent ones, so
 * the evaluation never sees a day the model was trained on.
 *
 * @param trainFrom first training day
 * @param trainTo last training day
 * @param holdoutFrom first evaluation day (equal to {@code trainFrom} when {@code holdout_days} is 0)
 * @param holdoutTo last evaluation day
 */
public record TrainingSplit(LocalDate trainFrom, LocalDate trainTo, LocalDate holdoutFrom, LocalDate holdoutTo) {
    /** Validates the order of the dates. */
    public TrainingSplit {
        Objects.requireNonNull(trainFrom, "trainFrom");
        Objects.requireNonNull(trainTo, "trainTo");
        Objects.requireNonNull(holdoutFrom, "holdoutFrom");
        Objects.requireNonNull(holdoutTo, "holdoutTo");
        if (trainTo.isBefore(trainFrom) || holdoutTo.isBefore(holdoutFrom)) {
            throw new IllegalArgumentException("empty split: train " + trainFrom + ".." + trainTo + ", holdout "
                    + holdoutFrom + ".." + holdoutTo);
        }
    }

    /**
     * Splits a frame's date range by the {@code training} section: the last {@code holdout_days}
     * days are held out; training takes the {@code train_days} days before them (all when absent).
     *
     * @param frame all daily rows
     * @param training the configuration
     * @return the split
     * @throws IllegalArgumentException when the frame has too few days for the holdout and one training day
     */
    public static TrainingSplit of(FeatureFrame frame, TrainingConfig training) {
        if (frame.rowCount() == 0) {
            throw new IllegalArgumentException("no feature rows to train on");
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < frame.rowCount(); i++) {
            min = Math.min(min, frame.epochDay(i));
            max = Math.max(max, frame.epochDay(i));
        }
        int holdout = training.holdoutDays();
        if (holdout == 0) {
            LocalDate from = LocalDate.ofEpochDay(min);
            LocalDate to = LocalDate.ofEpochDay(max);
            return new TrainingSplit(from, to, from, to);
        }
        long trainTo = max - holdout;
        if (trainTo < min) {
            throw new IllegalArgumentException("the data spans " + (max - min + 1) + " days, too few for training.holdout_days="
                    + holdout + " and at least one training day");
        }
        long trainFrom = training.trainDays().isPresent() ? Math.max(min, trainTo - training.trainDays().getAsInt() + 1) : min;
        return new TrainingSplit(LocalDate.ofEpochDay(trainFrom), LocalDate.ofEpochDay(trainTo),
                LocalDate.ofEpochDay(trainTo + 1), LocalDate.ofEpochDay(max));
    }

    /**
     * @param frame rows
     * @return the training rows
     */
    public FeatureFrame train(FeatureFrame frame) {
        return between(frame, trainFrom, trainTo);
    }

    /**
     * @param frame rows
     * @return the evaluation rows
     */
    public FeatureFrame holdout(FeatureFrame frame) {
        return between(frame, holdoutFrom, holdoutTo);
    }

    /**
     * Scores the holdout days in the context of the training days before them
     * ({@link BatchScoring#inContext}): the detector sees every row from {@code trainFrom} to
     * {@code holdoutTo}, and the scores of the holdout rows are kept. A detector that looks back
     * along each apartment's days (STL, history rules) thus scores a held-out day with the history
     * a production run has; a row-wise detector gives the same scores as scoring the holdout alone.
     * Training rows' scores are not kept, so no evaluation number is computed on a day the model
     * was fitted on.
     *
     * @param detector the fitted detector
     * @param frame all daily rows (training and holdout days)
     * @return one score per row of {@link #holdout(FeatureFrame)}, in its order
     */
    public Scores scoreHoldout(Detector detector, FeatureFrame frame) {
        return BatchScoring.inContext(detector, between(frame, trainFrom, holdoutTo), holdoutFrom, holdoutTo);
    }

    /**
     * {@link #scoreHoldout(Detector, FeatureFrame)}, each scored row with its reason measured
     * against the training days ({@link io.iotad.core.explain.Explainer}).
     *
     * @param detector the fitted detector
     * @param baseline the training rows' medians and scales ({@link #baseline})
     * @param frame all daily rows (training and holdout days)
     * @return one score per row of {@link #holdout(FeatureFrame)}, in its order, with reasons
     */
    public Scores scoreHoldout(Detector detector, FeatureBaseline baseline, FeatureFrame frame) {
        return BatchScoring.inContext(detector, baseline, between(frame, trainFrom, holdoutTo), holdoutFrom, holdoutTo);
    }

    /**
     * @param frame all daily rows
     * @param features the features to measure
     * @return the training days' median and robust scale of each feature, recorded in the artifact
     */
    public FeatureBaseline baseline(FeatureFrame frame, io.iotad.core.frame.FeatureSchema features) {
        return FeatureBaseline.of(train(frame), features);
    }

    /**
     * @param frame rows
     * @param from first day, inclusive
     * @param to last day, inclusive
     * @return the rows of those days
     */
    public static FeatureFrame between(FeatureFrame frame, LocalDate from, LocalDate to) {
        return BatchScoring.days(frame, from, to);
    }
}
