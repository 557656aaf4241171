package io.iotad.core.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.data.DataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureFrameCsvTest {
    @TempDir
    Path dir;

    @Test
    void written_frame_reads_back_bit_identical_with_missing_values_kept() throws Exception {
        FeatureFrame f = FeatureFrame.builder(FeatureSchema.of("a", "b"))
                .add(new RowKey("apt_1", "b1", LocalDate.of(2024, 1, 1)), 0.1 + 0.2, Double.NaN)
                .add(new RowKey("apt,2", "b1", LocalDate.of(2024, 1, 2)), -1e-300, 42)
                .build();
        Path p = dir.resolve("f.csv");
        FeatureFrameCsv.write(f, p);
        CsvFrame back = FeatureFrameCsv.read(p, List.of(), Set.of());
        assertThat(back.frame().schema().names()).containsExactly("a", "b");
        assertThat(back.frame().column("a")).containsExactly(0.1 + 0.2, -1e-300);
        assertThat(Double.isNaN(back.frame().value(0, 1))).isTrue();
        assertThat(back.frame().key(1)).isEqualTo(new RowKey("apt,2", "b1", LocalDate.of(2024, 1, 2)));
    }

    @Test
    void plain_semicolon_csv_gets_synthetic_keys_and_keeps_label_apart() throws Exception {
        Path p = dir.resolve("s.csv");
        Files.writeString(p, "datetime;x;y;anomaly\n2020-01-01 00:00:00;1.5;2;0\n2020-01-01 00:00:01;;3;1\n");
        CsvFrame r = FeatureFrameCsv.read(p, List.of(), Set.of("anomaly"));
        assertThat(r.frame().schema().names()).containsExactly("x", "y");
        assertThat(r.frame().apartmentId(1)).isEqualTo("row_1");
        assertThat(r.numeric("anomaly")).get().satisfies(a -> assertThat(a).containsExactly(0, 1));
        assertThat(Double.isNaN(r.frame().value(1, 0))).isTrue();
    }

    @Test
    void non_numeric_feature_cell_names_file_line_column_and_value() throws Exception {
        Path p = dir.resolve("bad.csv");
        Files.writeString(p, "x,y\n1,2\n3,abc\n");
        assertThatThrownBy(() -> FeatureFrameCsv.read(p, List.of("x", "y"), Set.of()))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("bad.csv:3").hasMessageContaining("'y'").hasMessageContaining("abc");
    }

    @Test
    void ragged_row_and_unknown_feature_are_refused() throws Exception {
        Path p = dir.resolve("r.csv");
        Files.writeString(p, "x,y\n1,2,3\n");
        assertThatThrownBy(() -> FeatureFrameCsv.read(p, List.of(), Set.of())).isInstanceOf(DataException.class)
                .hasMessageContaining("2 cells");
        Path q = dir.resolve("q.csv");
        Files.writeString(q, "x,y\n1,2\n");
        assertThatThrownBy(() -> FeatureFrameCsv.read(q, List.of("z"), Set.of())).isInstanceOf(DataException.class)
                .hasMessageContaining("'z'");
    }
}
