package io.iotad.models.skab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.data.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkabReaderTest {
    private static final String HEADER = "datetime;Current;Pressure;anomaly;changepoint\n";

    @TempDir
    Path dir;

    private Path write(String name, String body) throws IOException {
        return Files.writeString(dir.resolve(name), HEADER + body);
    }

    @Test
    void given_a_well_formed_file_when_read_then_sensors_times_and_labels_come_back() throws IOException {
        Path f = write("0.csv", "2020-03-09 10:14:33;1.5;0.05;0.0;0.0\n2020-03-09 10:14:34;;0.06;1.0;1.0\n");

        SkabRecording r = SkabReader.read(f);

        assertThat(r.sensors()).containsExactly("Current", "Pressure");
        assertThat(r.size()).isEqualTo(2);
        assertThat(r.epochSeconds()[1] - r.epochSeconds()[0]).isEqualTo(1);
        assertThat(r.sensor(0)[0]).isEqualTo(1.5);
        assertThat(r.sensor(0)[1]).isNaN();
        assertThat(r.anomaly()).containsExactly(0, 1);
        assertThat(r.changepoint()).containsExactly(0, 1);
    }

    @Test
    void given_a_directory_when_read_then_files_come_in_numeric_order() throws IOException {
        write("10.csv", "2020-03-09 10:14:33;1;1;0.0;0.0\n");
        write("2.csv", "2020-03-09 10:14:33;2;2;0.0;0.0\n");

        List<SkabRecording> all = SkabReader.readAll(List.of(dir));

        assertThat(all).extracting(r -> Path.of(r.source()).getFileName().toString()).containsExactly("2.csv", "10.csv");
    }

    @Test
    void given_a_bad_number_when_read_then_the_error_names_file_line_column_and_value() throws IOException {
        Path f = write("1.csv", "2020-03-09 10:14:33;1.5;0.05;0.0;0.0\n2020-03-09 10:14:34;abc;0.06;0.0;0.0\n");

        assertThatThrownBy(() -> SkabReader.read(f)).isInstanceOf(DataException.class)
                .hasMessageContaining("1.csv:3").hasMessageContaining("'Current'").hasMessageContaining("'abc'");
    }

    @Test
    void given_a_bad_label_or_time_when_read_then_the_error_says_what_was_expected() throws IOException {
        Path label = write("2.csv", "2020-03-09 10:14:33;1.5;0.05;0.5;0.0\n");
        Path time = write("3.csv", "2020-03-09 10:14:33;1;1;0.0;0.0\n2020-03-09 10:14:33;1;1;0.0;0.0\n");
        Path cells = write("4.csv", "2020-03-09 10:14:33;1;1;0.0\n");

        assertThatThrownBy(() -> SkabReader.read(label)).isInstanceOf(DataException.class)
                .hasMessageContaining("'anomaly'").hasMessageContaining("0.0 or 1.0");
        assertThatThrownBy(() -> SkabReader.read(time)).isInstanceOf(DataException.class)
                .hasMessageContaining("after the previous row");
        assertThatThrownBy(() -> SkabReader.read(cells)).isInstanceOf(DataException.class)
                .hasMessageContaining("5 ';'-separated cells");
    }

    @Test
    void given_a_file_without_label_columns_when_read_then_it_is_refused() throws IOException {
        Path f = Files.writeString(dir.resolve("anomaly-free.csv"), "datetime;Current\n2020-03-09 10:14:33;1\n");

        assertThatThrownBy(() -> SkabReader.read(f)).isInstanceOf(DataException.class)
                .hasMessageContaining("labelled SKAB file");
    }
}
