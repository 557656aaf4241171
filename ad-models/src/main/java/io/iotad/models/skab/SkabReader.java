package io.iotad.models.skab;

import io.iotad.core.csv.CsvLines;
import io.iotad.core.data.DataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads SKAB CSV files: {@code ;}-separated, one header row, {@code datetime} first
 * ({@code yyyy-MM-dd HH:mm:ss}), then sensor columns, with {@code anomaly} and {@code changepoint}
 * label columns written as {@code 0.0}/{@code 1.0}. Every malformed cell is a {@link DataException}
 * naming file, line, column, value and what was expected; an empty sensor cell is read as missing (NaN).
 */
public final class SkabReader {
    /** Name of the outlier label column. */
    public static final String ANOMALY = "anomaly";
    /** Name of the change-point label column. */
    public static final String CHANGEPOINT = "changepoint";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SkabReader() {
    }

    /**
     * Reads every {@code *.csv} of the given directories (not recursive) or files, each directory's
     * files ordered by their number ({@code 0.csv, 1.csv, …, 10.csv}) then name.
     *
     * @param paths directories or files
     * @return the recordings, in that order
     * @throws IOException when a path cannot be read
     * @throws DataException when a file is malformed or lacks the label columns
     */
    public static List<SkabRecording> readAll(List<Path> paths) throws IOException {
        List<SkabRecording> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> s = Files.list(p)) {
                    files = s.filter(f -> f.getFileName().toString().endsWith(".csv") && Files.isRegularFile(f))
                            .sorted(Comparator.comparingLong(SkabReader::fileNumber)
                                    .thenComparing(f -> f.getFileName().toString()))
                            .toList();
                }
                if (files.isEmpty()) {
                    throw new DataException(p.toString(), 0, "", "", "a directory holding SKAB *.csv files");
                }
                for (Path f : files) {
                    out.add(read(f));
                }
            } else {
                out.add(read(p));
            }
        }
        return out;
    }

    private static long fileNumber(Path f) {
        String n = f.getFileName().toString().replace(".csv", "");
        try {
            return Long.parseLong(n);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * @param file a SKAB CSV file with label columns
     * @return its recording
     * @throws IOException when the file cannot be read
     * @throws DataException when it is malformed, lacks the label columns or its times do not increase
     */
    public static SkabRecording read(Path file) throws IOException {
        String src = file.toString();
        try (CsvLines r = CsvLines.open(file, ';')) {
            if (!r.next(false)) {
                throw new DataException(src, 1, "", "", "a header row starting with 'datetime'");
            }
            String[] cols = cells(r);
            if (!cols[0].strip().replace("\uFEFF", "").equals("datetime")) {
                throw new DataException(src, 1, "datetime", cols[0], "the first column to be 'datetime'");
            }
            int anomalyCol = -1;
            int cpCol = -1;
            List<String> sensors = new ArrayList<>();
            List<Integer> sensorCols = new ArrayList<>();
            for (int c = 1; c < cols.length; c++) {
                String name = cols[c].strip();
                if (name.equals(ANOMALY)) {
                    anomalyCol = c;
                } else if (name.equals(CHANGEPOINT)) {
                    cpCol = c;
                } else {
                    sensors.add(name);
                    sensorCols.add(c);
                }
            }
            if (anomalyCol < 0 || cpCol < 0) {
                throw new DataException(src, 1, anomalyCol < 0 ? ANOMALY : CHANGEPOINT, "",
                        "a labelled SKAB file with 'anomaly' and 'changepoint' columns");
            }
            List<Long> times = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            List<Integer> anomaly = new ArrayList<>();
            List<Integer> cps = new ArrayList<>();
            while (r.next(true)) {
                long lineNo = r.line();
                String[] cells = cells(r);
                if (cells.length != cols.length) {
                    throw new DataException(src, lineNo, "", r.lineText(), cols.length + " ';'-separated cells, got "
                            + cells.length);
                }
                long t = time(src, lineNo, cells[0]);
                if (!times.isEmpty() && t <= times.get(times.size() - 1)) {
                    throw new DataException(src, lineNo, "datetime", cells[0], "a time after the previous row's");
                }
                times.add(t);
                double[] v = new double[sensors.size()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = number(src, lineNo, sensors.get(k), cells[sensorCols.get(k)]);
                }
                values.add(v);
                anomaly.add(label(src, lineNo, ANOMALY, cells[anomalyCol]));
                cps.add(label(src, lineNo, CHANGEPOINT, cells[cpCol]));
            }
            return new SkabRecording(src, sensors, times.stream().mapToLong(Long::longValue).toArray(),
                    values.toArray(new double[0][]), anomaly.stream().mapToInt(Integer::intValue).toArray(),
                    cps.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private static String[] cells(CsvLines r) {
        String[] cells = new String[r.cellCount()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = r.text(i);
        }
        return cells;
    }

    private static long time(String src, long line, String cell) {
        try {
            return LocalDateTime.parse(cell.strip(), TIME).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new DataException(src, line, "datetime", cell, "a time 'yyyy-MM-dd HH:mm:ss'");
        }
    }

    private static double number(String src, long line, String field, String cell) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new DataException(src, line, field, cell, "a finite number or an empty cell");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new DataException(src, line, field, cell, "a finite number or an empty cell");
        }
    }

    private static int label(String src, long line, String field, String cell) {
        String s = cell.strip();
        if (s.equals("0") || s.equals("0.0")) {
            return 0;
        }
        if (s.equals("1") || s.equals("1.0")) {
            return 1;
        }
        throw new DataException(src, line, field, cell, "0.0 or 1.0");
    }
}
