package io.iotad.core.csv;

import io.iotad.core.data.DataException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The one CSV tokenizer of iotad: reads UTF-8 bytes line by line and splits each line into cells
 * without making a {@code String} per cell (a cell becomes text only when {@link #text(int)} asks,
 * and a decimal cell is parsed straight from the bytes by {@link #number(int)}).
 *
 * <p>The dialect, for every CSV the library reads: a line ends at {@code \n}, {@code \r\n} or a lone
 * {@code \r}; a UTF-8 byte order mark before the first line is dropped; cells are separated by one
 * separator byte (a comma, or a semicolon where the caller says so); a cell that starts with
 * {@code "} is quoted as in RFC 4180 ({@code ""} inside it is one quote) and must end with a quote
 * followed by the separator or the line's end; a quote inside an unquoted cell is an ordinary
 * character; a quoted cell may not span lines. Every error is a {@link DataException} naming the
 * source, the line, the column (when the header is known) and the line's text.
 *
 * <p>Not thread-safe; the cell accessors refer to the line last returned by {@link #next(boolean)}.
 */
public final class CsvLines implements Closeable {
    private static final int INITIAL_BUFFER = 1 << 20;

    private final InputStream in;
    private final String source;
    private byte separator;
    private List<String> names = List.of();
    private byte[] buf = new byte[INITIAL_BUFFER];
    private int limit;
    private int pos;
    private boolean eof;
    private boolean first = true;
    private long line;
    private int lineStart;
    private int lineEnd;
    private int cells;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] escaped = new boolean[16];

    private CsvLines(InputStream in, String source, char separator) {
        this.in = in;
        this.source = source;
        separator(separator);
    }

    /**
     * Opens a file.
     *
     * @param file a UTF-8 CSV file
     * @param separator {@code ','} or {@code ';'}
     * @return the lines, before the first
     * @throws IOException when the file cannot be opened
     */
    public static CsvLines open(Path file, char separator) throws IOException {
        return new CsvLines(Files.newInputStream(file), file.toString(), separator);
    }

    /**
     * Reads text held in memory (a request body, a test's input).
     *
     * @param utf8 the CSV text as UTF-8 bytes (not copied; not to be changed while read)
     * @param source the name errors give the text, e.g. {@code request body}
     * @param separator {@code ','} or {@code ';'}
     * @return the lines, before the first
     */
    public static CsvLines of(byte[] utf8, String source, char separator) {
        return new CsvLines(new ByteArrayInputStream(utf8), source, separator);
    }

    /**
     * The separator a header line implies: a semicolon when the line has one and no comma, else a comma.
     *
     * @param headerLine the first line's text
     * @return {@code ';'} or {@code ','}
     */
    public static char sniffSeparator(String headerLine) {
        return headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
    }

    /**
     * Changes the separator and splits the current line again (after sniffing it from the header).
     *
     * @param sep {@code ','} or {@code ';'}
     * @throws IllegalArgumentException for another character
     */
    public void separator(char sep) {
        if (sep != ',' && sep != ';') {
            throw new IllegalArgumentException("separator must be ',' or ';', got '" + sep + "'");
        }
        this.separator = (byte) sep;
        if (line > 0) {
            split();
        }
    }

    /**
     * Names the columns in errors (the header, once read).
     *
     * @param columnNames one name per column, in file order
     */
    public void names(List<String> columnNames) {
        this.names = List.copyOf(columnNames);
    }

    /** @return the source, as errors name it */
    public String source() {
        return source;
    }

    /** @return the 1-based number of the line last returned, 0 before the first */
    public long line() {
        return line;
    }

    /**
     * Moves to the next line and splits it.
     *
     * @param skipBlank whether lines of only spaces and control characters are passed over
     * @return false at the end of the input
     * @throws IOException when reading fails
     * @throws DataException for a quoted cell that is not closed, or closed before other text
     */
    public boolean next(boolean skipBlank) throws IOException {
        while (true) {
            if (!nextLine()) {
                return false;
            }
            if (!skipBlank || !blank()) {
                split();
                return true;
            }
        }
    }

    /** @return the number of cells of the current line, at least 1 */
    public int cellCount() {
        return cells;
    }

    /** @return the current line's text, without its line break */
    public String lineText() {
        return new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
    }

    /**
     * @param i cell index, 0-based
     * @return the cell's text, unquoted, not trimmed
     */
    public String text(int i) {
        int s = starts[i];
        int e = ends[i];
        if (!escaped[i]) {
            return new String(buf, s, e - s, StandardCharsets.UTF_8);
        }
        byte[] b = new byte[e - s];
        int n = 0;
        for (int k = s; k < e; k++) {
            b[n++] = buf[k];
            if (buf[k] == '"') {
                k++; // "" is one quote
            }
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    /**
     * @param i cell index
     * @return whether the cell, trimmed, is empty or {@code NaN} (any case): a missing number
     */
    public boolean isMissing(int i) {
        int s = trimStart(i);
        return DecimalBytes.isMissing(buf, s, trimEnd(i, s));
    }

    /**
     * Parses a cell as a number, trimmed. A plain decimal ({@code [+-]digits[.digits][e[+-]digits]})
     * whose value is exact in the fast path is parsed from the bytes; any other cell goes through
     * {@link Double#parseDouble}, so the result is always bit-identical to {@code Double.parseDouble}
     * of the trimmed text. A cell whose first character is not a digit, sign, point or {@code I}
     * (Infinity) is not a number.
     *
     * @param i cell index
     * @return the value (possibly infinite), NaN for a missing cell ({@link #isMissing}); {@code null}
     *     when the cell is not a number
     */
    public Double number(int i) {
        if (isMissing(i)) {
            return Double.NaN;
        }
        double v = fastNumber(i);
        if (!Double.isNaN(v)) {
            return v;
        }
        return DecimalBytes.parseText(trimmedText(i));
    }

    /**
     * Parses a cell as a number like {@link #number(int)}, without boxing.
     *
     * @param i cell index
     * @param notANumber what to return when the cell is not a number (e.g. a sentinel NaN the caller tests with
     *     {@link Double#doubleToRawLongBits})
     * @return the value, NaN for a missing cell, {@code notANumber} for text
     */
    public double number(int i, double notANumber) {
        if (isMissing(i)) {
            return Double.NaN;
        }
        double v = fastNumber(i);
        if (!Double.isNaN(v)) {
            return v;
        }
        Double d = DecimalBytes.parseText(trimmedText(i));
        return d == null ? notANumber : d;
    }

    /**
     * @param i cell index
     * @return the cell's text, unquoted and trimmed
     */
    public String trimmedText(int i) {
        if (escaped[i]) {
            return text(i).trim();
        }
        int s = trimStart(i);
        return new String(buf, s, trimEnd(i, s) - s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The fast path of {@link DecimalBytes}, NaN when not taken (a quoted cell always goes the slow way). */
    private double fastNumber(int i) {
        if (escaped[i]) {
            return Double.NaN;
        }
        int s = trimStart(i);
        return DecimalBytes.parse(buf, s, trimEnd(i, s));
    }

    private int trimStart(int i) {
        int s = starts[i];
        int e = ends[i];
        while (s < e && (buf[s] & 0xFF) <= ' ') {
            s++;
        }
        return s;
    }

    private int trimEnd(int i, int s) {
        int e = ends[i];
        while (e > s && (buf[e - 1] & 0xFF) <= ' ') {
            e--;
        }
        return e;
    }

    private boolean blank() {
        for (int k = lineStart; k < lineEnd; k++) {
            if ((buf[k] & 0xFF) > ' ') {
                return false;
            }
        }
        return true;
    }

    private boolean nextLine() throws IOException {
        int scan = pos;
        while (true) {
            for (int k = scan; k < limit; k++) {
                byte b = buf[k];
                if (b == '\n' || b == '\r') {
                    if (b == '\r' && k + 1 >= limit && !eof) {
                        scan = k; // a '\n' may follow in the next read
                        break;
                    }
                    lineStart = pos;
                    lineEnd = k;
                    pos = k + 1;
                    if (b == '\r' && pos < limit && buf[pos] == '\n') {
                        pos++;
                    }
                    return startLine();
                }
                scan = k + 1;
            }
            if (eof) {
                if (pos >= limit) {
                    return false;
                }
                lineStart = pos;
                lineEnd = limit;
                pos = limit;
                return startLine();
            }
            int consumed = pos;
            scan -= consumed;
            fill();
        }
    }

    private boolean startLine() {
        line++;
        if (first) {
            first = false;
            if (lineEnd - lineStart >= 3 && buf[lineStart] == (byte) 0xEF && buf[lineStart + 1] == (byte) 0xBB
                    && buf[lineStart + 2] == (byte) 0xBF) {
                lineStart += 3;
            }
        }
        return true;
    }

    /** Moves the unread bytes to the front (growing the buffer for a long line) and reads more. */
    private void fill() throws IOException {
        int rest = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, rest);
        } else if (rest == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        pos = 0;
        limit = rest;
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    private void split() {
        cells = 0;
        int k = lineStart;
        while (true) {
            if (cells == starts.length) {
                starts = Arrays.copyOf(starts, cells * 2);
                ends = Arrays.copyOf(ends, cells * 2);
                escaped = Arrays.copyOf(escaped, cells * 2);
            }
            if (k < lineEnd && buf[k] == '"') {
                int s = ++k;
                boolean esc = false;
                while (true) {
                    if (k >= lineEnd) {
                        throw error(cells, "a closing double quote (a quoted cell may not span lines)");
                    }
                    if (buf[k] == '"') {
                        if (k + 1 < lineEnd && buf[k + 1] == '"') {
                            esc = true;
                            k += 2;
                            continue;
                        }
                        break;
                    }
                    k++;
                }
                starts[cells] = s;
                ends[cells] = k;
                escaped[cells] = esc;
                k++; // the closing quote
                if (k < lineEnd && buf[k] != separator) {
                    throw error(cells, "the separator '" + (char) separator + "' or the line's end after a closing"
                            + " double quote (at character " + (k - lineStart + 1) + ")");
                }
            } else {
                int s = k;
                while (k < lineEnd && buf[k] != separator) {
                    k++;
                }
                starts[cells] = s;
                ends[cells] = k;
                escaped[cells] = false;
            }
            cells++;
            if (k >= lineEnd) {
                return;
            }
            k++; // the separator
        }
    }

    private DataException error(int cell, String expected) {
        String column = cell < names.size() ? names.get(cell) : "";
        return new DataException(source, line, column, lineText(), expected);
    }
}
