package io.iotad.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.data.DataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CsvLinesTest {

    @Property(tries = 2000)
    void a_number_cell_parses_bit_identical_to_double_parse_double(@ForAll double v, @ForAll @IntRange(min = 1, max = 17) int digits) {
        for (String s : List.of(Double.toString(v), String.format(Locale.ROOT, "%." + digits + "g", v),
                String.format(Locale.ROOT, "%." + digits + "f", v), String.format(Locale.ROOT, "%." + digits + "e", v))) {
            assertSameAsParseDouble(s);
        }
    }

    @Property(tries = 2000)
    void a_short_decimal_parses_bit_identical_to_double_parse_double(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double v, @ForAll @IntRange(min = 0, max = 9) int decimals) {
        assertSameAsParseDouble(String.format(Locale.ROOT, "%." + decimals + "f", v));
        assertSameAsParseDouble(" " + String.format(Locale.ROOT, "%." + decimals + "f", v) + "\t");
    }

    @Property(tries = 1000)
    void any_digit_string_parses_as_double_parse_double_or_is_text(@ForAll @StringLength(max = 24) String raw) {
        String s = raw.replaceAll("[^0-9eE+\\-.]", "");
        if (s.isEmpty() || s.indexOf(',') >= 0) {
            return;
        }
        Double expected;
        try {
            expected = Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            expected = null;
        }
        CsvLines lines = single(s);
        Double got = lines.number(0);
        if (expected == null) {
            assertThat(got).isNull();
        } else {
            assertThat(Double.doubleToRawLongBits(got)).as(s).isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    @Test
    void missing_cells_are_nan_and_text_is_not_a_number() {
        assertThat(single(" ").number(0)).isNaN();
        assertThat(single("NaN").number(0)).isNaN();
        assertThat(single("nan").isMissing(0)).isTrue();
        assertThat(single("abc").number(0)).isNull();
        assertThat(single("NA").number(0)).isNull();
        assertThat(single("-Infinity").number(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Double.doubleToRawLongBits(single("-0").number(0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void line_ends_bom_blank_lines_and_quotes_are_read_as_one_dialect() throws IOException {
        String text = "\uFEFFa,\"b,\"\"q\"\"\",c\r\n\r\n  \n1,\"x\"\"\",\"\"\r2,y\"z,3\n4,5,6";
        List<String> rows = new ArrayList<>();
        try (CsvLines lines = CsvLines.of(text.getBytes(StandardCharsets.UTF_8), "t.csv", ',')) {
            while (lines.next(true)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < lines.cellCount(); i++) {
                    cells.add(lines.text(i));
                }
                rows.add(lines.line() + ":" + String.join("|", cells));
            }
        }
        assertThat(rows).containsExactly("1:a|b,\"q\"|c", "4:1|x\"|", "5:2|y\"z|3", "6:4|5|6");
    }

    @Test
    void a_long_line_grows_the_buffer() throws IOException {
        String cell = "x".repeat(3 << 20);
        try (CsvLines lines = CsvLines.of(("h\n" + cell + "\n").getBytes(StandardCharsets.UTF_8), "t.csv", ',')) {
            assertThat(lines.next(true)).isTrue();
            assertThat(lines.next(true)).isTrue();
            assertThat(lines.text(0)).hasSize(cell.length());
            assertThat(lines.next(true)).isFalse();
        }
    }

    @Test
    void quoting_errors_name_source_line_column_and_line() throws IOException {
        try (CsvLines lines = CsvLines.of("a,b\n1,\"open\n".getBytes(StandardCharsets.UTF_8), "t.csv", ',')) {
            lines.next(false);
            lines.names(List.of("a", "b"));
            assertThatThrownBy(() -> lines.next(true)).isInstanceOf(DataException.class)
                    .hasMessageContaining("t.csv:2").hasMessageContaining("field 'b'")
                    .hasMessageContaining("a closing double quote");
        }
        try (CsvLines lines = CsvLines.of("a,b\n\"1\"x,2\n".getBytes(StandardCharsets.UTF_8), "t.csv", ',')) {
            lines.next(false);
            assertThatThrownBy(() -> lines.next(true)).isInstanceOf(DataException.class)
                    .hasMessageContaining("t.csv:2").hasMessageContaining("after a closing double quote");
        }
    }

    private static void assertSameAsParseDouble(String s) {
        double expected = Double.parseDouble(s.trim());
        Double got = single(s).number(0);
        assertThat(got).as(s).isNotNull();
        assertThat(Double.doubleToRawLongBits(got)).as(s).isEqualTo(Double.doubleToRawLongBits(expected));
    }

    private static CsvLines single(String cell) {
        CsvLines lines = CsvLines.of(cell.getBytes(StandardCharsets.UTF_8), "t.csv", ',');
        try {
            assertThat(lines.next(false)).isTrue();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return lines;
    }
}
