package io.iotad.benchmarks.features;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.ingest.IngestOptions;
import io.iotad.features.ingest.IngestResult;
import io.iotad.features.ingest.RawIngestor;
import io.iotad.features.pipeline.FeaturePipeline;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import io.iotad.features.readings.ApartmentReadings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The feature path on a synthetic portfolio ({@link SyntheticTelemetry}): raw JSON Lines parsed by
 * {@link RawIngestor} then daily features by {@link FeaturePipeline} (weather-free, so the weather
 * reader does not enter the timing), and the features step alone on readings already in memory.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FeaturePathBenchmark -p apartments=150 -p days=90}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class FeaturePathBenchmark {
    /** Apartments in the portfolio. */
    @Param({"150"})
    public int apartments;
    /** Days in the portfolio. */
    @Param({"30"})
    public int days;

    private Path dir;
    private List<ApartmentReadings> readings;
    private FeaturePipeline pipeline;

    /**
     * Writes the portfolio and ingests it once for the features-only benchmark.
     *
     * @throws IOException when the files cannot be written or read
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("iotad-bench-features");
        SyntheticTelemetry.write(dir, apartments, days, 42);
        pipeline = new FeaturePipeline(FeaturePipelineSpec.standard());
        readings = ingest().apartments();
    }

    private IngestResult ingest() throws IOException {
        return new RawIngestor(IngestOptions.defaults()).ingest(List.of(dir.resolve("raw")), ProgressListener.NONE);
    }

    /**
     * Parse + features.
     *
     * @return the frame (consumed by JMH)
     * @throws IOException when reading fails
     */
    @Benchmark
    public FeatureFrame parseAndFeatures() throws IOException {
        return pipeline.run(ingest().apartments(), Map.of(), ProgressListener.NONE);
    }

    /** @return the frame of the features step alone */
    @Benchmark
    public FeatureFrame featuresOnly() {
        return pipeline.run(readings, Map.of(), ProgressListener.NONE);
    }

    /**
     * Deletes the portfolio.
     *
     * @throws IOException when deleting fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
