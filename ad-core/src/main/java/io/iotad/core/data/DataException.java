package io.iotad.core.data;

/**
 * Bad input data: names the file, the line, the field, the value and what was expected, so an
 * operator can find and fix it without reading code.
 */
public class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String field;
    private final String value;
    private final String expected;

    /**
     * @param source file or partition the data came from
     * @param line 1-based line number, or 0 when not line-oriented
     * @param field the field or column at fault (may be empty)
     * @param value the offending value as text (may be empty; long values are cut)
     * @param expected what was expected instead
     */
    public DataException(String source, long line, String field, String value, String expected) {
        super(format(source, line, field, value, expected));
        this.source = source;
        this.line = line;
        this.field = field;
        this.value = value;
        this.expected = expected;
    }

    private static String format(String source, long line, String field, String value, String expected) {
        StringBuilder b = new StringBuilder(String.valueOf(source));
        if (line > 0) {
            b.append(':').append(line);
        }
        if (field != null && !field.isEmpty()) {
            b.append(": field '").append(field).append('\'');
        }
        if (value != null && !value.isEmpty()) {
            String v = value.length() > 80 ? value.substring(0, 77) + "..." : value;
            b.append(" has value '").append(v).append('\'');
        }
        b.append(": expected ").append(expected);
        return b.toString();
    }

    /** @return the file or partition */
    public String source() {
        return source;
    }

    /** @return the 1-based line, or 0 */
    public long line() {
        return line;
    }

    /** @return the field at fault */
    public String field() {
        return field;
    }

    /** @return the offending value */
    public String value() {
        return value;
    }

    /** @return what was expected */
    public String expected() {
        return expected;
    }
}
