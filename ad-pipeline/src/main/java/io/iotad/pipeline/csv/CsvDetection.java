package io.iotad.pipeline.csv;

import io.iotad.core.data.DataException;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorTrainer;
import io.iotad.core.detect.FitContext;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.CsvFrame;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureFrameCsv;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.eval.metrics.AreaUnderCurve;
import io.iotad.eval.metrics.RankedSample;
import io.iotad.eval.metrics.RankingMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Fits a strategy on one feature CSV and scores another, measuring the fit and the scoring alone
 * (CSV reading excluded), and ranks the scores against the score file's labels the way
 * scikit-learn does ({@link RankingMetrics}, {@link AreaUnderCurve}): what {@code iotad detect}
 * prints, in the shape of the scikit-learn peer ({@code detect_sklearn.py}). Rows the detector
 * leaves unscored are left out of every metric, as the peer drops rows with a missing feature; a
 * row with an empty label is left out and counted.
 */
public final class CsvDetection {
    private CsvDetection() {
    }

    /**
     * What to fit and score.
     *
     * @param strategy strategy name, any case
     * @param trainCsv the rows to fit on
     * @param scoreCsv the rows to score; must hold the training features
     * @param features feature columns in order; empty = every numeric column of the training file
     *     except the identity and label columns
     * @param labelColumn the label column (0/1, empty = no verdict), never a feature
     * @param ks cut-offs of precision and recall at k, each at least 1
     * @param seed seed of the fit
     * @param threads worker threads, at least 1
     * @param options strategy options as configuration gives them
     */
    public record Request(String strategy, Path trainCsv, Path scoreCsv, List<String> features, String labelColumn,
                          List<Integer> ks, long seed, int threads, Map<String, ?> options) {
        /** Validates and copies the fields. */
        public Request {
            Objects.requireNonNull(strategy, "strategy");
            Objects.requireNonNull(trainCsv, "trainCsv");
            Objects.requireNonNull(scoreCsv, "scoreCsv");
            features = List.copyOf(features);
            Objects.requireNonNull(labelColumn, "labelColumn");
            ks = List.copyOf(ks);
            for (int k : ks) {
                if (k < 1) {
                    throw new IllegalArgumentException("every k must be >= 1, got " + k);
                }
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
            options = Map.copyOf(options);
        }
    }

    /**
     * What the run measured.
     *
     * @param strategy the strategy's name
     * @param features the feature columns used, in order
     * @param trainingRowsUsed training rows the fit could use (complete rows under {@code SKIP_ROW})
     * @param scoreFile the score file as read (its non-feature columns, for writing scores beside them)
     * @param scores one score per row of the score file, NaN = unscored
     * @param fitSeconds wall time of the fit alone, in seconds
     * @param scoreSeconds wall time of the scoring alone, in seconds
     * @param ranking the metrics against the score file's labels, when it has a numeric label column
     */
    public record Result(String strategy, List<String> features, int trainingRowsUsed, CsvFrame scoreFile, Scores scores,
                         double fitSeconds, double scoreSeconds, Optional<Ranking> ranking) {
    }

    /**
     * The ranking metrics of the scored, labelled rows.
     *
     * @param labelled scored rows with a verdict
     * @param unlabelled scored rows without one (left out)
     * @param rocAuc ROC-AUC, NaN unless both classes are present
     * @param averagePrecision average precision, NaN unless both classes are present
     * @param ks the cut-offs
     * @param precisionAtK precision at each cut-off, NaN when no row is labelled
     * @param recallAtK recall at each cut-off; 0 when there is no positive, as the peer divides by max(1, positives)
     */
    public record Ranking(int labelled, int unlabelled, double rocAuc, double averagePrecision, List<Integer> ks,
                          double[] precisionAtK, double[] recallAtK) {
    }

    /**
     * Validates the options first (before reading large files), reads both files, fits and scores.
     *
     * @param r the request
     * @return what was measured
     * @throws IOException when a file cannot be read
     * @throws DataException for a malformed file, a missing feature, or a label other than 0 or 1
     * @throws IllegalArgumentException for an unknown strategy or a bad option, named
     */
    public static Result run(Request r) throws IOException {
        DetectorTrainer<?> trainer = StrategyChoice.byName(r.strategy(), false).bind(r.options());
        CsvFrame trainCsv = FeatureFrameCsv.read(r.trainCsv(), r.features(), Set.of(r.labelColumn()));
        FeatureFrame train = trainCsv.frame();
        List<String> used = train.schema().names();
        if (used.isEmpty()) {
            throw new DataException(r.trainCsv().toString(), 1, "", "", "at least one numeric feature column besides '"
                    + r.labelColumn() + "'");
        }
        CsvFrame scoreCsv = FeatureFrameCsv.read(r.scoreCsv(), used, Set.of(r.labelColumn()));
        Labels labels = trainer.supervised() ? CsvTraining.labels(trainCsv, r.labelColumn(), r.trainCsv()) : Labels.empty();

        long t0 = System.nanoTime();
        Detector detector = trainer.fit(train, labels, new FitContext(r.seed(), r.threads(), ProgressListener.NONE));
        long t1 = System.nanoTime();
        Scores scores = detector.score(scoreCsv.frame());
        long t2 = System.nanoTime();
        Optional<Ranking> ranking = scoreCsv.numeric(r.labelColumn()).map(y -> rank(scores.values(), y, r));
        return new Result(trainer.name(), used, trainingRowsUsed(train, detector), scoreCsv, scores, (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, ranking);
    }

    private static Ranking rank(double[] s, double[] yAll, Request r) {
        int n = 0;
        int unlabelled = 0;
        for (int i = 0; i < s.length; i++) {
            if (Double.isNaN(s[i])) {
                continue;
            }
            if (Double.isNaN(yAll[i])) {
                unlabelled++; // an empty label cell is "no verdict", as in training: left out and counted
            } else {
                n++;
            }
        }
        double[] scored = new double[n];
        int[] y = new int[n];
        for (int i = 0, j = 0; i < s.length; i++) {
            if (Double.isNaN(s[i]) || Double.isNaN(yAll[i])) {
                continue;
            }
            if (yAll[i] != 0.0 && yAll[i] != 1.0) {
                throw new DataException(r.scoreCsv().toString(), i + 2, r.labelColumn(), String.valueOf(yAll[i]),
                        "a label of 0 or 1");
            }
            scored[j] = s[i];
            y[j++] = (int) yAll[i];
        }
        RankedSample m = RankedSample.of(scored, y);
        boolean both = m.positives() > 0 && m.negatives() > 0;
        double[] precision = new double[r.ks().size()];
        double[] recall = new double[r.ks().size()];
        for (int i = 0; i < precision.length; i++) {
            int k = r.ks().get(i);
            precision[i] = n == 0 ? Double.NaN : RankingMetrics.precisionAtK(m, k);
            recall[i] = m.positives() == 0 ? 0.0 : RankingMetrics.recallAtK(m, k);
        }
        return new Ranking(n, unlabelled, both ? AreaUnderCurve.rocAuc(m) : Double.NaN,
                both ? AreaUnderCurve.averagePrecision(m) : Double.NaN, r.ks(), precision, recall);
    }

    private static int trainingRowsUsed(FeatureFrame frame, Detector detector) {
        if (detector.missingValuePolicy() != MissingValuePolicy.SKIP_ROW) {
            return frame.rowCount();
        }
        int d = frame.schema().size();
        int used = 0;
        for (int i = 0; i < frame.rowCount(); i++) {
            boolean complete = true;
            for (int j = 0; j < d && complete; j++) {
                complete = !Double.isNaN(frame.value(i, j));
            }
            used += complete ? 1 : 0;
        }
        return used;
    }
}
