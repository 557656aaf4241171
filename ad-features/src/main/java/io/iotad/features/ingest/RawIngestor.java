package io.iotad.features.ingest;

import io.iotad.core.concurrent.Workers;
import io.iotad.core.data.DataException;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.readings.ApartmentReadings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Ingests raw meter JSON Lines (DATA-CONTRACT §1.1) into per-apartment readings.
 *
 * <p>Files are parsed in parallel ({@link IngestOptions#threads()} at a time) and merged strictly in path
 * order, so results never depend on the thread count. Bad lines are quarantined (to
 * {@link IngestOptions#quarantineFile()} when set, and in the result), counted by reason, and the run fails
 * with {@link QuarantineLimitExceededException} when their share exceeds the limit. A file that cannot be
 * read to its end ({@link FileLossReason}) is not a quarantined line: the run fails with
 * {@link LostRawFileException} naming every lost file, what was read of it and what was lost. Duplicate readings
 * (apartment, instant, sensor, room) keep the last in path-then-line order.
 *
 * <p>Typical use: {@code new RawIngestor(IngestOptions.defaults()).ingest(List.of(dir), ProgressListener.NONE)}.
 */
public final class RawIngestor {
    /** Progress step name reported to the {@link ProgressListener}: units are files. */
    public static final String PROGRESS_STEP = "ingest";

    private final IngestOptions options;

    /** @param options validated options */
    public RawIngestor(IngestOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Lists the readable raw files of the inputs: a file stands for itself; a directory for every regular
     * file below it whose name contains {@code .jsonl} (as the reference's {@code **}{@code /*.jsonl*}),
     * hidden files and directories excepted, links followed. The result is sorted by path and free of
     * repeats. Entries named like raw files that are not readable files (dangling links) are left out here;
     * {@link #ingest} fails on them.
     *
     * @param inputs files or directories
     * @return the files, sorted
     * @throws IOException when an input does not exist or cannot be listed
     */
    public static List<Path> rawFiles(List<Path> inputs) throws IOException {
        return RawFileListing.of(inputs).files();
    }

    /**
     * Ingests the raw inputs.
     *
     * @param inputs files or directories (see {@link #rawFiles})
     * @param progress told after each file is merged (step {@value #PROGRESS_STEP}, files done, files in all)
     * @return the readings, the report and (the first of) the quarantined lines
     * @throws IOException when a file cannot be read, or the quarantine file cannot be written
     * @throws LostRawFileException when a file cannot be read to its end (not gzip, truncated, corrupt, trailing garbage)
     * @throws QuarantineLimitExceededException when too many lines are quarantined
     * @throws DataException when the inputs hold no raw file or no line with a reading (an empty input is
     *     an error, not an empty portfolio), or an apartment reports under two buildings
     */
    public IngestResult ingest(List<Path> inputs, ProgressListener progress) throws IOException {
        RawFileListing listing = RawFileListing.of(inputs);
        List<Path> files = listing.files();
        if (files.isEmpty() && listing.unreadable().isEmpty()) {
            // an empty input is a wrong path or a failed delivery, never a portfolio without data
            throw new DataException(describe(inputs), 0, "", "",
                    "raw meter files, but found no raw meter file (*.jsonl, *.jsonl.gz) there");
        }
        ReadingsAssembler assembler = new ReadingsAssembler();
        List<QuarantineRecord> quarantine = new ArrayList<>();
        List<FileLoss> losses = new ArrayList<>(listing.unreadable());
        Map<String, Long> byReason = new TreeMap<>();
        int threads = Math.min(options.threads(), Math.max(1, files.size()));
        Deque<Future<FileBatch>> window = new ArrayDeque<>();
        try (BufferedWriter quarantineOut = openQuarantine()) {
            int next = 0;
            for (int done = 0; done < files.size(); done++) {
                // keep a bounded window of files in flight so finished batches do not pile up in memory
                while (next < files.size() && window.size() < threads + 1) {
                    Path f = files.get(next++);
                    PlausibleTimestamps.Window plausible = options.plausibleTimestamps().window(options.clock(), listing.dayOf(f));
                    window.add(Workers.submit(() -> new RawFileReader(options.maxLineBytes(), plausible).read(f)));
                }
                FileBatch batch = await(window.poll());
                for (QuarantineRecord q : batch.quarantine) {
                    byReason.merge(q.reason().code(), 1L, Long::sum);
                    if (quarantineOut != null) {
                        quarantineOut.write(q.toJson());
                        quarantineOut.write('\n');
                    }
                    if (quarantine.size() < IngestResult.MAX_QUARANTINE_SAMPLE) {
                        quarantine.add(q);
                    }
                }
                if (batch.loss != null) {
                    losses.add(batch.loss);
                }
                assembler.add(batch);
                progress.progress(PROGRESS_STEP, done + 1, files.size());
            }
        } finally {
            window.forEach(f -> f.cancel(true)); // a failed run leaves no file being read
        }
        if (!losses.isEmpty()) {
            // every file was read first, so the message lists all lost files at once, in path order
            losses.sort(Comparator.comparing(FileLoss::file));
            throw new LostRawFileException(losses);
        }
        List<FileReport> perFile = assembler.files();
        long lines = 0;
        long blank = 0;
        long readings = 0;
        long quarantined = 0;
        long outOfOrder = 0;
        long late = 0;
        for (FileReport f : perFile) {
            lines += f.lines();
            blank += f.blankLines();
            readings += f.readings();
            quarantined += f.quarantinedLines();
            outOfOrder += f.outOfOrderLines();
            late += f.lateLines();
        }
        Map<String, Long> bySensor = assembler.sensorCounts();
        Map<String, Long> unknown = new TreeMap<>(bySensor);
        unknown.keySet().removeAll(IngestReport.KNOWN_SENSOR_TYPES);
        IngestReport early = new IngestReport(files.size(), lines, blank, readings, readings, 0, quarantined,
                new TreeMap<>(byReason), new TreeMap<>(bySensor), new TreeMap<>(unknown), outOfOrder, late, 0, perFile);
        if (early.quarantinedShare() > options.maxQuarantineShare()) {
            throw new QuarantineLimitExceededException(early, options.maxQuarantineShare());
        }
        if (readings == 0) {
            throw new DataException(describe(inputs), 0, "", "", "readings, but the " + files.size() + " raw file"
                    + (files.size() == 1 ? "" : "s") + " hold no reading (" + lines + " lines, " + blank + " blank, "
                    + quarantined + " quarantined)");
        }
        long[] duplicates = new long[1];
        List<ApartmentReadings> apartments = assembler.build(duplicates, options.threads());
        IngestReport report = new IngestReport(files.size(), lines, blank, readings, readings - duplicates[0],
                duplicates[0], quarantined, new TreeMap<>(byReason), new TreeMap<>(bySensor), new TreeMap<>(unknown),
                outOfOrder, late, apartments.size(), perFile);
        return new IngestResult(apartments, report, quarantine);
    }

    /** @return the inputs as one text for messages: the path, or the paths joined by ", " */
    private static String describe(List<Path> inputs) {
        StringBuilder b = new StringBuilder();
        for (Path p : inputs) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(p);
        }
        return b.length() == 0 ? "(no raw input given)" : b.toString();
    }

    private BufferedWriter openQuarantine() throws IOException {
        Path q = options.quarantineFile();
        if (q == null) {
            return null;
        }
        Path parent = q.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(q, StandardCharsets.UTF_8);
    }

    private static FileBatch await(Future<FileBatch> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingestion interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("file reader failed", c);
        }
    }
}
