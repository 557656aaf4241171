package io.iotad.core.frame;

import io.iotad.core.data.DataException;
import io.iotad.core.files.AtomicFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes {@link FeatureFrame}s as CSV, the exchange format with the Python peers and
 * analysts.
 *
 * <p>Written files have the identity columns of DATA-CONTRACT §3 ({@code apartment_record_id,
 * apartment_id, building_id, event_date}) then one column per feature; a missing value is an empty
 * cell. Numbers are written in Java's shortest round-trip form, so reading a written file gives
 * bit-identical values.
 *
 * <p>Reading accepts comma- or semicolon-separated files with a header and RFC 4180 quoting. When
 * the identity columns are absent (a plain sensor CSV), rows get synthetic keys: apartment
 * {@code row_<n>} (n from 0), building {@code none}, date 1970-01-01. Empty cells and {@code NaN}
 * are missing; any other non-numeric cell in a feature column is a {@link DataException} naming the
 * file, line, column and value.
 */
public final class FeatureFrameCsv {
    /** Identity columns of the data contract, in order. */
    public static final List<String> IDENTITY_COLUMNS = List.of("apartment_record_id", "apartment_id", "building_id", "event_date");

    private FeatureFrameCsv() {
    }

    /**
     * Writes a frame atomically (temporary file, then rename).
     *
     * @param frame the frame
     * @param file the target file
     * @throws IOException when writing fails
     */
    public static void write(FeatureFrame frame, Path file) throws IOException {
        AtomicFile.writeText(file, w -> {
            w.write(String.join(",", IDENTITY_COLUMNS));
            for (String n : frame.schema().names()) {
                w.write(',');
                w.write(quote(n));
            }
            w.write('\n');
            int cols = frame.schema().size();
            StringBuilder line = new StringBuilder(256);
            for (int i = 0; i < frame.rowCount(); i++) {
                line.setLength(0);
                String apt = frame.apartmentId(i);
                String date = frame.eventDate(i).toString();
                line.append(quote(apt + "_" + date)).append(',').append(quote(apt)).append(',')
                        .append(quote(frame.buildingId(i))).append(',').append(date);
                for (int c = 0; c < cols; c++) {
                    line.append(',');
                    double v = frame.value(i, c);
                    if (!Double.isNaN(v)) {
                        line.append(v);
                    }
                }
                line.append('\n');
                w.append(line);
            }
        });
    }

    /**
     * Reads a CSV file.
     *
     * @param file the file
     * @param features the feature columns to take, in order; empty = every numeric column that is
     *     neither an identity column nor in {@code exclude}
     * @param exclude columns never taken as features (for example the label column)
     * @return the frame and the other columns
     * @throws IOException when reading fails
     * @throws DataException for a malformed header, row or cell
     */
    public static CsvFrame read(Path file, List<String> features, Set<String> exclude) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString(), features, exclude);
        }
    }

    /**
     * Reads CSV text from a reader (for example a request body), with the rules of {@link #read(Path, List, Set)}.
     *
     * @param r the text, header first; not closed by this method
     * @param file the source's name in error messages (a file name, or e.g. {@code request body})
     * @param features the feature columns to take, in order; empty = every numeric column that is
     *     neither an identity column nor in {@code exclude}
     * @param exclude columns never taken as features
     * @return the frame and the other columns
     * @throws IOException when reading fails
     * @throws DataException for a malformed header, row or cell, naming {@code file}, the line and the column
     */
    public static CsvFrame read(BufferedReader r, String file, List<String> features, Set<String> exclude) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String[] header;
        char sep;
        {
            String first = r.readLine();
            if (first == null) {
                throw new DataException(file, 1, "", "", "a header line");
            }
            if (!first.isEmpty() && first.charAt(0) == '\uFEFF') {
                first = first.substring(1);
            }
            sep = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
            header = split(first, sep, file, 1);
            String line;
            long lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = split(line, sep, file, lineNo);
                if (cells.length != header.length) {
                    throw new DataException(file, lineNo, "", line, header.length + " cells as in the header, found " + cells.length);
                }
                rows.add(cells);
            }
        }
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            if (col.put(header[c].trim(), c) != null) {
                throw new DataException(file, 1, header[c], "", "unique column names");
            }
        }
        boolean keyed = col.containsKey("apartment_id") && col.containsKey("event_date");
        List<String> featureNames = new ArrayList<>(features);
        if (featureNames.isEmpty()) {
            for (String name : col.keySet()) {
                if (!IDENTITY_COLUMNS.contains(name) && !exclude.contains(name) && isNumericColumn(rows, col.get(name))) {
                    featureNames.add(name);
                }
            }
        }
        for (String f : featureNames) {
            if (!col.containsKey(f)) {
                throw new DataException(file, 1, f, "", "a column named '" + f + "'; the header has " + col.keySet());
            }
        }
        int n = rows.size();
        String[] apts = new String[n];
        String[] bldgs = new String[n];
        LocalDate[] dates = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            String[] row = rows.get(i);
            if (keyed) {
                apts[i] = row[col.get("apartment_id")];
                bldgs[i] = col.containsKey("building_id") ? row[col.get("building_id")] : "none";
                String d = row[col.get("event_date")];
                try {
                    dates[i] = LocalDate.parse(d);
                } catch (DateTimeParseException e) {
                    throw new DataException(file, i + 2, "event_date", d, "a date YYYY-MM-DD");
                }
                if (apts[i].isBlank() || bldgs[i].isBlank()) {
                    throw new DataException(file, i + 2, "apartment_id/building_id", "", "non-empty ids");
                }
            } else {
                apts[i] = "row_" + i;
                bldgs[i] = "none";
                dates[i] = LocalDate.EPOCH;
            }
        }
        double[][] cols = new double[featureNames.size()][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = parseColumn(rows, col.get(featureNames.get(j)), featureNames.get(j), file, true);
        }
        Map<String, double[]> numeric = new LinkedHashMap<>();
        Map<String, String[]> text = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : col.entrySet()) {
            if (featureNames.contains(e.getKey())) {
                continue;
            }
            String[] t = new String[n];
            for (int i = 0; i < n; i++) {
                t[i] = rows.get(i)[e.getValue()];
            }
            text.put(e.getKey(), t);
            if (isNumericColumn(rows, e.getValue())) {
                numeric.put(e.getKey(), parseColumn(rows, e.getValue(), e.getKey(), file, false));
            }
        }
        FeatureFrame frame = FeatureFrame.of(FeatureSchema.of(featureNames), apts, bldgs, dates, cols);
        return new CsvFrame(frame, numeric, text);
    }

    private static boolean isNumericColumn(List<String[]> rows, int c) {
        boolean any = false;
        for (String[] row : rows) {
            String s = row[c].trim();
            if (s.isEmpty() || s.equalsIgnoreCase("nan")) {
                continue;
            }
            if (parse(s) == null) {
                return false;
            }
            any = true;
        }
        return any || rows.isEmpty();
    }

    private static double[] parseColumn(List<String[]> rows, int c, String name, String file, boolean strict) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            String s = rows.get(i)[c].trim();
            if (s.isEmpty() || s.equalsIgnoreCase("nan")) {
                out[i] = Double.NaN;
                continue;
            }
            Double v = parse(s);
            if (v == null || (strict && v.isInfinite())) {
                throw new DataException(file, i + 2, name, s, "a finite number or an empty cell (missing)");
            }
            out[i] = v;
        }
        return out;
    }

    private static Double parse(String s) {
        char ch = s.charAt(0);
        if (!(Character.isDigit(ch) || ch == '-' || ch == '+' || ch == '.' || ch == 'I')) {
            return null;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf(';') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String[] split(String line, char sep, String file, long lineNo) {
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (quoted) {
            throw new DataException(file, lineNo, "", line, "a closing quote");
        }
        out.add(cur.toString());
        return out.toArray(new String[0]);
    }
}
