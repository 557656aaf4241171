package io.iotad.benchmarks.models;

import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.models.forest.IsolationForestOptions;
import io.iotad.models.forest.IsolationForestStrategy;
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
 * Isolation Forest fit and score time (100 trees, psi 256) on sensor-like rows. The peer
 * size is {@code -p rows=1000000}; the defaults keep a run short.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class IsolationForestBenchmark {

    /** Data and fitted forest, built once per trial. */
    @State(Scope.Benchmark)
    public static class Data {
        /** Rows of the training and scoring frame. */
        @Param({"100000"})
        public int rows;

        /** Feature columns. */
        @Param({"10"})
        public int features;

        /** Worker threads. */
        @Param({"1", "2"})
        public int threads;

        FeatureFrame frame;
        FitContext context;
        IsolationForestOptions options;
        Detector fitted;

        /** Builds the frame and a fitted forest. */
        @Setup(Level.Trial)
        public void setUp() {
            frame = SyntheticFrames.sensorLike(rows, features, 1);
            context = new FitContext(7, threads, ProgressListener.NONE);
            options = IsolationForestOptions.defaults();
            fitted = new IsolationForestStrategy().fit(frame, Labels.empty(), options, context);
        }
    }

    /**
     * @param d the data
     * @return the fitted forest
     */
    @Benchmark
    public Detector fit(Data d) {
        return new IsolationForestStrategy().fit(d.frame, Labels.empty(), d.options, d.context);
    }

    /**
     * @param d the data
     * @return the scores of every row
     */
    @Benchmark
    public Scores score(Data d) {
        return d.fitted.score(d.frame);
    }
}
