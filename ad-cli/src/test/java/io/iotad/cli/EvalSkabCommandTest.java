package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalSkabCommandTest {
    private static Path skab() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 5 && dir != null; up++, dir = dir.getParent()) {
            Path p = dir.resolve("shared/data/skab-dev/valve1");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void given_one_skab_file_when_eval_skab_runs_then_it_prints_one_json_line_with_the_metrics() throws Exception {
        Path valve1 = skab();
        assumeTrue(valve1 != null, "SKAB data (../shared/data/skab-dev) is absent");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = IotadCli.commandLine().execute("eval-skab", "--data", valve1.resolve("0.csv").toString(),
                    "--strategy", "one_class_svm", "--set", "nu=0.05", "--margin", "1");
        } finally {
            System.setOut(old);
        }

        assertThat(code).isZero();
        String[] lines = buf.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode j = new ObjectMapper().readTree(lines[0]);
        assertThat(j.get("strategy").asText()).isEqualTo("one_class_svm");
        assertThat(j.get("files").asInt()).isEqualTo(1);
        assertThat(j.get("F1").asDouble()).isBetween(0.0, 1.0);
        assertThat(j.get("tp").asLong() + j.get("fp").asLong() + j.get("fn").asLong() + j.get("tn").asLong())
                .isEqualTo(1147 - 400);
    }

    @Test
    void given_a_supervised_strategy_when_eval_skab_runs_then_it_exits_with_the_usage_code() {
        int code = IotadCli.commandLine().execute("eval-skab", "--data", "nowhere", "--strategy", "xgboost");

        assertThat(code).isEqualTo(IotadCli.EXIT_USAGE);
    }
}
