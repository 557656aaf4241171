package io.iotad.benchmarks.models;

import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Scores;
import io.iotad.models.xgboost.XGBoostDetector;
import io.iotad.models.xgboost.XGBoostOptions;
import io.iotad.models.xgboost.XGBoostStrategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: {@code xgboost} training (100 trees, depth 6, eta 0.1, hist) and batch scoring on a
 * synthetic labelled frame of {@code rows} × 10 features (about 5 % faults, fixed seed).
 * Run: {@code java -jar benchmarks/target/benchmarks.jar XGBoostBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class XGBoostBenchmark {
    /** Training and scoring rows. */
    @Param({"100000"})
    public int rows;

    /** Native threads. */
    @Param({"2"})
    public int threads;

    private FeatureFrame frame;
    private int[] labels;
    private XGBoostOptions options;
    private XGBoostDetector detector;
    private final XGBoostStrategy strategy = new XGBoostStrategy();

    /** Builds the data and one fitted detector for the scoring benchmark. */
    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(11);
        int f = 10;
        List<String> names = new ArrayList<>();
        for (int j = 0; j < f; j++) {
            names.add("f" + j);
        }
        double[][] cols = new double[f][rows];
        labels = new int[rows];
        String[] apts = new String[rows];
        String[] b = new String[rows];
        LocalDate[] d = new LocalDate[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < f; j++) {
                cols[j][i] = r.nextDouble() * 2 - 1;
            }
            double z = 2.5 * cols[0][i] + cols[1][i] * cols[2][i] * 3 + (r.nextDouble() - 0.5);
            labels[i] = z > 1.6 ? 1 : 0;
            apts[i] = "a" + i;
            b[i] = "b";
            d[i] = LocalDate.of(2024, 1, 1);
        }
        frame = FeatureFrame.of(FeatureSchema.of(names), apts, b, d, cols);
        options = strategy.parseOptions(Map.of("trees", 100, "max_depth", 6, "eta", 0.1, "tree_method", "hist"));
        detector = strategy.fitLabelled(frame, labels, options, context());
    }

    private FitContext context() {
        return new FitContext(1, threads, ProgressListener.NONE);
    }

    /** @return a detector trained on all rows */
    @Benchmark
    public XGBoostDetector train() {
        return strategy.fitLabelled(frame, labels, options, context());
    }

    /** @return P(fault) of every row, in one batch */
    @Benchmark
    public Scores batchScore() {
        return detector.score(frame);
    }
}
