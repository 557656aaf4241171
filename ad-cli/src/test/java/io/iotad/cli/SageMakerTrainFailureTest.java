package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code iotad sagemaker train} fails: the reason in output/failure, a non-zero exit, no model. */
class SageMakerTrainFailureTest {
    @TempDir
    static Path dir;
    static final Path portfolio = SimulatedPortfolios.shared(SimulatedPortfolios.OPERATIONS);

    /** Lays out the separate channels raw/, weather/, topology/, labels/ under a fresh root. */
    private static Path separateChannels(String name, String hyperparameters) throws Exception {
        Path root = dir.resolve(name);
        Path data = root.resolve("input/data");
        copyTree(portfolio.resolve("raw"), data.resolve("raw"));
        Files.createDirectories(data.resolve("weather"));
        Files.copy(portfolio.resolve("weather.csv"), data.resolve("weather/weather.csv"));
        Files.createDirectories(data.resolve("topology"));
        Files.copy(portfolio.resolve("buildings.csv"), data.resolve("topology/buildings.csv"));
        Files.copy(portfolio.resolve("apartments.csv"), data.resolve("topology/apartments.csv"));
        Files.createDirectories(data.resolve("labels"));
        Files.copy(portfolio.resolve("labels.csv"), data.resolve("labels/labels.csv"));
        Files.createDirectories(root.resolve("input/config"));
        Files.writeString(root.resolve("input/config/hyperparameters.json"), hyperparameters);
        return root;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }

    @Test
    void given_a_gate_no_model_passes_when_trained_then_exit_1_and_the_failure_begins_evaluation_failed() throws Exception {
        Path root = separateChannels("gate", "{\"labels_complete\": \"true\", "
                + "\"evaluation.metrics_thresholds.min_pr_auc\": \"0.9999\"}");
        CliRun r = CliRun.of("sagemaker", "train", "--ml-root", root.toString());
        assertThat(r.exit()).as(r.both()).isEqualTo(IotadCli.EXIT_RUN_FAILED);
        String failure = Files.readString(root.resolve("output/failure"));
        assertThat(failure).startsWith("EvaluationFailed: the evaluation gate refused the model").contains("pr_auc");
        assertThat(root.resolve("model/manifest.json")).doesNotExist();
        assertThat(root.resolve("output/data/evaluation_report.json")).isRegularFile();
        assertThat(r.json().get("gate_passed").asBoolean()).isFalse();
    }

    @Test
    void given_a_hyperparameter_that_is_no_configuration_key_when_trained_then_exit_2_and_the_failure_names_it() throws Exception {
        Path root = separateChannels("bad-key", "{\"trees\": \"100\"}");
        CliRun r = CliRun.of("sagemaker", "train", "--ml-root", root.toString());
        assertThat(r.exit()).isEqualTo(IotadCli.EXIT_USAGE);
        assertThat(Files.readString(root.resolve("output/failure")))
                .startsWith("WorkflowFailed: hyperparameter 'trees' is neither a configuration key");
        assertThat(r.err()).contains("'trees'");
    }

    @Test
    void given_a_bad_configuration_value_or_no_data_when_trained_then_the_failure_names_key_or_channels() throws Exception {
        Path badValue = separateChannels("bad-value", "{\"training.model_strategy\": \"no_such_strategy\"}");
        CliRun r = CliRun.of("sagemaker", "train", "--ml-root", badValue.toString());
        assertThat(r.exit()).isEqualTo(IotadCli.EXIT_USAGE);
        assertThat(Files.readString(badValue.resolve("output/failure"))).startsWith("WorkflowFailed: ").contains("no_such_strategy");

        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun none = CliRun.of("sagemaker", "train", "--ml-root", empty.toString());
        assertThat(none.exit()).isEqualTo(IotadCli.EXIT_USAGE);
        assertThat(Files.readString(empty.resolve("output/failure"))).contains("no training data").contains("'training'")
                .contains("'raw'");

        Path both = separateChannels("both", "{}");
        Files.createDirectories(both.resolve("input/data/training"));
        CliRun mixed = CliRun.of("sagemaker", "train", "--ml-root", both.toString());
        assertThat(mixed.exit()).isEqualTo(IotadCli.EXIT_USAGE);
        assertThat(Files.readString(both.resolve("output/failure"))).contains("not both");
    }
}
