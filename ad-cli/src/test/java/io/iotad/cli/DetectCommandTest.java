package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DetectCommandTest {
    @TempDir
    Path dir;
    private Path train;
    private Path score;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeFiles() throws IOException {
        SplittableRandom r = new SplittableRandom(4);
        StringBuilder t = new StringBuilder("apartment_id,building_id,event_date,a,b,label,cause\n");
        StringBuilder s = new StringBuilder("apartment_id,building_id,event_date,a,b,label,cause\n");
        for (int i = 0; i < 300; i++) {
            t.append(String.format(Locale.ROOT, "apt%d,B1,2024-01-%02d,%.5f,%.5f,0,\n", i, 1 + i % 28, r.nextGaussian(),
                    r.nextGaussian()));
        }
        for (int i = 0; i < 200; i++) {
            boolean anomaly = i % 20 == 0;
            double shift = anomaly ? 6 : 0;
            String a = i == 7 ? "" : String.format(Locale.ROOT, "%.5f", r.nextGaussian() + shift);
            s.append(String.format(Locale.ROOT, "apt%d,B1,2024-02-%02d,%s,%.5f,%d,%s\n", i, 1 + i % 28, a,
                    r.nextGaussian() - shift, anomaly ? 1 : 0, anomaly ? "\"valve, stuck\"" : ""));
        }
        train = Files.writeString(dir.resolve("train.csv"), t);
        score = Files.writeString(dir.resolve("score.csv"), s);
    }

    private int run(String... args) {
        CommandLine cl = IotadCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString().trim());
    }

    @Test
    void given_labelled_files_when_isolation_forest_runs_then_one_json_line_in_the_peer_shape_is_printed() throws IOException {
        int code = run("detect", "--strategy", "isolation_forest", "--train", train.toString(), "--score", score.toString(),
                "--k", "5,10", "--seed", "3", "--threads", "2");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().trim().lines()).hasSize(1);
        JsonNode j = json();
        assertThat(j.get("algo").asText()).isEqualTo("isolation_forest");
        assertThat(j.get("features")).hasSize(2);
        assertThat(j.get("features").get(0).asText()).isEqualTo("a");
        assertThat(j.get("n_train").asInt()).isEqualTo(300);
        assertThat(j.get("n_score").asInt()).isEqualTo(199);
        assertThat(j.get("n_unscored").asInt()).isEqualTo(1);
        assertThat(j.get("roc_auc").asDouble()).isGreaterThan(0.95);
        assertThat(j.get("average_precision").asDouble()).isGreaterThan(0.8);
        assertThat(j.get("precision_at_5").asDouble()).isEqualTo(1.0);
        assertThat(j.get("recall_at_10").asDouble()).isEqualTo(1.0);
        assertThat(j.has("fit_s") && j.has("score_s")).isTrue();
    }

    @Test
    void given_a_scores_out_file_when_lof_runs_then_non_feature_columns_and_scores_are_written() throws IOException {
        Path target = dir.resolve("out/scores.csv");
        int code = run("detect", "--strategy", "LOF", "--train", train.toString(), "--score", score.toString(),
                "--set", "neighbors=10", "--scores-out", target.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(target);
        assertThat(lines.get(0)).isEqualTo("apartment_id,building_id,event_date,label,cause,score");
        assertThat(lines).hasSize(201);
        assertThat(lines.get(1)).startsWith("apt0,B1,2024-02-01,1,\"valve, stuck\",");
        assertThat(lines.get(8)).endsWith(","); // row 7 misses feature a: unscored
        assertThat(json().get("algo").asText()).isEqualTo("lof");
    }

    @Test
    void given_explicit_features_and_no_label_column_when_run_then_metrics_are_absent() throws IOException {
        int code = run("detect", "--strategy", "lof", "--train", train.toString(), "--score", score.toString(),
                "--features", "b", "--label", "nothing");
        assertThat(code).as(err.toString()).isZero();
        JsonNode j = json();
        assertThat(j.get("features")).hasSize(1);
        assertThat(j.has("roc_auc")).isFalse();
        assertThat(j.get("n_score").asInt()).isEqualTo(200);
    }

    @Test
    void given_an_unknown_strategy_when_run_then_usage_exit_code_names_the_known_ones() {
        CliRun.of("detect", "--strategy", "nope", "--train", train.toString(), "--score", score.toString())
                .assertUsageError("unknown detector strategy 'nope'", "lof");
    }

    @Test
    void given_an_invalid_strategy_option_when_run_then_usage_exit_code_names_the_option() {
        CliRun.of("detect", "--strategy", "isolation_forest", "--train", train.toString(), "--score", score.toString(),
                "--set", "trees=0").assertUsageError("'trees'");
    }

    @Test
    void given_bad_threads_or_k_when_run_then_usage_exit_code() {
        CliRun.of("detect", "--strategy", "lof", "--train", train.toString(), "--score", score.toString(),
                "--threads", "0").assertUsageError("--threads");
        CliRun.of("detect", "--strategy", "lof", "--train", train.toString(), "--score", score.toString(),
                "--k", "0").assertUsageError("--k");
    }

    @Test
    void given_a_feature_missing_from_the_score_file_when_run_then_the_run_fails_naming_file_and_column() throws IOException {
        Path other = Files.writeString(dir.resolve("other.csv"), "x,label\n1,0\n2,1\n");
        CliRun.of("detect", "--strategy", "lof", "--train", train.toString(), "--score", other.toString())
                .assertRunFailed("other.csv", "'a'");
    }

    @Test
    void given_a_label_that_is_not_0_or_1_when_run_then_the_run_fails_naming_the_line() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "a,b,label\n0,0,0\n1,1,2\n0.5,0.5,1\n");
        CliRun.of("detect", "--strategy", "lof", "--train", train.toString(), "--score", bad.toString())
                .assertRunFailed("bad.csv:3", "'label'");
    }

    @Test
    void given_values_when_rounded_then_it_is_half_even_on_the_exact_binary_value_like_python() {
        // expected values from /usr/bin/python3: round(0.30005, 4), round(0.12345, 4), round(0.00015, 4)
        assertThat(DetectCommand.round(0.30005)).isEqualTo(0.3); // stored slightly below ...05
        assertThat(DetectCommand.round(0.12345)).isEqualTo(0.1235); // stored slightly above
        assertThat(DetectCommand.round(0.00015)).isEqualTo(0.0001);
        assertThat(DetectCommand.round(1.0)).isEqualTo(1.0);
    }
}
