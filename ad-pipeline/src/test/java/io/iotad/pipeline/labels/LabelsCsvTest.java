package io.iotad.pipeline.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.data.DataException;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsCsvTest {
    private static final LocalDate DAY = LocalDate.of(2024, 1, 15);

    @TempDir
    Path dir;

    @Test
    void given_labels_with_awkward_causes_when_written_and_read_then_they_round_trip() throws IOException {
        List<Label> labels = List.of(new Label("A1", DAY, 1, "valve_stuck_closed"),
                new Label("A2", DAY, 0, "guests, \"party\" weekend"), new Label("A3", DAY.plusDays(1), 0, ""));
        Path file = dir.resolve("labels.csv");
        LabelsCsv.write(file, labels);
        assertThat(Files.readAllLines(file)).first().isEqualTo(LabelsCsv.HEADER);
        assertThat(LabelsCsv.read(file).all()).containsExactlyElementsOf(labels);
    }

    @Test
    void given_two_verdicts_on_one_day_when_read_then_the_later_line_wins() throws IOException {
        Path file = Files.writeString(dir.resolve("labels.csv"),
                LabelsCsv.HEADER + "\nA1,2024-01-15,1,leak\n\nA1,2024-01-15,0,resident_away\n");
        Labels labels = LabelsCsv.read(file);
        assertThat(labels.size()).isEqualTo(1);
        assertThat(labels.get("A1", DAY).orElseThrow().cause()).isEqualTo("resident_away");
    }

    @Test
    void given_bad_rows_when_read_then_data_exception_names_file_line_field_value_and_expectation() throws IOException {
        assertBad("A1,2024-13-01,1,x", 2, "event_date", "2024-13-01", "a date YYYY-MM-DD");
        assertBad("A1,2024-01-15,yes,x", 2, "label", "yes", "0 (non-fault) or 1 (fault)");
        assertBad(" ,2024-01-15,1,x", 2, "apartment_id", " ", "a non-blank apartment id");
        assertBad("A1,2024-01-15,1", 2, "", "A1,2024-01-15,1", "4 fields");
        assertBad("A1,2024-01-15,1,\"open", 2, "cause", "A1,2024-01-15,1,\"open", "a closing double quote");
    }

    @Test
    void given_a_wrong_header_when_read_then_line_one_is_named() throws IOException {
        Path file = Files.writeString(dir.resolve("h.csv"), "apartment,date,label,cause\n");
        assertThatThrownBy(() -> LabelsCsv.read(file)).isInstanceOf(DataException.class)
                .satisfies(e -> {
                    DataException d = (DataException) e;
                    assertThat(d.line()).isEqualTo(1);
                    assertThat(d.field()).isEqualTo("header");
                })
                .hasMessageContaining("h.csv");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> LabelsCsv.read(empty)).isInstanceOf(DataException.class).hasMessageContaining("header");
    }

    @Test
    void given_a_line_break_in_a_cause_when_formatting_then_rejected() {
        assertThatThrownBy(() -> LabelsCsv.format(new Label("A1", DAY, 1, "two\nlines")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
    }

    private void assertBad(String row, long line, String field, String value, String expected) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), LabelsCsv.HEADER + "\n" + row + "\n");
        assertThatThrownBy(() -> LabelsCsv.read(file)).isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .satisfies(e -> {
                    DataException d = (DataException) e;
                    assertThat(d.line()).isEqualTo(line);
                    assertThat(d.field()).isEqualTo(field);
                    assertThat(d.value()).isEqualTo(value);
                    assertThat(d.expected()).contains(expected);
                });
    }
}
