package io.iotad.core.csv;

import io.iotad.core.data.DataException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A whole CSV file read column by column into primitive arrays: the fast path behind every
 * table-shaped CSV of iotad (feature files, scored files, request bodies).
 *
 * <p>Each column is read in one of three {@link Role}s chosen from its header name before the rows
 * are read, so a numeric column costs a {@code double} per row and no {@code String}. Repeated text
 * (ids, labels) is shared, not copied per row.
 */
public final class CsvColumns {
    private static final int DEDUPE_LIMIT = 1 << 16;
    private static final double NOT_A_NUMBER = Double.longBitsToDouble(0x7ff8dead0000beefL);

    /** How a column is read. */
    public enum Role {
        /** Finite numbers or missing cells only; any other cell is a {@link DataException} at once. */
        NUMBER,
        /** Numbers if every cell is one (a text cell turns the column to {@link #TEXT}); no text kept otherwise. */
        NUMBER_OR_TEXT,
        /** The cells' text, and their values too where every cell is a number. */
        TEXT
    }

    /** Opens the source again, for a second pass over a column that turned out to be text. */
    @FunctionalInterface
    public interface Source {
        /**
         * @return the lines, before the header
         * @throws IOException when the source cannot be opened
         */
        CsvLines open() throws IOException;
    }

    private final List<String> header;
    private final int rows;
    private final double[][] numbers;
    private final boolean[] numeric;
    private final String[][] texts;
    private final int[] rowLines;
    private final long[] firstInfiniteLine;
    private final String[] firstInfiniteText;

    private CsvColumns(List<String> header, int rows, double[][] numbers, boolean[] numeric, String[][] texts,
                       int[] rowLines, long[] firstInfiniteLine, String[] firstInfiniteText) {
        this.header = header;
        this.rows = rows;
        this.numbers = numbers;
        this.numeric = numeric;
        this.texts = texts;
        this.rowLines = rowLines;
        this.firstInfiniteLine = firstInfiniteLine;
        this.firstInfiniteText = firstInfiniteText;
    }

    /**
     * Reads a file: the header (its separator sniffed by {@link CsvLines#sniffSeparator}, names
     * trimmed), then every non-blank line, which must have as many cells as the header.
     *
     * @param source opens the lines (twice when a {@link Role#NUMBER_OR_TEXT} column turns out text)
     * @param roles the role of each column, by trimmed header name
     * @return the columns
     * @throws IOException when reading fails
     * @throws DataException for an empty file, a repeated column name, a ragged line, a quoting error or a
     *     bad {@link Role#NUMBER} cell, naming the source, line, column and value
     */
    public static CsvColumns read(Source source, Function<String, Role> roles) throws IOException {
        List<String> header;
        Role[] role;
        int n;
        double[][] numbers;
        boolean[] numeric;
        boolean[] any;
        String[][] texts;
        int[] rowLines = new int[1024];
        long[] infLine;
        String[] infText;
        try (CsvLines lines = source.open()) {
            header = header(lines);
            int cols = header.size();
            role = new Role[cols];
            numbers = new double[cols][];
            numeric = new boolean[cols];
            any = new boolean[cols];
            texts = new String[cols][];
            infLine = new long[cols];
            infText = new String[cols];
            List<Map<String, String>> seen = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                role[c] = roles.apply(header.get(c));
                numbers[c] = new double[1024];
                numeric[c] = true;
                texts[c] = role[c] == Role.TEXT ? new String[1024] : null;
                seen.add(role[c] == Role.TEXT ? new HashMap<>() : null);
            }
            n = 0;
            while (lines.next(true)) {
                if (lines.cellCount() != cols) {
                    throw new DataException(lines.source(), lines.line(), "", lines.lineText(),
                            cols + " cells as in the header, found " + lines.cellCount());
                }
                if (n == rowLines.length) {
                    int grown = n + (n >> 1);
                    rowLines = Arrays.copyOf(rowLines, grown);
                    for (int c = 0; c < cols; c++) {
                        numbers[c] = numbers[c] == null ? null : Arrays.copyOf(numbers[c], grown);
                        texts[c] = texts[c] == null ? null : Arrays.copyOf(texts[c], grown);
                    }
                }
                rowLines[n] = (int) Math.min(Integer.MAX_VALUE, lines.line());
                for (int c = 0; c < cols; c++) {
                    if (texts[c] != null) {
                        texts[c][n] = dedupe(seen.get(c), lines.text(c));
                    }
                    if (!numeric[c]) {
                        continue;
                    }
                    double v = lines.number(c, NOT_A_NUMBER);
                    if (Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(NOT_A_NUMBER)
                            || (role[c] == Role.NUMBER && Double.isInfinite(v))) {
                        if (role[c] == Role.NUMBER) {
                            throw new DataException(lines.source(), lines.line(), header.get(c), lines.trimmedText(c),
                                    "a finite number or an empty cell (missing)");
                        }
                        numeric[c] = false;
                        numbers[c] = null;
                        continue;
                    }
                    if (!Double.isNaN(v)) {
                        any[c] = true;
                        if (Double.isInfinite(v) && infLine[c] == 0) {
                            infLine[c] = lines.line();
                            infText[c] = lines.trimmedText(c);
                        }
                    }
                    numbers[c][n] = v;
                }
                n++;
            }
        }
        List<Integer> secondPass = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (numbers[c] != null) {
                numbers[c] = Arrays.copyOf(numbers[c], n);
            }
            if (texts[c] != null) {
                texts[c] = Arrays.copyOf(texts[c], n);
            }
            numeric[c] = numeric[c] && (any[c] || n == 0 || role[c] == Role.NUMBER);
            if (!numeric[c]) {
                numbers[c] = null;
                if (texts[c] == null) {
                    secondPass.add(c); // a NUMBER_OR_TEXT column that held text, or no value at all
                }
            }
        }
        if (!secondPass.isEmpty()) {
            readText(source, secondPass, texts, n);
        }
        return new CsvColumns(header, n, numbers, numeric, texts, Arrays.copyOf(rowLines, n), infLine, infText);
    }

    private static List<String> header(CsvLines lines) throws IOException {
        if (!lines.next(false)) {
            throw new DataException(lines.source(), 1, "", "", "a header line");
        }
        lines.separator(CsvLines.sniffSeparator(lines.lineText()));
        List<String> header = new ArrayList<>();
        Map<String, Integer> unique = new LinkedHashMap<>();
        for (int c = 0; c < lines.cellCount(); c++) {
            String raw = lines.text(c);
            String name = raw.trim();
            if (unique.put(name, c) != null) {
                throw new DataException(lines.source(), 1, raw, "", "unique column names");
            }
            header.add(name);
        }
        lines.names(header);
        return List.copyOf(header);
    }

    private static void readText(Source source, List<Integer> columns, String[][] texts, int n) throws IOException {
        List<Map<String, String>> seen = new ArrayList<>();
        for (int c : columns) {
            texts[c] = new String[n];
            seen.add(new HashMap<>());
        }
        try (CsvLines lines = source.open()) {
            header(lines);
            int row = 0;
            while (lines.next(true) && row < n) {
                for (int j = 0; j < columns.size(); j++) {
                    int c = columns.get(j);
                    texts[c][row] = dedupe(seen.get(j), lines.text(c));
                }
                row++;
            }
            if (row != n) {
                throw new DataException(lines.source(), lines.line(), "", "", n + " rows as on the first read (the file"
                        + " changed while read)");
            }
        }
    }

    private static String dedupe(Map<String, String> seen, String s) {
        String old = seen.get(s);
        if (old != null) {
            return old;
        }
        if (seen.size() < DEDUPE_LIMIT) {
            seen.put(s, s);
        }
        return s;
    }

    /** @return the trimmed header names, in file order */
    public List<String> header() {
        return header;
    }

    /** @return the number of rows read (non-blank lines after the header), at least 0 */
    public int rowCount() {
        return rows;
    }

    /**
     * @param column index in {@link #header()}
     * @return whether every cell is a number or missing and at least one is a number (or the file has no rows)
     */
    public boolean isNumeric(int column) {
        return numeric[column];
    }

    /**
     * @param column index in {@link #header()} of a numeric column
     * @return its values, NaN = missing (the array itself: the caller owns it from here)
     * @throws IllegalStateException when the column is not numeric
     */
    public double[] numbers(int column) {
        if (!numeric[column]) {
            throw new IllegalStateException("column '" + header.get(column) + "' is not numeric");
        }
        return numbers[column];
    }

    /**
     * @param column index in {@link #header()}
     * @return its cells' text, or null for a column read as numbers only (the array itself)
     */
    public String[] text(int column) {
        return texts[column];
    }

    /**
     * @param row a row index
     * @return the 1-based line of the file it came from
     */
    public long lineOf(int row) {
        return rowLines[row];
    }

    /**
     * @param column index in {@link #header()}
     * @return the line of the column's first infinite value, 0 when it has none
     */
    public long firstInfiniteLine(int column) {
        return firstInfiniteLine[column];
    }

    /**
     * @param column index in {@link #header()}
     * @return the text of the column's first infinite value, null when it has none
     */
    public String firstInfiniteText(int column) {
        return firstInfiniteText[column];
    }
}
