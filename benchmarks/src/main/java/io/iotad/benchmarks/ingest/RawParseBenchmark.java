package io.iotad.benchmarks.ingest;

import io.iotad.core.progress.ProgressListener;
import io.iotad.features.ingest.IngestOptions;
import io.iotad.features.ingest.IngestResult;
import io.iotad.features.ingest.RawIngestor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of raw ingestion (parse, validate, de-duplicate, group into apartment readings), in readings
 * per second: one operation is one reading. The feed is synthetic ({@link SyntheticRawFeed}): 200 apartments
 * × 7 days, 806,400 readings in 7 daily files.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RawParseBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class RawParseBenchmark {
    private static final int APARTMENTS = 200;
    private static final int DAYS = 7;
    private static final int READINGS = APARTMENTS * DAYS * SyntheticRawFeed.LINES_PER_DAY * SyntheticRawFeed.READINGS_PER_LINE;

    /** The generated feed. */
    @State(Scope.Benchmark)
    public static class Feed {
        @Param({"false", "true"})
        boolean gzip;

        @Param({"1", "2"})
        int threads;

        Path dir;
        RawIngestor ingestor;

        /** Writes the feed. */
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            dir = new SyntheticRawFeed(APARTMENTS, DAYS, gzip, 42).write(Files.createTempDirectory("iotad-bench-raw"));
            ingestor = new RawIngestor(IngestOptions.defaults().withThreads(threads));
        }

        /** Deletes the feed. */
        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** @return the ingestion result (readings kept, to defeat dead-code elimination) */
    @Benchmark
    @OperationsPerInvocation(READINGS)
    public IngestResult ingest(Feed feed) throws IOException {
        IngestResult r = feed.ingestor.ingest(List.of(feed.dir), ProgressListener.NONE);
        if (r.report().readingsKept() != READINGS) {
            throw new IllegalStateException("expected " + READINGS + " readings, got " + r.report().readingsKept());
        }
        return r;
    }
}
