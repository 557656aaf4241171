package io.iotad.core.frame;

import static io.iotad.core.csv.Csv.quote;

import io.iotad.core.data.DataException;
import io.iotad.core.files.AtomicFile;
import io.iotad.core.csv.CsvColumns;
import io.iotad.core.csv.CsvLines;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
        return read(() -> CsvLines.open(file, ','), file.toString(), features, exclude);
    }

    /**
     * Reads CSV text from a reader (for example a request body), with the rules of {@link #read(Path, List, Set)}.
     *
     * @param r the text, header first; read to its end, not closed by this method
     * @param file the source's name in error messages (a file name, or e.g. {@code request body})
     * @param features the feature columns to take, in order; empty = every numeric column that is
     *     neither an identity column nor in {@code exclude}
     * @param exclude columns never taken as features
     * @return the frame and the other columns
     * @throws IOException when reading fails
     * @throws DataException for a malformed header, row or cell, naming {@code file}, the line and the column
     */
    public static CsvFrame read(Reader r, String file, List<String> features, Set<String> exclude) throws IOException {
        StringWriter all = new StringWriter();
        r.transferTo(all);
        byte[] utf8 = all.toString().getBytes(StandardCharsets.UTF_8);
        return read(() -> CsvLines.of(utf8, file, ','), file, features, exclude);
    }

    private static CsvFrame read(CsvColumns.Source source, String file, List<String> features, Set<String> exclude)
            throws IOException {
        Set<String> explicit = Set.copyOf(features);
        CsvColumns csv = CsvColumns.read(source, name -> {
            if (!features.isEmpty()) {
                return explicit.contains(name) ? CsvColumns.Role.NUMBER : CsvColumns.Role.TEXT;
            }
            return IDENTITY_COLUMNS.contains(name) || exclude.contains(name) ? CsvColumns.Role.TEXT
                    : CsvColumns.Role.NUMBER_OR_TEXT;
        });
        List<String> header = csv.header();
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            col.put(header.get(c), c);
        }
        boolean keyed = col.containsKey("apartment_id") && col.containsKey("event_date");
        List<String> featureNames = new ArrayList<>(features);
        if (featureNames.isEmpty()) {
            for (String name : header) {
                if (!IDENTITY_COLUMNS.contains(name) && !exclude.contains(name) && csv.isNumeric(col.get(name))) {
                    featureNames.add(name);
                }
            }
        }
        for (String f : featureNames) {
            if (!col.containsKey(f)) {
                throw new DataException(file, 1, f, "", "a column named '" + f + "'; the header has " + col.keySet());
            }
        }
        int n = csv.rowCount();
        String[] apts = new String[n];
        String[] bldgs = new String[n];
        LocalDate[] dates = new LocalDate[n];
        if (keyed) {
            String[] aptText = csv.text(col.get("apartment_id"));
            String[] bldgText = col.containsKey("building_id") ? csv.text(col.get("building_id")) : null;
            String[] dateText = csv.text(col.get("event_date"));
            Map<String, LocalDate> parsed = new HashMap<>();
            for (int i = 0; i < n; i++) {
                apts[i] = aptText[i];
                bldgs[i] = bldgText == null ? "none" : bldgText[i];
                String d = dateText[i];
                LocalDate day = parsed.get(d);
                if (day == null) {
                    try {
                        day = LocalDate.parse(d);
                    } catch (DateTimeParseException e) {
                        throw new DataException(file, csv.lineOf(i), "event_date", d, "a date YYYY-MM-DD");
                    }
                    if (parsed.size() < 100_000) {
                        parsed.put(d, day);
                    }
                }
                dates[i] = day;
                if (apts[i].isBlank() || bldgs[i].isBlank()) {
                    throw new DataException(file, csv.lineOf(i), "apartment_id/building_id", "", "non-empty ids");
                }
            }
        } else {
            Arrays.fill(bldgs, "none");
            Arrays.fill(dates, LocalDate.EPOCH);
            for (int i = 0; i < n; i++) {
                apts[i] = "row_" + i;
            }
        }
        double[][] cols = new double[featureNames.size()][];
        for (int j = 0; j < cols.length; j++) {
            int c = col.get(featureNames.get(j));
            if (csv.firstInfiniteLine(c) > 0) {
                throw new DataException(file, csv.firstInfiniteLine(c), featureNames.get(j), csv.firstInfiniteText(c),
                        "a finite number or an empty cell (missing)");
            }
            cols[j] = csv.numbers(c);
        }
        Map<String, double[]> numeric = new LinkedHashMap<>();
        Map<String, String[]> text = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : col.entrySet()) {
            if (featureNames.contains(e.getKey())) {
                continue;
            }
            text.put(e.getKey(), csv.text(e.getValue()));
            if (csv.isNumeric(e.getValue())) {
                numeric.put(e.getKey(), csv.numbers(e.getValue()));
            }
        }
        FeatureFrame frame = FeatureFrame.of(FeatureSchema.of(featureNames), apts, bldgs, dates, cols);
        return new CsvFrame(frame, numeric, text);
    }
}
