package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void given_a_small_portfolio_the_demo_runs_the_whole_loop_and_prints_precision_and_recall_at_k() throws Exception {
        Path out = dir.resolve("demo");
        CliRun r = CliRun.of("demo", "--out", out.toString(), "--apartments", "30", "--days", "45", "--seed", "3",
                "--set", "training.model_strategy=isolation_forest");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("P@50=\\d\\.\\d{3} R@50=\\d\\.\\d{3}");
        assertThat(out.resolve("training/evaluation_report.json")).isRegularFile();
        assertThat(out.resolve("training/evaluation_report.html")).isRegularFile();
        assertThat(out.resolve("training/run_report.json")).isRegularFile();
        assertThat(out.resolve("inference/scores.csv")).isRegularFile();
        assertThat(out.resolve("alerts.db")).isRegularFile();
        assertThat(out.resolve("registry/global/1/model.tar.gz")).isRegularFile();
        assertThat(Files.readString(out.resolve("training/run_report.json")))
                .contains("ValidateSchema", "FeatureEngineering", "ModelTraining", "ModelEvaluation", "CheckEvaluation",
                        "RegisterModel", "WorkflowSucceeded");

        CliRun again = CliRun.of("demo", "--out", out.toString(), "--apartments", "30", "--days", "45", "--seed", "3",
                "--set", "training.model_strategy=isolation_forest");
        assertThat(again.exit()).as("a demo folder is reused").isZero();
        assertThat(again.out().replaceAll("; [0-9.]+ s\\)", ")")).as("same seed, same results")
                .isEqualTo(r.out().replaceAll("; [0-9.]+ s\\)", ")").replace(out.toString(), out.toString()));
    }

    @Test
    void given_the_issues_reproduction_when_the_demo_runs_again_in_a_folder_with_ssh_and_projects_then_both_stay() throws Exception {
        Path out = dir.resolve("home");
        Files.createDirectories(out);
        String[] args = {"demo", "--out", out.toString(), "--apartments", "20", "--days", "30", "--set",
                "training.model_strategy=isolation_forest", "--set", "feature_engineering.null_rate_limit=1.0"};
        CliRun first = CliRun.of(args);
        assertThat(first.exit()).as(first.err()).isZero();
        Files.createDirectories(out.resolve(".ssh"));
        Files.writeString(out.resolve(".ssh/authorized_keys"), "ssh-ed25519 AAAA user@host");
        Files.createDirectories(out.resolve("projects/thesis"));
        Files.writeString(out.resolve("projects/thesis/chapter1.tex"), "\\chapter{One}");

        CliRun again = CliRun.of(args);

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(out.resolve(".ssh/authorized_keys")).hasContent("ssh-ed25519 AAAA user@host");
        assertThat(out.resolve("projects/thesis/chapter1.tex")).hasContent("\\chapter{One}");
        assertThat(out.resolve("registry/global/1/model.tar.gz")).as("a fresh registry, not version 2").isRegularFile();
        assertThat(out.resolve("registry/global/2")).doesNotExist();
    }

    @Test
    void given_a_folder_that_is_not_a_demos_the_demo_refuses_to_clear_it() throws Exception {
        Path out = dir.resolve("precious");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "keep me");
        CliRun r = CliRun.of("demo", "--out", out.toString(), "--apartments", "20", "--days", "30", "--set",
                "training.model_strategy=isolation_forest");
        r.assertUsageError("not empty");
        assertThat(out.resolve("notes.txt")).hasContent("keep me");
    }

    @Test
    void an_unknown_configuration_key_is_refused_with_its_name() {
        CliRun r = CliRun.of("demo", "--out", dir.resolve("x").toString(), "--set", "training.sed=1");
        r.assertUsageError("training.sed");
    }
}
