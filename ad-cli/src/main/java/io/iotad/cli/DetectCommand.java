package io.iotad.cli;

import io.iotad.eval.metrics.AreaUnderCurve;
import io.iotad.eval.metrics.RankedSample;
import io.iotad.eval.metrics.RankingMetrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.cli.csv.StrategyChoice;
import io.iotad.core.data.DataException;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategy;
import io.iotad.core.detect.FitContext;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.CsvFrame;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureFrameCsv;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code iotad detect}: fits a strategy on one CSV, scores another and prints one JSON line in the
 * shape of {@code ../shared/peers/detect_sklearn.py}, so the library and scikit-learn compare
 * directly on identical files.
 *
 * <p>The JSON has {@code algo} (= {@code strategy}), {@code features}, {@code n_train},
 * {@code n_score}, {@code fit_s}, {@code score_s} and, when the score file has the label column,
 * {@code roc_auc}, {@code average_precision}, {@code precision_at_K}, {@code recall_at_K} (metrics as
 * ad-eval's {@link AreaUnderCurve} and {@link RankingMetrics} compute them the way scikit-learn does, rounded to 4 decimals like the peer). Beyond the peer's keys
 * it adds {@code n_unscored} (score rows left unscored by the missing-value policy), {@code seed}
 * and {@code threads}. Rows the detector does not score are left out of every metric, as the peer
 * drops rows with a missing feature. Times are wall seconds of the fit and of the scoring alone,
 * CSV reading excluded.
 */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Fit a detector strategy on one CSV, score another, print one JSON line of timings and metrics.")
public final class DetectCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--strategy", required = true, description = "Detector strategy name, e.g. isolation_forest, lof.")
    private String strategyName;

    @Option(names = "--train", required = true, description = "CSV to fit on (header row; ',' or ';').")
    private Path train;

    @Option(names = "--score", required = true, description = "CSV to score, with the training features.")
    private Path score;

    @Option(names = "--features", split = ",", description = "Feature columns (default: every numeric column of the "
            + "training file except the identity and label columns).")
    private List<String> features = new ArrayList<>();

    @Option(names = "--label", defaultValue = "label", description = "Label column, 0/1 (default: ${DEFAULT-VALUE}); "
            + "never a feature.")
    private String label;

    @Option(names = "--k", split = ",", defaultValue = "50", description = "Cut-offs for precision/recall at k "
            + "(default: ${DEFAULT-VALUE}).")
    private List<Integer> ks;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the fit (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    private Integer threads;

    @Option(names = "--set", description = "Strategy option, name=value; repeatable (e.g. --set trees=200).")
    private Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--scores-out", description = "Write the score file's non-feature columns plus a 'score' column here.")
    private Path scoresOut;

    @Override
    public Integer call() throws Exception {
        DetectorStrategy<?> strategy = StrategyChoice.byName(strategyName, false);
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + nThreads);
        }
        for (int k : ks) {
            if (k < 1) {
                throw new IllegalArgumentException("--k values must be >= 1, got " + k);
            }
        }
        strategy.parseOptions(set); // fail on bad options before reading large files

        CsvFrame trainCsv = FeatureFrameCsv.read(train, features, Set.of(label));
        FeatureFrame trainFrame = trainCsv.frame();
        List<String> used = trainFrame.schema().names();
        if (used.isEmpty()) {
            throw new DataException(train.toString(), 1, "", "", "at least one numeric feature column besides '" + label + "'");
        }
        CsvFrame scoreCsv = FeatureFrameCsv.read(score, used, Set.of(label));
        Labels labels = strategy.supervised() ? trainingLabels(trainCsv) : Labels.empty();

        FitContext context = new FitContext(seed, nThreads, ProgressListener.NONE);
        long t0 = System.nanoTime();
        Detector detector = strategy.fitWith(trainFrame, labels, set, context);
        long t1 = System.nanoTime();
        Scores scores = detector.score(scoreCsv.frame());
        long t2 = System.nanoTime();

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("algo", strategy.name());
        out.put("strategy", strategy.name());
        out.put("features", used);
        out.put("n_train", trainingRowsUsed(trainFrame, detector));
        out.put("n_score", scores.scoredCount());
        out.put("n_unscored", scores.size() - scores.scoredCount());
        out.put("fit_s", round((t1 - t0) / 1e9));
        out.put("score_s", round((t2 - t1) / 1e9));
        out.put("seed", seed);
        out.put("threads", nThreads);
        scoreCsv.numeric(label).ifPresent(y -> putMetrics(out, scores.values(), y));
        if (scoresOut != null) {
            new ScoresCsv(score, scoreCsv, used).write(scores.values(), scoresOut);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println(new ObjectMapper().writeValueAsString(out));
        w.flush();
        return 0;
    }

    private void putMetrics(Map<String, Object> out, double[] s, double[] yAll) {
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
                throw new DataException(score.toString(), i + 2, label, String.valueOf(yAll[i]), "a label of 0 or 1");
            }
            scored[j] = s[i];
            y[j++] = (int) yAll[i];
        }
        out.put("n_unlabelled", unlabelled);
        RankedSample m = RankedSample.of(scored, y);
        if (m.positives() > 0 && m.negatives() > 0) {
            out.put("roc_auc", round(AreaUnderCurve.rocAuc(m)));
            out.put("average_precision", round(AreaUnderCurve.averagePrecision(m)));
        }
        for (int k : ks) {
            out.put("precision_at_" + k, n == 0 ? null : round(RankingMetrics.precisionAtK(m, k)));
            // the peer divides by max(1, positives): no positives gives recall 0, not undefined
            out.put("recall_at_" + k, m.positives() == 0 ? 0.0 : round(RankingMetrics.recallAtK(m, k)));
        }
    }

    private Labels trainingLabels(CsvFrame csv) {
        double[] y = csv.numeric(label).orElseThrow(() -> new DataException(train.toString(), 1, label, "",
                "a numeric label column '" + label + "' (the strategy is supervised)"));
        FeatureFrame f = csv.frame();
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i])) {
                continue; // no verdict
            }
            if (y[i] != 0.0 && y[i] != 1.0) {
                throw new DataException(train.toString(), i + 2, label, String.valueOf(y[i]), "a label of 0 or 1");
            }
            out.add(new Label(f.apartmentId(i), f.eventDate(i), (int) y[i], ""));
        }
        return Labels.of(out);
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

    /** Rounds to 4 decimals from the exact binary value, half to even, as Python's {@code round(x, 4)} does. */
    static double round(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}
