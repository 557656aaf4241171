package io.iotad.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.data.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationReportJsonTest {
    @TempDir
    Path dir;

    @Test
    void given_a_report_when_written_and_read_then_it_round_trips_exactly() throws IOException {
        EvaluationReport report = ReportFixture.report();
        Path file = dir.resolve(EvaluationReportJson.FILE_NAME);
        EvaluationReportJson.write(report, file);
        assertThat(EvaluationReportJson.read(file)).isEqualTo(report);
        assertThat(dir.toFile().list()).containsExactly(EvaluationReportJson.FILE_NAME);
    }

    @Test
    void given_a_report_when_written_then_keys_are_snake_case_and_undefined_metrics_null() throws IOException {
        JsonNode tree = EvaluationReportJson.mapper().readTree(EvaluationReportJson.toJson(ReportFixture.report()));
        assertThat(tree.get("format_version").intValue()).isEqualTo(EvaluationReport.FORMAT_VERSION);
        assertThat(tree.get("metrics").get("pr_auc").isNumber()).isTrue();
        assertThat(tree.at("/evaluation/overall/precision_at_k").isNumber()).isTrue();
        assertThat(tree.at("/evaluation/options/unknown_labels").asText()).isEqualTo("AS_NEGATIVE");
        assertThat(tree.at("/gate/passed").asBoolean()).isFalse();
        assertThat(tree.at("/backtest/weeks/0/week").asText()).isEqualTo("2024-W02");
        // the resident_away segment has no positives: its recall is undefined
        JsonNode away = null;
        for (JsonNode s : tree.at("/evaluation/segments")) {
            if (s.get("segment").asText().equals("resident_away")) {
                away = s;
            }
        }
        assertThat(away).isNotNull();
        assertThat(away.get("recall_at_k").isNull()).isTrue();
    }

    @Test
    void given_a_later_format_version_when_reading_then_unsupported_version() throws IOException {
        Path file = dir.resolve("r.json");
        Files.writeString(file, "{\"format_version\": 99}");
        assertThatThrownBy(() -> EvaluationReportJson.read(file)).isInstanceOf(UnsupportedVersionException.class)
                .hasMessageContaining("Unknown version 99");
    }

    @Test
    void given_broken_json_when_reading_then_data_exception_names_the_file() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n\"format_version\": 1,\n oops");
        assertThatThrownBy(() -> EvaluationReportJson.read(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("broken.json");
        Files.writeString(file, "{\"title\": \"x\"}");
        assertThatThrownBy(() -> EvaluationReportJson.read(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("format_version");
    }
}
