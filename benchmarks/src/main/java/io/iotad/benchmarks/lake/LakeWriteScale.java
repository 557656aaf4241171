package io.iotad.benchmarks.lake;

import com.sun.management.OperatingSystemMXBean;
import io.iotad.features.lake.LakeWriteMode;
import io.iotad.features.lake.LakeWriteReport;
import io.iotad.features.lake.ReadingsLake;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One-shot timing of {@link ReadingsLake#write}: builds {@link SyntheticReadings} in memory (not timed),
 * then writes them RUNS times, each into a fresh lake that already holds PRIOR_DAYS earlier days (written
 * beforehand, not timed), and prints one JSON line: rows, the median wall and process-CPU seconds of a
 * write (CPU includes DuckDB's native threads), rows per second of wall and per CPU-second, and the
 * load average. After one warm-up write (JIT, DuckDB's native library).
 *
 * <p>Usage: {@code LakeWriteScale [APARTMENTS=75] [DAYS=90] [RUNS=5] [replace|merge] [PRIOR_DAYS=0]}.
 * 75 × 90 is the 2.6 M-row write; {@code 3000 1 5 merge 7} is a daily ingest of 3,000 apartments into a
 * lake holding the week before.
 */
public final class LakeWriteScale {
    private LakeWriteScale() {
    }

    /**
     * @param args apartments, days, runs, mode, prior days
     * @throws IOException when the lake cannot be written
     */
    public static void main(String[] args) throws IOException {
        int apartments = args.length > 0 ? Integer.parseInt(args[0]) : 75;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 90;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        LakeWriteMode mode = args.length > 3 ? LakeWriteMode.valueOf(args[3].toUpperCase(Locale.ROOT)) : LakeWriteMode.REPLACE;
        int prior = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        SyntheticReadings batch = SyntheticReadings.of(apartments, prior, days, 7);
        SyntheticReadings before = prior > 0 ? SyntheticReadings.of(apartments, 0, prior, 8) : null;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path work = Files.createTempDirectory("iotad-lake-bench");
        try {
            Path base = work.resolve("base");
            if (before != null) {
                new ReadingsLake(base).write(before.apartments(), before.weather(), LakeWriteMode.REPLACE);
            }
            write(SyntheticReadings.of(Math.min(apartments, 20), prior, 1, 9), work.resolve("warm"), base, mode);
            double[] wall = new double[runs];
            double[] cpu = new double[runs];
            long rowsWritten = 0;
            for (int k = 0; k < runs; k++) {
                Path lake = work.resolve("run" + k);
                copy(base, lake);
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                LakeWriteReport report = new ReadingsLake(lake).write(batch.apartments(), batch.weather(), mode);
                wall[k] = (System.nanoTime() - t0) / 1e9;
                cpu[k] = (os.getProcessCpuTime() - c0) / 1e9;
                rowsWritten = report.rowsWritten();
                if (report.rowsFromBatch() != batch.rows()) {
                    throw new IllegalStateException("wrote " + report.rowsFromBatch() + " rows, expected " + batch.rows());
                }
                delete(lake);
            }
            double w = median(wall);
            double c = median(cpu);
            System.out.println(String.format(Locale.ROOT,
                    "{\"apartments\":%d,\"days\":%d,\"prior_days\":%d,\"mode\":\"%s\",\"rows_from_batch\":%d,"
                            + "\"rows_written\":%d,\"runs\":%d,\"wall_s_median\":%.3f,\"cpu_s_median\":%.3f,"
                            + "\"rows_per_s\":%.0f,\"rows_per_cpu_s\":%.0f,\"wall_s\":%s,\"load_average\":%.2f,\"cores\":%d}",
                    apartments, days, prior, mode.name().toLowerCase(Locale.ROOT), batch.rows(), rowsWritten, runs, w, c,
                    batch.rows() / w, batch.rows() / c, Arrays.toString(wall), os.getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors()));
        } finally {
            delete(work);
        }
    }

    private static void write(SyntheticReadings r, Path lake, Path base, LakeWriteMode mode) throws IOException {
        copy(base, lake);
        new ReadingsLake(lake).write(r.apartments(), r.weather(), mode);
        delete(lake);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
