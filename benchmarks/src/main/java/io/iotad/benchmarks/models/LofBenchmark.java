package io.iotad.benchmarks.models;

import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.models.lof.LofOptions;
import io.iotad.models.lof.LofStrategy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * LOF (k = 20, novelty) fit and score time on sensor-like rows: fit builds the KD-tree and every
 * training row's k-distance and density; score queries a second frame of the same size. The
 * issue's peer size is {@code -p rows=100000}; the default keeps a run short.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class LofBenchmark {

    /** Data and fitted model, built once per trial. */
    @State(Scope.Benchmark)
    public static class Data {
        /** Rows of the training frame and of the scored frame. */
        @Param({"20000"})
        public int rows;

        /** Feature columns. */
        @Param({"10"})
        public int features;

        /** Worker threads. */
        @Param({"1", "2"})
        public int threads;

        /** Whether features are standardised. */
        @Param({"false"})
        public boolean standardize;

        FeatureFrame train;
        FeatureFrame probe;
        FitContext context;
        LofOptions options;
        Detector fitted;

        /** Builds the frames and a fitted model. */
        @Setup(Level.Trial)
        public void setUp() {
            train = SyntheticFrames.sensorLike(rows, features, 1);
            probe = SyntheticFrames.sensorLike(rows, features, 2);
            context = new FitContext(7, threads, ProgressListener.NONE);
            options = LofOptions.defaults().withStandardize(standardize);
            fitted = new LofStrategy().fit(train, Labels.empty(), options, context);
        }
    }

    /**
     * @param d the data
     * @return the fitted model
     */
    @Benchmark
    public Detector fit(Data d) {
        return new LofStrategy().fit(d.train, Labels.empty(), d.options, d.context);
    }

    /**
     * @param d the data
     * @return the scores of the probe rows
     */
    @Benchmark
    public Scores score(Data d) {
        return d.fitted.score(d.probe);
    }
}
