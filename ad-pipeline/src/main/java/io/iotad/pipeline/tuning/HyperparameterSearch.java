package io.iotad.pipeline.tuning;

import io.iotad.core.detect.BatchScoring;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorTrainer;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.eval.metrics.AreaUnderCurve;
import io.iotad.eval.metrics.RankedSample;
import io.iotad.eval.metrics.RankingMetrics;
import io.iotad.pipeline.csv.StrategyChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A seeded random search (Bergstra and Bengio, 2012) over a strategy's {@link SearchSpace}, each trial
 * scored on rolling-origin folds ({@link RollingOriginSplit}).
 *
 * <p>Trial 1 is the strategy's defaults (plus the fixed options); trials 2..N draw one point each from
 * the space with one {@link SplittableRandom} seeded by {@link TuningOptions#seed()}, so the same seed,
 * data and options give the same trials, scores and choice. Per trial and fold the strategy is fitted on
 * the fold's training days with only the verdicts of those days (nothing of the evaluated days or later
 * reaches the fit), with the search's seed, then scores the fold's evaluated days in the context of their
 * history ({@link BatchScoring#inContext}; as many days as the detector's {@code historyDays()} reads).
 * The objective is P@K over the evaluated days ranked together,
 * averaged over the folds; ties are broken by the mean PR-AUC (average precision), then by the earlier trial.
 * Unscored rows rank last, as everywhere in the evaluation.
 *
 * <p>Not done (documented in docs/operations.md): successive halving or a model-based sampler (TPE); with
 * the few trials a shared machine affords, random search is the plain, reproducible baseline.
 */
public final class HyperparameterSearch {
    private HyperparameterSearch() {
    }

    /** Told after each trial, e.g. to print progress. */
    @FunctionalInterface
    public interface TrialListener {
        /** Ignores every trial. */
        TrialListener NONE = (trial, total, best) -> { };

        /**
         * @param trial the trial just scored
         * @param total trials to run
         * @param best the best trial so far (maybe this one)
         */
        void trialDone(TuningResult.Trial trial, int total, TuningResult.Trial best);
    }

    /**
     * Runs the search.
     *
     * @param frame the rows, features already selected, of every day to split into folds
     * @param labels verdicts of those rows (1 fault, 0 no fault); see {@link TuningOptions#labelsComplete()}
     * @param o what to run
     * @param progress told {@code ("tune trials", done, total)} after each trial
     * @param trials told after each trial
     * @return every trial and the chosen one
     * @throws IllegalArgumentException when the data is too short for the folds, a fold of a supervised
     *     strategy has no fault to learn from, a fold has no labelled row to evaluate, or a fixed option is bad
     *     (each named)
     */
    public static TuningResult run(FeatureFrame frame, Labels labels, TuningOptions o, ProgressListener progress,
                                   TrialListener trials) {
        Objects.requireNonNull(labels, "labels");
        List<RollingOriginSplit.Fold> folds = o.split().folds(frame);
        SearchSpace space = o.space();
        DetectorTrainer<?> defaults = StrategyChoice.byName(o.strategy(), false).bind(o.fixed());
        check(frame, labels, folds, o, defaults.supervised());
        SplittableRandom random = new SplittableRandom(o.seed());
        List<TuningResult.Trial> done = new ArrayList<>();
        TuningResult.Trial best = null;
        for (int t = 1; t <= o.trials(); t++) {
            Map<String, Object> given = new LinkedHashMap<>();
            if (t > 1) {
                given.putAll(space.sample(random));
            }
            given.putAll(o.fixed());
            DetectorTrainer<?> trainer;
            try {
                trainer = t == 1 ? defaults : StrategyChoice.byName(o.strategy(), false).bind(given);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("trial " + t + " " + given + ": " + e.getMessage(), e);
            }
            List<TuningResult.FoldScore> scores = new ArrayList<>();
            for (RollingOriginSplit.Fold f : folds) {
                scores.add(score(trainer, frame, labels, f, o, given));
            }
            TuningResult.Trial trial = new TuningResult.Trial(t, effective(trainer, space, o.fixed(), given), scores);
            done.add(trial);
            if (best == null || trial.beats(best)) {
                best = trial;
            }
            progress.progress("tune trials", t, o.trials());
            trials.trialDone(trial, o.trials(), best);
        }
        return new TuningResult(o, folds, done, best);
    }

    /** The searched and fixed options with the values the strategy bound (defaults filled in). */
    private static Map<String, Object> effective(DetectorTrainer<?> trainer, SearchSpace space, Map<String, Object> fixed,
                                                 Map<String, Object> given) {
        Map<String, Object> bound = trainer.options().toMap();
        Map<String, Object> out = new LinkedHashMap<>();
        for (SearchSpace.Dimension d : space.dimensions()) {
            out.put(d.name(), bound.getOrDefault(d.name(), given.get(d.name())));
        }
        for (String key : fixed.keySet()) {
            out.put(key, bound.getOrDefault(key, fixed.get(key)));
        }
        return out;
    }

    private static void check(FeatureFrame frame, Labels labels, List<RollingOriginSplit.Fold> folds, TuningOptions o,
                              boolean supervised) {
        for (RollingOriginSplit.Fold f : folds) {
            if (supervised && trainingLabels(labels, f).positives() == 0) {
                throw new IllegalArgumentException("fold " + f.index() + " (training days " + f.trainFrom() + ".." + f.trainTo()
                        + ") has no confirmed fault to learn from and " + o.strategy() + " is supervised: give fewer "
                        + "--folds, a shorter --horizon or more labelled days");
            }
            int[] y = evaluated(labels, BatchScoring.days(frame, f.evalFrom(), f.evalTo()), o.labelsComplete());
            if (java.util.Arrays.stream(y).noneMatch(v -> v != Labels.UNKNOWN)) {
                throw new IllegalArgumentException("fold " + f.index() + " (evaluated days " + f.evalFrom() + ".." + f.evalTo()
                        + ") has no labelled apartment-day to score against: give --labels-complete for ground truth, "
                        + "or fewer --folds");
            }
        }
    }

    /** Only the verdicts of the fold's training days: the fit never sees a verdict of a later day. */
    static Labels trainingLabels(Labels labels, RollingOriginSplit.Fold f) {
        List<Label> kept = new ArrayList<>();
        for (Label l : labels.all()) {
            if (!l.eventDate().isAfter(f.trainTo())) {
                kept.add(l);
            }
        }
        return Labels.of(kept);
    }

    private static int[] evaluated(Labels labels, FeatureFrame rows, boolean complete) {
        int[] y = labels.align(rows);
        if (complete) {
            for (int i = 0; i < y.length; i++) {
                y[i] = y[i] == Labels.UNKNOWN ? 0 : y[i];
            }
        }
        return y;
    }

    private static TuningResult.FoldScore score(DetectorTrainer<?> trainer, FeatureFrame frame, Labels labels,
                                                RollingOriginSplit.Fold f, TuningOptions o, Map<String, Object> given) {
        FeatureFrame train = f.train(frame);
        long t0 = System.nanoTime();
        Detector detector;
        try {
            Labels seen = trainingLabels(labels, f);
            // complete ground truth: the fold's unlabelled training days are normal days, as its evaluation reads them
            detector = trainer.fit(train, o.labelsComplete() ? seen.completedAsNormal(train) : seen,
                    new FitContext(o.seed(), o.threads(), ProgressListener.NONE));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fold " + f.index() + ", options " + given + ": " + e.getMessage(), e);
        }
        double fitSeconds = (System.nanoTime() - t0) / 1e9;
        Scores scores = BatchScoring.inContext(detector, f.context(frame, detector.historyDays()), f.evalFrom(),
                f.evalTo());
        int[] y = evaluated(labels, scores.rows(), o.labelsComplete());
        int n = 0;
        for (int v : y) {
            n += v == Labels.UNKNOWN ? 0 : 1;
        }
        double[] s = new double[n];
        int[] yy = new int[n];
        for (int i = 0, j = 0; i < y.length; i++) {
            if (y[i] != Labels.UNKNOWN) {
                s[j] = scores.score(i);
                yy[j++] = y[i];
            }
        }
        RankedSample sample = RankedSample.of(s, yy);
        int positives = sample.positives() + sample.unscoredPositives();
        double p = RankingMetrics.precisionAtK(sample, o.k());
        double ap = sample.positives() > 0 && sample.negatives() > 0 ? AreaUnderCurve.averagePrecision(sample) : Double.NaN;
        return new TuningResult.FoldScore(f.index(), Double.isNaN(p) ? 0.0 : p, ap, n, positives, fitSeconds);
    }
}
