package io.iotad.benchmarks.ingest;

import io.iotad.core.progress.ProgressListener;
import io.iotad.features.ingest.IngestOptions;
import io.iotad.features.ingest.IngestResult;
import io.iotad.features.ingest.RawIngestor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One-shot timing of raw ingestion at a chosen scale, printing one JSON line: the seed-scale check
 * (3,000 apartments × 180 days) or a fraction of it on a small machine.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.iotad.benchmarks.ingest.IngestScale
 * APARTMENTS DAYS THREADS [gzip] [DIR]} (the feed is generated into DIR, or a temporary directory, and reused
 * when DIR already holds it).
 */
public final class IngestScale {
    private IngestScale() {
    }

    /**
     * @param args apartments, days, threads, optionally "gzip" and a directory
     * @throws Exception on any failure
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: IngestScale APARTMENTS DAYS THREADS [gzip] [DIR]");
            System.exit(2);
        }
        int apartments = Integer.parseInt(args[0]);
        int days = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        boolean gzip = args.length > 3 && args[3].equals("gzip");
        Path dir = args.length > 4 ? Path.of(args[4]) : Files.createTempDirectory("iotad-scale");
        SyntheticRawFeed feed = new SyntheticRawFeed(apartments, days, gzip, 42);
        long g0 = System.nanoTime();
        if (!Files.isDirectory(dir) || RawIngestor.rawFiles(List.of(dir)).size() != days) {
            feed.write(dir);
        }
        long g1 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        IngestResult r = new RawIngestor(IngestOptions.defaults().withThreads(threads)).ingest(List.of(dir), ProgressListener.NONE);
        long g2 = System.nanoTime();
        double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
        double seconds = (g2 - g1) / 1e9;
        System.out.printf(Locale.ROOT, "{\"apartments\":%d,\"days\":%d,\"threads\":%d,\"gzip\":%b,\"readings\":%d,"
                        + "\"generate_s\":%.2f,\"ingest_s\":%.3f,\"cpu_s\":%.3f,\"readings_per_s\":%.0f,"
                        + "\"readings_per_cpu_s\":%.0f,\"heap_used_mb\":%d,\"load_average\":%.1f}%n",
                apartments, days, threads, gzip, r.report().readingsKept(), (g1 - g0) / 1e9, seconds, cpuSeconds,
                r.report().readingsKept() / seconds, r.report().readingsKept() / cpuSeconds,
                (rt.totalMemory() - rt.freeMemory()) >> 20, os.getSystemLoadAverage());
    }
}
