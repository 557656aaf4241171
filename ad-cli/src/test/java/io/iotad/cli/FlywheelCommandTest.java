package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywheelCommandTest {
    @TempDir
    Path dir;

    @Test
    void a_small_season_prints_the_weekly_table_and_ends_with_one_json_line_of_weeks() throws Exception {
        Path out = dir.resolve("fw");
        CliRun r = CliRun.of("flywheel", "--apartments", "40", "--days", "42", "--seed", "3", "--k", "2", "--warmup-days", "14",
                "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        // K=2 differs from the default K of 40 apartments (1), so both columns are printed
        assertThat(r.out()).containsPattern("week +from +model +strategy +P@2 +R@2 +P@1 +labels");
        JsonNode last = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(last.get("k").asInt()).isEqualTo(2);
        assertThat(last.get("default_k").asInt()).isEqualTo(1);
        assertThat(last.get("weeks")).hasSize(4);
        for (JsonNode w : last.get("weeks")) {
            assertThat(w.has("week") && w.has("model") && w.has("precision_at_k") && w.has("recall_at_k")
                    && w.has("labels") && w.has("precision_at_default_k")).as("%s", w).isTrue();
        }
        assertThat(last.get("weeks").get(3).get("labels").asInt()).isPositive().isLessThanOrEqualTo(2 * 28);
        assertThat(out.resolve("flywheel.json")).isRegularFile();
        assertThat(Files.readString(out.resolve("flywheel.html"))).contains("<svg");
        assertThat(out.resolve("run/alerts.db")).isRegularFile();
        assertThat(out.resolve("run/labels.db")).isRegularFile();
        assertThat(out.resolve("run/registry/flywheel/1/model.tar.gz")).isRegularFile();
    }

    @Test
    void the_policy_trigger_retrains_when_the_monitoring_sections_policy_says_so() throws Exception {
        Path out = dir.resolve("fw");
        CliRun r = CliRun.of("flywheel", "--apartments", "40", "--days", "42", "--seed", "3", "--k", "2",
                "--warmup-days", "14", "--trigger", "policy", "--min-faults", "1", "--set", "monitoring.retrain_new_labels=6",
                "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("retrain every 7 days when the retraining policy (monitoring.retrain_*) says so");
        JsonNode attempts = new ObjectMapper().readTree(out.resolve("flywheel.json").toFile()).get("attempts");
        assertThat(attempts).isNotEmpty();
        for (JsonNode a : attempts) {
            // each attempt names the policy trigger that fired, as the scoring run's report does
            assertThat(a.get("trigger").asText()).as("%s", a).startsWith("retrain: yes (")
                    .containsAnyOf("new_labels", "reported_precision");
        }
    }

    @Test
    void a_supervised_cold_start_and_a_used_folder_are_refused_with_the_reason() throws Exception {
        CliRun supervised = CliRun.of("flywheel", "--apartments", "20", "--days", "30", "--unsupervised", "xgboost",
                "--out", dir.resolve("a").toString());
        supervised.assertUsageError("--unsupervised xgboost is a supervised strategy");

        Files.writeString(dir.resolve("keep.txt"), "x");
        CliRun used = CliRun.of("flywheel", "--apartments", "20", "--days", "30", "--out", dir.toString());
        used.assertUsageError("is not empty");
        assertThat(dir.resolve("keep.txt")).hasContent("x");
    }

    @Test
    void a_portfolio_given_with_data_is_read_not_simulated_and_one_without_labels_is_refused() throws Exception {
        Path data = dir.resolve("portfolio");
        assertThat(CliRun.of("simulate", "--apartments", "40", "--days", "42", "--seed", "3", "--out", data.toString()).exit())
                .isZero();
        Path out = dir.resolve("fw");
        CliRun r = CliRun.of("flywheel", "--data", data.toString(), "--seed", "3", "--k", "2", "--warmup-days", "14",
                "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("reading the portfolio of " + data).doesNotContain("simulated 40 apartments");
        assertThat(out.resolve("data")).doesNotExist();
        List<String> lines = r.out().lines().toList();
        JsonNode last = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(last.get("weeks")).hasSize(4);
        JsonNode index = new ObjectMapper().readTree(out.resolve("run/registry/flywheel/index.json").toFile());
        assertThat(index.get("versions").get(0).get("metadata").get("strategy").asText()).isEqualTo("lof");

        Files.delete(data.resolve("labels.csv"));
        CliRun noLabels = CliRun.of("flywheel", "--data", data.toString(), "--out", dir.resolve("fw2").toString());
        noLabels.assertUsageError("has no labels.csv");
    }
}
