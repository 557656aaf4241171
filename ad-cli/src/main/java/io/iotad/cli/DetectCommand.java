package io.iotad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.core.config.ConfigOverride;
import io.iotad.pipeline.csv.AnnotatedScoresCsv;
import io.iotad.pipeline.csv.CsvDetection;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iotad detect}: fits a strategy on one CSV, scores another and prints one JSON line in the
 * shape of {@code ../shared/peers/detect_sklearn.py}, so the library and scikit-learn compare
 * directly on identical files.
 *
 * <p>The JSON has {@code algo} (= {@code strategy}), {@code features}, {@code n_train},
 * {@code n_score}, {@code fit_s}, {@code score_s} and, when the score file has the label column,
 * {@code roc_auc}, {@code average_precision}, {@code precision_at_K}, {@code recall_at_K} (metrics as
 * the library's {@link CsvDetection} computes them the way scikit-learn does, rounded here to 4 decimals like the peer). Beyond the peer's keys
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

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Strategy option, name=value; repeatable "
            + "(e.g. --set trees=200).")
    private List<String> set = new ArrayList<>();

    @Option(names = "--scores-out", description = "Write the score file's non-feature columns plus a 'score' column here.")
    private Path scoresOut;

    @Override
    public Integer call() throws Exception {
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + nThreads);
        }
        for (int k : ks) {
            if (k < 1) {
                throw new IllegalArgumentException("--k values must be >= 1, got " + k);
            }
        }
        CsvDetection.Result r = CsvDetection.run(new CsvDetection.Request(strategyName, train, score, features, label, ks,
                seed, nThreads, ConfigOverride.options(set)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("algo", r.strategy());
        out.put("strategy", r.strategy());
        out.put("features", r.features());
        out.put("n_train", r.trainingRowsUsed());
        out.put("n_score", r.scores().scoredCount());
        out.put("n_unscored", r.scores().size() - r.scores().scoredCount());
        out.put("fit_s", round(r.fitSeconds()));
        out.put("score_s", round(r.scoreSeconds()));
        out.put("seed", seed);
        out.put("threads", nThreads);
        r.ranking().ifPresent(m -> {
            out.put("n_unlabelled", m.unlabelled());
            if (!Double.isNaN(m.rocAuc())) {
                out.put("roc_auc", round(m.rocAuc()));
                out.put("average_precision", round(m.averagePrecision()));
            }
            for (int i = 0; i < m.ks().size(); i++) {
                int k = m.ks().get(i);
                out.put("precision_at_" + k, Double.isNaN(m.precisionAtK()[i]) ? null : round(m.precisionAtK()[i]));
                out.put("recall_at_" + k, round(m.recallAtK()[i]));
            }
        });
        if (scoresOut != null) {
            new AnnotatedScoresCsv(score, r.scoreFile(), r.features()).write(r.scores().values(), scoresOut);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println(new ObjectMapper().writeValueAsString(out));
        w.flush();
        return 0;
    }

    /** Rounds to 4 decimals from the exact binary value, half to even, as Python's {@code round(x, 4)} does. */
    static double round(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}
