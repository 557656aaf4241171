package io.iotad.features.csv;

import io.iotad.core.data.DataException;
import io.iotad.core.csv.CsvLines;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Streams a comma-separated file with a header row, row by row, in the one CSV dialect of
 * {@link CsvLines} (RFC 4180 quoting, quoted fields may not span lines, a UTF-8 byte order mark and
 * CRLF line ends accepted, blank lines skipped). Every error is a {@link DataException} naming the
 * file and line.
 */
public final class CsvReader implements Closeable {
    private final String source;
    private final CsvLines in;
    private final List<String> header;

    private CsvReader(Path file) throws IOException {
        this.source = file.toString();
        this.in = CsvLines.open(file, ',');
        if (!in.next(false)) {
            in.close();
            throw new DataException(source, 0, "", "", "a header row (the file is empty)");
        }
        List<String> h = new ArrayList<>();
        for (int i = 0; i < in.cellCount(); i++) {
            h.add(in.text(i).trim());
        }
        header = List.copyOf(h);
        in.names(header);
    }

    /**
     * Opens a CSV file and reads its header.
     *
     * @param file the file
     * @return the reader, positioned after the header
     * @throws IOException when the file cannot be read
     * @throws DataException when the file is empty
     */
    public static CsvReader open(Path file) throws IOException {
        return new CsvReader(file);
    }

    /** @return the column names of the header, trimmed, in file order */
    public List<String> header() {
        return header;
    }

    /** @return the file, as named in errors */
    public String source() {
        return source;
    }

    /** @return the 1-based line number of the row last returned by {@link #next()} */
    public long line() {
        return in.line();
    }

    /**
     * Finds a required column.
     *
     * @param name the column's name
     * @return its index
     * @throws DataException naming the missing column and the header found
     */
    public int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new DataException(source, 1, name, "", "a header with column '" + name + "' (found " + header + ")");
        }
        return i;
    }

    /**
     * @param name the column's header name, exactly as written
     * @return the index of that optional column, or -1 when the header lacks it
     */
    public int optionalColumn(String name) {
        return header.indexOf(name);
    }

    /**
     * @return the next row's fields (as many as the header has columns), or null at the end
     * @throws IOException when the file cannot be read
     * @throws DataException when a row has another number of fields or an unterminated quote
     */
    public String[] next() throws IOException {
        if (!in.next(true)) {
            return null;
        }
        if (in.cellCount() != header.size()) {
            throw new DataException(source, in.line(), "", cut(in.lineText()), header.size() + " fields as in the header "
                    + header + ", found " + in.cellCount());
        }
        String[] fields = new String[in.cellCount()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = in.text(i);
        }
        return fields;
    }

    private static String cut(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    /**
     * Parses a number cell: empty or a missing-value marker ({@code NaN}, {@code NA}, {@code null},
     * case-insensitive) is NaN.
     *
     * @param cell the cell's text
     * @param column its column, for the error
     * @return the value, NaN when missing
     * @throws DataException when the cell is neither a finite number nor empty
     */
    public double number(String cell, String column) {
        String s = cell.trim();
        if (s.isEmpty() || isMissingMarker(s)) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v) && !s.endsWith("d") && !s.endsWith("D") && !s.endsWith("f") && !s.endsWith("F")) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataException(source, in.line(), column, cell, "a finite number, or an empty cell for missing");
    }

    private static boolean isMissingMarker(String s) {
        char first = s.charAt(0);
        if (first != 'n' && first != 'N') {
            return false; // every marker starts with n: a number is not lower-cased and looked up
        }
        String l = s.toLowerCase(Locale.ROOT);
        return Arrays.asList("nan", "na", "n/a", "null").contains(l);
    }

    /**
     * Parses a required text cell.
     *
     * @param cell the cell as read
     * @param column the column's name, for the error
     * @return the cell without surrounding white space, never empty
     * @throws DataException when the cell is empty
     */
    public String text(String cell, String column) {
        String s = cell.trim();
        if (s.isEmpty()) {
            throw new DataException(source, in.line(), column, "", "a non-empty value");
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
