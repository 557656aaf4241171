package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainScoreCommandTest {
    @TempDir
    Path dir;

    Path trainCsv() throws Exception {
        Path f = dir.resolve("train.csv");
        Files.writeString(f, """
                apartment_id,building_id,event_date,daily_energy_kwh,avg_temp_diff,label
                a1,b1,2024-01-01,10,0.5,0
                a1,b1,2024-01-02,12,0.7,
                a2,b1,2024-01-01,11,,1
                a2,b1,2024-01-02,9,0.4,0
                """);
        return f;
    }

    @Test
    void given_a_feature_csv_when_trained_and_scored_then_scores_match_the_fitted_model() throws Exception {
        Path model = dir.resolve("out/model.tar.gz");
        CliRun train = CliRun.of("train", "--strategy", "CLI_TEST_MEAN", "--train", trainCsv().toString(),
                "--features", "daily_energy_kwh,avg_temp_diff", "--label", "label", "--option", "scale=2",
                "--model-out", model.toString());

        assertThat(train.exit()).as(train.err()).isZero();
        JsonNode t = train.json();
        assertThat(t.get("strategy").asText()).isEqualTo("cli_test_mean");
        assertThat(t.get("rows").asInt()).isEqualTo(4);
        assertThat(t.get("labelled_rows").asInt()).isEqualTo(3);
        assertThat(t.get("features")).hasSize(2);
        assertThat(t.get("content_hash").asText()).hasSize(64);
        assertThat(model).exists();

        Path scores = dir.resolve("scores.csv");
        CliRun score = CliRun.of("score", "--model", model.toString(), "--input", trainCsv().toString(),
                "--scores-out", scores.toString());

        assertThat(score.exit()).as(score.err()).isZero();
        JsonNode s = score.json();
        assertThat(s.get("rows").asInt()).isEqualTo(4);
        assertThat(s.get("scored").asInt()).isEqualTo(3);
        assertThat(s.get("unscored").asInt()).isEqualTo(1);
        List<String> lines = Files.readAllLines(scores);
        assertThat(lines.get(0)).isEqualTo("apartment_id,building_id,event_date,score");
        double meanE = (10 + 12 + 11 + 9) / 4.0;
        double meanT = (0.5 + 0.7 + 0.4) / 3.0;
        assertThat(lines.get(1)).isEqualTo("a1,b1,2024-01-01," + 2 * (Math.abs(10 - meanE) + Math.abs(0.5 - meanT)));
        assertThat(lines.get(3)).isEqualTo("a2,b1,2024-01-01,");
    }

    @Test
    void given_a_bad_option_when_training_then_the_option_is_named_and_the_exit_code_is_usage() throws Exception {
        CliRun r = CliRun.of("train", "--strategy", "cli_test_mean", "--train", trainCsv().toString(), "--set", "scael=2",
                "--model-out", dir.resolve("m.tar.gz").toString());

        r.assertUsageError("unknown option 'scael' of cli_test_mean");
        assertThat(dir.resolve("m.tar.gz")).doesNotExist();
    }

    @Test
    void given_an_unknown_strategy_or_missing_options_when_training_then_usage_fails() throws Exception {
        CliRun unknown = CliRun.of("train", "--strategy", "nope", "--train", trainCsv().toString());
        CliRun noTrain = CliRun.of("train", "--strategy", "cli_test_mean");
        CliRun noLabel = CliRun.of("train", "--strategy", "xgboost", "--train", trainCsv().toString());

        unknown.assertUsageError("unknown detector strategy 'nope'");
        noTrain.assertUsageError("--train");
        noLabel.assertUsageError("strategy xgboost is supervised: give --label COLUMN");
    }

    @Test
    void given_a_bad_label_value_when_training_then_file_line_and_value_are_named() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "x,label\n1,0\n2,yes\n");

        CliRun r = CliRun.of("train", "--strategy", "cli_test_mean", "--train", f.toString(), "--label", "label",
                "--model-out", dir.resolve("m.tar.gz").toString());

        r.assertRunFailed(f + ":3: field 'label' has value 'yes'");
    }

    @Test
    void given_a_damaged_model_or_an_input_without_its_features_when_scoring_then_it_fails_clearly() throws Exception {
        Path model = dir.resolve("model.tar.gz");
        assertThat(CliRun.of("train", "--strategy", "cli_test_mean", "--train", trainCsv().toString(),
                "--label", "label", "--model-out", model.toString()).exit()).isZero();
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "x\n1\n");

        CliRun missing = CliRun.of("score", "--model", model.toString(), "--input", other.toString());
        byte[] bytes = Files.readAllBytes(model);
        bytes[bytes.length / 2] ^= 0x55;
        Path damaged = dir.resolve("damaged.tar.gz");
        Files.write(damaged, bytes);
        CliRun corrupt = CliRun.of("score", "--model", damaged.toString(), "--input", trainCsv().toString());

        missing.assertRunFailed("a column named 'daily_energy_kwh'");
        corrupt.assertExit(IotadCli.EXIT_ERROR, "model artifact " + damaged);
    }

    @Test
    void given_a_missing_model_or_input_when_scoring_then_the_file_is_named_in_words() throws Exception {
        Path absent = dir.resolve("absent.tar.gz");

        CliRun r = CliRun.of("score", "--model", absent.toString(), "--input", trainCsv().toString());

        r.assertExit(IotadCli.EXIT_ERROR, absent + ": no such model artifact");
    }
}
