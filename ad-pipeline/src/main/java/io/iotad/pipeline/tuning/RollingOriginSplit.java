package io.iotad.pipeline.tuning;

import io.iotad.core.frame.FeatureFrame;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rolling-origin (expanding-window) time split: {@code folds} origins, each fold training on every
 * day before its origin and evaluating on the {@code horizonDays} days from it; the last fold's block
 * ends on the frame's last day and the blocks are consecutive and disjoint. Rows are never split at
 * random: a fold's training days all precede its evaluation days, so nothing of the evaluated days (nor
 * of any later day) is seen by its fit.
 *
 * @param folds number of origins, 1 to {@value #MAX_FOLDS}
 * @param horizonDays days evaluated per fold, 1 to {@value #MAX_HORIZON_DAYS}
 * @param minTrainDays the fewest training days the first fold may have, at least 1
 */
public record RollingOriginSplit(int folds, int horizonDays, int minTrainDays) {
    /** Most folds a split may have. */
    public static final int MAX_FOLDS = 20;
    /** Longest evaluation block, in days. */
    public static final int MAX_HORIZON_DAYS = 90;
    /** Default number of folds. */
    public static final int DEFAULT_FOLDS = 3;
    /** Default evaluation block: a fortnight, the demo's held-out period. */
    public static final int DEFAULT_HORIZON_DAYS = 14;
    /** Default fewest training days of the first fold: four weeks. */
    public static final int DEFAULT_MIN_TRAIN_DAYS = 28;

    /** Validates the fields, naming the command-line option of a bad one. */
    public RollingOriginSplit {
        if (folds < 1 || folds > MAX_FOLDS) {
            throw new IllegalArgumentException("--folds must be between 1 and " + MAX_FOLDS + ", got " + folds);
        }
        if (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
            throw new IllegalArgumentException("--horizon must be between 1 and " + MAX_HORIZON_DAYS + " days, got "
                    + horizonDays);
        }
        if (minTrainDays < 1) {
            throw new IllegalArgumentException("--min-train-days must be >= 1, got " + minTrainDays);
        }
    }

    /** @return 3 folds of 14 days, at least 28 training days */
    public static RollingOriginSplit defaults() {
        return new RollingOriginSplit(DEFAULT_FOLDS, DEFAULT_HORIZON_DAYS, DEFAULT_MIN_TRAIN_DAYS);
    }

    /**
     * One fold: train on {@code trainFrom..trainTo}, evaluate on {@code evalFrom..evalTo} (all inclusive).
     *
     * @param index 1-based, oldest origin first
     * @param trainFrom first training day (the frame's first day)
     * @param trainTo last training day, the day before {@code evalFrom}
     * @param evalFrom the origin: first evaluated day
     * @param evalTo last evaluated day
     */
    public record Fold(int index, LocalDate trainFrom, LocalDate trainTo, LocalDate evalFrom, LocalDate evalTo) {
        /** Validates the order of the days. */
        public Fold {
            Objects.requireNonNull(trainFrom, "trainFrom");
            if (trainTo.isBefore(trainFrom) || !trainTo.plusDays(1).equals(evalFrom) || evalTo.isBefore(evalFrom)) {
                throw new IllegalArgumentException("fold " + index + " is out of order: train " + trainFrom + ".." + trainTo
                        + ", evaluate " + evalFrom + ".." + evalTo);
            }
        }

        /**
         * @param frame rows of any days
         * @return the rows of the training days, in frame order
         */
        public FeatureFrame train(FeatureFrame frame) {
            return between(frame, trainFrom, trainTo);
        }

        /**
         * @param frame rows of any days
         * @return the rows up to the last evaluated day (the evaluated days and their history), in frame order
         */
        public FeatureFrame context(FeatureFrame frame) {
            return between(frame, trainFrom, evalTo);
        }

        /**
         * @param frame rows of any days
         * @param historyDays days before the origin the detector reads ({@code Detector#historyDays()}), at least 0
         * @return the evaluated days and that much history (never before {@code trainFrom}), in frame order
         */
        public FeatureFrame context(FeatureFrame frame, int historyDays) {
            LocalDate from = evalFrom.minusDays(Math.max(0, historyDays));
            return between(frame, from.isBefore(trainFrom) ? trainFrom : from, evalTo);
        }

        private static FeatureFrame between(FeatureFrame frame, LocalDate from, LocalDate to) {
            long a = from.toEpochDay();
            long b = to.toEpochDay();
            return frame.filter(i -> frame.epochDay(i) >= a && frame.epochDay(i) <= b);
        }
    }

    /**
     * The folds over the days a frame covers.
     *
     * @param frame the rows (at least one)
     * @return the folds, oldest origin first
     * @throws IllegalArgumentException when the frame is empty or too short for the folds, saying how many
     *     days it has and needs
     */
    public List<Fold> folds(FeatureFrame frame) {
        if (frame.rowCount() == 0) {
            throw new IllegalArgumentException("no rows to split into folds");
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < frame.rowCount(); i++) {
            first = Math.min(first, frame.epochDay(i));
            last = Math.max(last, frame.epochDay(i));
        }
        return folds(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last));
    }

    /**
     * The folds over a range of days.
     *
     * @param firstDay the first day of data
     * @param lastDay the last day of data, not before {@code firstDay}
     * @return the folds, oldest origin first
     * @throws IllegalArgumentException when the days are too few: {@code minTrainDays + folds × horizonDays} are needed
     */
    public List<Fold> folds(LocalDate firstDay, LocalDate lastDay) {
        long days = lastDay.toEpochDay() - firstDay.toEpochDay() + 1;
        long needed = (long) minTrainDays + (long) folds * horizonDays;
        if (days < needed) {
            throw new IllegalArgumentException("the data covers " + days + " days (" + firstDay + ".." + lastDay + "); "
                    + folds + " folds of " + horizonDays + " days after at least " + minTrainDays + " training days need "
                    + needed + ": give fewer --folds, a shorter --horizon or a smaller --min-train-days");
        }
        List<Fold> out = new ArrayList<>(folds);
        for (int i = 0; i < folds; i++) {
            LocalDate evalTo = lastDay.minusDays((long) (folds - 1 - i) * horizonDays);
            LocalDate evalFrom = evalTo.minusDays(horizonDays - 1L);
            out.add(new Fold(i + 1, firstDay, evalFrom.minusDays(1), evalFrom, evalTo));
        }
        return List.copyOf(out);
    }
}
