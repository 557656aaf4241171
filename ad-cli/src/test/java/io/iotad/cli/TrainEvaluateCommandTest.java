package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TrainEvaluateCommandTest extends OperationsFixtureTest {
    @Test
    void given_a_portfolio_folder_when_trained_then_the_model_is_registered_pending_with_reports_and_a_json_line()
            throws Exception {
        Path registry = dir.resolve("registry");
        Path out = dir.resolve("run");

        CliRun r = CliRun.of("train", "--data", fx.data().toString(), "--registry", registry.toString(),
                "--out", out.toString(), "--set", "training.holdout_days=7");

        assertThat(r.exit()).as(r.both()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("status").asText()).isEqualTo("WorkflowSucceeded");
        assertThat(j.get("model").asText()).isEqualTo("global/1");
        assertThat(j.get("model_status").asText()).isEqualTo("PendingManualApproval");
        assertThat(j.get("holdout_from").asText()).isEqualTo("2024-11-03");
        assertThat(out.resolve("model.tar.gz")).isRegularFile();
        assertThat(out.resolve("evaluation_report.json")).isRegularFile();
        assertThat(out.resolve("evaluation_report.html")).isRegularFile();
        assertThat(out.resolve("run_report.json")).isRegularFile();
        assertThat(r.err()).contains("iotad train: ModelTraining done in");
        CliRun list = CliRun.of("registry", "list", "--registry", registry.toString());
        assertThat(list.out()).contains("global", "PendingManualApproval", "isolation_forest");
    }

    @Test
    void given_the_raw_file_options_when_trained_then_they_work_like_the_folder() throws Exception {
        Path d = fx.data();

        CliRun r = CliRun.of("train", "--raw", d.resolve("raw").toString(), "--weather", d.resolve("weather.csv").toString(),
                "--buildings", d.resolve("buildings.csv").toString(), "--labels", d.resolve("labels.csv").toString(),
                "--registry", dir.resolve("reg").toString(), "--out", dir.resolve("run").toString());

        assertThat(r.exit()).as(r.both()).isZero();
        assertThat(r.out()).contains("labels: ", " from " + d.resolve("labels.csv"));
        assertThat(r.json().get("model").asText()).isEqualTo("global/1");
    }

    @Test
    void given_no_labels_when_trained_then_exit_2_asks_for_them() {
        Path d = fx.data();

        CliRun r = CliRun.of("train", "--raw", d.resolve("raw").toString(), "--weather", d.resolve("weather.csv").toString(),
                "--buildings", d.resolve("buildings.csv").toString(), "--registry", dir.resolve("reg").toString(),
                "--out", dir.resolve("run").toString());

        r.assertUsageError("no labels", "--labels FILE");
    }

    @Test
    void given_a_gate_the_model_cannot_pass_when_trained_then_exit_1_names_the_reasons_and_nothing_is_registered()
            throws Exception {
        Path registry = dir.resolve("registry");

        CliRun r = CliRun.of("train", "--data", fx.data().toString(), "--registry", registry.toString(),
                "--out", dir.resolve("run").toString(), "--labels-complete",
                "--set", "evaluation.metrics_thresholds.min_pr_auc=1.0", "--set", "evaluation.metrics_thresholds.min_recall_at_k=1.0");

        assertThat(r.exit()).as(r.both()).isEqualTo(IotadCli.EXIT_RUN_FAILED);
        assertThat(r.out()).contains("evaluation gate FAILED");
        assertThat(r.err()).contains("iotad train: gate:", "pr_auc");
        assertThat(r.json().get("gate_passed").asBoolean()).isFalse();
        assertThat(r.json().get("model").isNull()).isTrue();
        assertThat(Files.exists(registry.resolve("global/index.json"))).isFalse();
    }

    @Test
    void given_a_bad_configuration_key_when_trained_then_exit_2_names_the_key() {
        CliRun r = CliRun.of("train", "--data", fx.data().toString(), "--registry", dir.resolve("r").toString(),
                "--out", dir.resolve("o").toString(), "--set", "training.modle_strategy=xgboost");

        r.assertUsageError("training.modle_strategy");
    }

    @Test
    void given_missing_input_files_when_trained_then_exit_2_names_them() {
        Path nowhere = dir.resolve("nowhere");

        CliRun r = CliRun.of("train", "--data", nowhere.toString(), "--registry", dir.resolve("r").toString(),
                "--out", dir.resolve("o").toString());

        r.assertUsageError("missing input files", nowhere.resolve("buildings.csv").toString());
    }

    @Test
    void given_csv_mode_options_in_workflow_mode_or_both_modes_when_trained_then_usage_fails_clearly() throws Exception {
        Path csv = dir.resolve("f.csv");
        Files.writeString(csv, "x\n1\n");

        CliRun strategy = CliRun.of("train", "--data", fx.data().toString(), "--registry", dir.toString(),
                "--out", dir.toString(), "--strategy", "xgboost");
        CliRun both = CliRun.of("train", "--data", fx.data().toString(), "--train", csv.toString());
        CliRun noDirs = CliRun.of("train", "--data", fx.data().toString());

        strategy.assertUsageError("--set training.model_strategy=NAME");
        assertThat(both.exit()).isEqualTo(IotadCli.EXIT_USAGE);
        noDirs.assertUsageError("--registry DIR and --out DIR");
    }

    @Test
    void given_an_approved_model_when_evaluated_by_registry_or_file_then_both_write_the_same_metrics() throws Exception {
        Path a = dir.resolve("by-registry");
        Path b = dir.resolve("by-file");

        CliRun reg = CliRun.of("evaluate", "--registry", fx.registry().toString(), "--group", "global",
                "--data", fx.data().toString(), "--out", a.toString(), "--labels-complete");
        CliRun file = CliRun.of("evaluate", "--model", fx.trainOut().resolve("model.tar.gz").toString(),
                "--data", fx.data().toString(), "--out", b.toString(), "--labels-complete",
                "--from", "2024-10-27", "--to", "2024-11-09");

        assertThat(reg.exit()).as(reg.both()).isZero();
        assertThat(file.exit()).as(file.both()).isZero();
        assertThat(reg.out()).contains("P@50=", "PR-AUC=");
        assertThat(reg.json().get("from").asText()).isEqualTo("2024-10-27");
        assertThat(reg.json().get("to").asText()).isEqualTo("2024-11-09");
        assertThat(reg.json().get("metrics")).isEqualTo(file.json().get("metrics"));
        assertThat(reg.json().get("rows").asInt()).isEqualTo(20 * 14);
        assertThat(a.resolve("evaluation_report.json")).isRegularFile();
        assertThat(a.resolve("evaluation_report.html")).isRegularFile();
        assertThat(a.resolve("scores.csv")).isRegularFile();
    }

    @Test
    void given_an_stl_model_when_evaluated_on_its_training_data_then_the_metrics_equal_the_training_runs() throws Exception {
        // regression: evaluate once scored the holdout days without their history, so STL saw a 14-day series
        Path train = dir.resolve("stl-train");
        CliRun trained = CliRun.of("train", "--data", fx.data().toString(), "--registry", dir.resolve("reg").toString(),
                "--out", train.toString(), "--labels-complete", "--set", "training.model_strategy=stl");
        CliRun evaluated = CliRun.of("evaluate", "--model", train.resolve("model.tar.gz").toString(), "--data",
                fx.data().toString(), "--out", dir.resolve("stl-eval").toString(), "--labels-complete");

        assertThat(trained.exit()).as(trained.both()).isZero();
        assertThat(evaluated.exit()).as(evaluated.both()).isZero();
        assertThat(evaluated.json().get("from").asText()).isEqualTo(trained.json().get("holdout_from").asText());
        // train prints the evaluation's metrics; evaluate adds the gate's throughput deviation
        JsonNode metrics = ((com.fasterxml.jackson.databind.node.ObjectNode) evaluated.json().get("metrics")).deepCopy()
                .without("throughput_deviation");
        assertThat(metrics).isEqualTo(trained.json().get("metrics"));
        assertThat(dir.resolve("stl-eval/run_report.json")).isRegularFile();
    }

    @Test
    void given_a_gate_the_model_fails_when_evaluated_with_enforce_gate_then_exit_1_with_the_reasons() throws Exception {
        CliRun reported = CliRun.of("evaluate", "--registry", fx.registry().toString(), "--data", fx.data().toString(),
                "--out", dir.resolve("gate-reported").toString(), "--labels-complete",
                "--set", "evaluation.metrics_thresholds.min_roc_auc=0.999");
        CliRun enforced = CliRun.of("evaluate", "--registry", fx.registry().toString(), "--data", fx.data().toString(),
                "--out", dir.resolve("gate-enforced").toString(), "--labels-complete", "--enforce-gate",
                "--set", "evaluation.metrics_thresholds.min_roc_auc=0.999");

        assertThat(reported.exit()).as(reported.both()).isZero();
        assertThat(reported.json().get("gate_passed").asBoolean()).isFalse();
        enforced.assertRunFailed("gate failed", "min_roc_auc");
    }

    @Test
    void given_an_unknown_group_or_version_when_evaluated_then_exit_2_names_what_exists() {
        CliRun group = CliRun.of("evaluate", "--registry", fx.registry().toString(), "--group", "nope",
                "--data", fx.data().toString(), "--out", dir.toString());
        CliRun version = CliRun.of("evaluate", "--registry", fx.registry().toString(), "--version", "9",
                "--data", fx.data().toString(), "--out", dir.toString());

        group.assertUsageError("no model package group 'nope'", "groups: [global]");
        version.assertUsageError("no version 9", "versions: [1]");
    }

    @Test
    void given_bad_evaluation_options_when_evaluated_then_exit_2_says_which() {
        String model = fx.trainOut().resolve("model.tar.gz").toString();

        CliRun both = CliRun.of("evaluate", "--model", model, "--registry", fx.registry().toString(),
                "--data", fx.data().toString(), "--out", dir.toString());
        CliRun reversed = CliRun.of("evaluate", "--model", model, "--data", fx.data().toString(), "--out", dir.toString(),
                "--from", "2024-11-09", "--to", "2024-11-01");
        CliRun outside = CliRun.of("evaluate", "--model", model, "--data", fx.data().toString(), "--out", dir.toString(),
                "--from", "2025-01-01", "--to", "2025-01-31");

        both.assertUsageError("either --model FILE or --registry DIR");
        reversed.assertUsageError("--to 2024-11-01 is before --from 2024-11-09");
        outside.assertUsageError("no feature rows between 2025-01-01 and 2025-01-31");
    }

    @Test
    void given_an_evaluation_report_when_rendered_again_then_the_html_is_written_where_asked() throws Exception {
        Path html = dir.resolve("again.html");

        CliRun r = CliRun.of("report", "--evaluation", fx.trainOut().resolve("evaluation_report.json").toString(),
                "--out", html.toString());
        CliRun missing = CliRun.of("report", "--evaluation", dir.resolve("absent.json").toString());

        assertThat(r.exit()).as(r.both()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("iotad evaluation");
        missing.assertUsageError("absent.json");
    }
}
