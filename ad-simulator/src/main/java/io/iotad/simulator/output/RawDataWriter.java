package io.iotad.simulator.output;

import io.iotad.simulator.SeedStreams;
import io.iotad.simulator.physics.DayOutput;
import io.iotad.simulator.portfolio.Apartment;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the raw JSON Lines, day by day, as {@code raw/<yyyy-mm-dd>/part-NNN.jsonl[.gz]}: one part
 * per {@code apartmentsPerFile} apartments, apartments in index order, each apartment's lines in
 * time order. Injects the line-level data faults on the way and logs each one: malformed copies
 * (after the valid line, which is kept), exact duplicates (a few lines later), and late lines (a
 * run of apartments' lines of one day, held back 1–3 days and written, newest first, as an extra
 * part of the later day). Faults are drawn from a per-day random stream, so the files depend only
 * on the seed.
 */
public final class RawDataWriter {
    private final Path outDir;
    private final Path rawDir;
    private final long seed;
    private final int days;
    private final int apartmentsPerFile;
    private final boolean gzip;
    private final Set<DataFaultKind> faults;
    private final double malformedRate;
    private final double duplicateRate;
    private final double lateRate;
    private final DataFaultLog log;
    private final TreeMap<Integer, List<LateBatch>> pending = new TreeMap<>();
    private final List<Path> files = new ArrayList<>();
    private long linesWritten;

    private record LateBatch(int originDay, LocalDate originDate, List<String> lines, String detail) {
    }

    /**
     * @param outDir the output folder (the raw/ folder is created in it)
     * @param seed the run's seed
     * @param days number of days of the run
     * @param apartmentsPerFile apartments per part file
     * @param gzip whether to gzip parts
     * @param faults enabled data faults
     * @param malformedRate probability of a malformed copy per line
     * @param duplicateRate probability of a duplicate per line
     * @param lateRate probability per day of late lines
     * @param log where injected faults are recorded
     */
    public RawDataWriter(Path outDir, long seed, int days, int apartmentsPerFile, boolean gzip,
            Set<DataFaultKind> faults, double malformedRate, double duplicateRate, double lateRate,
            DataFaultLog log) {
        this.outDir = outDir;
        this.rawDir = outDir.resolve("raw");
        this.seed = seed;
        this.days = days;
        this.apartmentsPerFile = apartmentsPerFile;
        this.gzip = gzip;
        this.faults = Set.copyOf(faults);
        this.malformedRate = faults.contains(DataFaultKind.MALFORMED_LINE) ? malformedRate : 0;
        this.duplicateRate = faults.contains(DataFaultKind.DUPLICATE_LINE) ? duplicateRate : 0;
        this.lateRate = faults.contains(DataFaultKind.LATE_FILE) ? lateRate : 0;
        this.log = log;
    }

    /**
     * Writes one day's folder.
     *
     * @param day the day index (days must come in order)
     * @param date its calendar date
     * @param apartments the apartments, in index order
     * @param outputs their lines of that day, same order
     * @throws IOException if a file cannot be written
     */
    public void writeDay(int day, LocalDate date, List<Apartment> apartments, DayOutput[] outputs)
            throws IOException {
        SplittableRandom rnd = SeedStreams.stream(seed, SeedStreams.DATA_FAULTS, day);
        Path dir = rawDir.resolve(date.toString());
        Files.createDirectories(dir);
        int lateFrom = -1;
        int lateTo = -1;
        if (day < days - 1 && rnd.nextDouble() < lateRate) {
            int count = Math.max(1, (int) Math.round(apartments.size() * (0.05 + 0.10 * rnd.nextDouble())));
            lateFrom = rnd.nextInt(apartments.size() - count + 1);
            lateTo = lateFrom + count;
            int delay = 1 + rnd.nextInt(3);
            List<String> late = new ArrayList<>();
            for (int i = lateTo - 1; i >= lateFrom; i--) {
                List<String> ls = outputs[i].lines();
                for (int k = ls.size() - 1; k >= 0; k--) {
                    late.add(ls.get(k));
                }
            }
            String detail = late.size() + " lines of " + date + " for " + apartments.get(lateFrom).id() + ".."
                    + apartments.get(lateTo - 1).id() + " delivered " + delay + " day(s) late in reverse order";
            pending.computeIfAbsent(Math.min(days - 1, day + delay), k -> new ArrayList<>())
                    .add(new LateBatch(day, date, late, detail));
        }
        int part = 0;
        for (int from = 0; from < apartments.size(); from += apartmentsPerFile) {
            int to = Math.min(apartments.size(), from + apartmentsPerFile);
            Path file = dir.resolve(partName(part++));
            try (Writer w = open(file)) {
                PartWriter pw = new PartWriter(w, file, date, rnd);
                for (int i = from; i < to; i++) {
                    if (i < lateFrom || i >= lateTo) {
                        pw.writeApartment(apartments.get(i), outputs[i].lines());
                    }
                }
                pw.flushDuplicates();
                linesWritten += pw.lineNo;
            }
        }
        List<LateBatch> due = pending.remove(day);
        if (due != null) {
            for (LateBatch b : due) {
                Path file = dir.resolve(partName(part++));
                try (Writer w = open(file)) {
                    for (String l : b.lines()) {
                        w.write(l);
                        w.write('\n');
                    }
                }
                linesWritten += b.lines().size();
                log.add(DataFaultKind.LATE_FILE, "", "", b.originDate(), relative(file), 0, b.detail());
            }
        }
    }

    /** @return every file written so far, in writing order */
    public List<Path> files() {
        return List.copyOf(files);
    }

    /** @return lines written so far, valid and faulty */
    public long linesWritten() {
        return linesWritten;
    }

    private String partName(int part) {
        return String.format("part-%03d.jsonl%s", part, gzip ? ".gz" : "");
    }

    private Writer open(Path file) throws IOException {
        files.add(file);
        OutputStream os = Files.newOutputStream(file);
        if (gzip) {
            os = new GZIPOutputStream(os, 1 << 16);
        }
        return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    }

    private String relative(Path file) {
        return outDir.relativize(file).toString().replace('\\', '/');
    }

    /** Writes one part file's lines with duplicates and malformed copies. */
    private final class PartWriter {
        private final Writer w;
        private final Path file;
        private final LocalDate date;
        private final SplittableRandom rnd;
        private final TreeMap<Long, List<String[]>> duplicatesDue = new TreeMap<>();
        private long lineNo;

        PartWriter(Writer w, Path file, LocalDate date, SplittableRandom rnd) {
            this.w = w;
            this.file = file;
            this.date = date;
            this.rnd = rnd;
        }

        void writeApartment(Apartment a, List<String> lines) throws IOException {
            for (String l : lines) {
                emit(l);
                double u = rnd.nextDouble();
                if (u < malformedRate) {
                    String[] bad = LineCorruption.corrupt(l, rnd);
                    emit(bad[0]);
                    log.add(DataFaultKind.MALFORMED_LINE, a.building().id(), a.id(), date, relative(file), lineNo,
                            bad[1] + " copy of line " + (lineNo - 1));
                } else if (u < malformedRate + duplicateRate) {
                    long at = lineNo + 1 + rnd.nextInt(20);
                    duplicatesDue.computeIfAbsent(at, k -> new ArrayList<>())
                            .add(new String[] {l, a.building().id(), a.id(), Long.toString(lineNo)});
                }
                writeDueDuplicates(false);
            }
        }

        void flushDuplicates() throws IOException {
            writeDueDuplicates(true);
        }

        private void writeDueDuplicates(boolean all) throws IOException {
            while (!duplicatesDue.isEmpty() && (all || duplicatesDue.firstKey() <= lineNo)) {
                for (String[] d : duplicatesDue.pollFirstEntry().getValue()) {
                    emit(d[0]);
                    log.add(DataFaultKind.DUPLICATE_LINE, d[1], d[2], date, relative(file), lineNo,
                            "exact duplicate of line " + d[3]);
                }
            }
        }

        private void emit(String l) throws IOException {
            w.write(l);
            w.write('\n');
            lineNo++;
        }
    }
}
