package io.iotad.core.csv;

/**
 * The one CSV writer rule of iotad (RFC 4180): a cell is written as it is unless it holds a comma,
 * a semicolon (so a file stays readable where the separator is sniffed, see
 * {@link CsvLines#sniffSeparator}), a double quote or a line break; then it is enclosed in double
 * quotes and each quote inside is doubled.
 */
public final class Csv {
    private Csv() {
    }

    /**
     * @param cell a cell's text, not null
     * @return the text as it stands in a CSV file
     */
    public static String quote(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r') {
                return '"' + cell.replace("\"", "\"\"") + '"';
            }
        }
        return cell;
    }
}
