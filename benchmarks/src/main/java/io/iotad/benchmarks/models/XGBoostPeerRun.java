package io.iotad.benchmarks.models;

import io.iotad.core.detect.FitContext;
import io.iotad.core.progress.ProgressListener;
import io.iotad.models.xgboost.XGBoostDetector;
import io.iotad.models.xgboost.XGBoostOptions;
import io.iotad.models.xgboost.XGBoostStrategy;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The library's side of the XGBoost peer check: fits the {@code xgboost} strategy (100 trees,
 * depth 6, eta 0.1, hist, as the Python peer) on a labelled CSV, batch-scores another and prints
 * one JSON line in the Python peer's shape: {@code fit_s}, {@code score_s}, row counts, {@code roc_auc},
 * plus {@code read_s} (both CSVs) and {@code warmup_s}. A short warm-up fit and score (JIT, native library
 * load) runs before the timed ones.
 *
 * <p>Usage: {@code XGBoostPeerRun TRAIN.csv SCORE.csv [threads] [trees] [seed]}
 */
public final class XGBoostPeerRun {
    private XGBoostPeerRun() {
    }

    /**
     * @param args train CSV, score CSV, optional threads (default: all cores), trees (100), seed (0)
     * @throws Exception when reading or fitting fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: XGBoostPeerRun TRAIN.csv SCORE.csv [threads] [trees] [seed]");
            System.exit(2);
        }
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        int trees = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 0L;
        long r0 = System.nanoTime();
        LabelledCsv train = LabelledCsv.read(Path.of(args[0]), "label");
        LabelledCsv score = LabelledCsv.read(Path.of(args[1]), "label");
        XGBoostStrategy s = new XGBoostStrategy();
        FitContext ctx = new FitContext(seed, threads, ProgressListener.NONE);

        long r1 = System.nanoTime();
        int warm = Math.min(2000, train.frame().rowCount());
        int[] head = IntStream.range(0, warm).toArray();
        int[] headLabels = java.util.Arrays.copyOf(train.labels(), warm);
        s.fitLabelled(train.frame().rows(head), headLabels, s.parseOptions(Map.of("trees", 5)), ctx)
                .score(train.frame().rows(head));

        XGBoostOptions o = s.parseOptions(Map.of("trees", trees, "max_depth", 6, "eta", 0.1, "tree_method", "hist"));
        long t0 = System.nanoTime();
        XGBoostDetector d = s.fitLabelled(train.frame(), train.labels(), o, ctx);
        long t1 = System.nanoTime();
        double[] scores = d.score(score.frame()).values();
        long t2 = System.nanoTime();
        System.out.println(String.format(Locale.ROOT,
                "{\"algo\": \"xgboost\", \"impl\": \"iotad\", \"n_train\": %d, \"n_score\": %d, \"threads\": %d, "
                        + "\"fit_s\": %.4f, \"score_s\": %.4f, \"roc_auc\": %.4f, \"read_s\": %.4f, \"warmup_s\": %.4f}",
                train.frame().rowCount(), score.frame().rowCount(), threads, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                LabelledCsv.rocAuc(scores, score.labels()), (r1 - r0) / 1e9, (t0 - r1) / 1e9));
    }
}
