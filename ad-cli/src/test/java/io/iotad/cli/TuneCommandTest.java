package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iotad tune} end to end on a tiny simulated portfolio, and training with its choice. */
class TuneCommandTest {
    static final Path data = SimulatedPortfolios.shared(SimulatedPortfolios.OPERATIONS);

    @TempDir
    Path dir;

    private static String[] tune(Path out, String... more) {
        return tune(out, 2, more);
    }

    private static String[] tune(Path out, int folds, String... more) {
        String[] base = {"tune", "--strategy", "isolation_forest", "--trials", "3", "--data", data.toString(),
            "--labels-complete", "--folds", String.valueOf(folds), "--horizon", "5", "--min-train-days", "14", "--seed", "5", "--threads", "1",
            "--out", out.toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void given_a_portfolio_when_tuned_and_trained_with_the_choice_then_the_models_lineage_names_it() throws Exception {
        Path out = dir.resolve("tune");

        CliRun r = CliRun.of(tune(out));

        assertThat(r.exit()).as(r.both()).isZero();
        assertThat(r.out()).contains("fold 1: train 2024-10-01..", "mean P@50  mean PR-AUC  P@50 per fold  params", "1 (defaults)", "best: trial ");
        assertThat(r.err()).contains("iotad tune: trial 3/3: P@50 ");
        JsonNode j = r.json();
        assertThat(j.get("command").asText()).isEqualTo("tune");
        assertThat(j.get("trials").asInt()).isEqualTo(3);
        assertThat(j.get("best_mean_precision_at_k").asDouble()).isGreaterThanOrEqualTo(j.get("defaults_mean_precision_at_k").asDouble());
        JsonNode report = new ObjectMapper().readTree(out.resolve("tune.json").toFile());
        assertThat(report.get("trials")).hasSize(3);
        assertThat(report.get("trials").get(0).get("folds")).hasSize(2);
        assertThat(report.get("split").get("fold_days").get(1).get("eval_to").asText())
                .as("the workflow's 14 holdout days are left out").isEqualTo("2024-10-26");
        assertThat(out.resolve("params.json")).isRegularFile();

        CliRun again = CliRun.of(tune(dir.resolve("again")));
        assertThat(again.json().get("best_params")).as("same seed, same choice").isEqualTo(j.get("best_params"));

        Path registry = dir.resolve("registry");
        CliRun train = CliRun.of("train", "--data", data.toString(), "--registry", registry.toString(), "--out",
                dir.resolve("train").toString(), "--labels-complete", "--params", out.resolve("params.json").toString());
        assertThat(train.exit()).as(train.both()).isZero();
        assertThat(train.out()).contains("hyperparameters from " + out.resolve("params.json"));
        CliRun show = CliRun.of("registry", "show", "--registry", registry.toString(), "--version", "1");
        assertThat(show.exit()).as(show.both()).isZero();
        assertThat(show.out()).contains("\"tuning\"", "\"params_sha256\"", "\"study\"",
                "\"subsample_size\" : " + j.get("best_params").get("subsample_size").asInt());
    }

    @Test
    void given_bad_options_when_tuned_then_exit_2_names_the_option_and_value() {
        CliRun folds = CliRun.of(tune(dir.resolve("a"), 0));
        folds.assertUsageError("--folds must be between 1 and 20, got 0");

        CliRun tooMany = CliRun.of(tune(dir.resolve("b"), 5));
        tooMany.assertUsageError("the data covers 26 days", "need 39");

        CliRun strategy = CliRun.of("tune", "--strategy", "rules", "--data", data.toString(), "--out", dir.resolve("c").toString());
        strategy.assertUsageError("no search space is declared", "isolation_forest, lof, xgboost");

        CliRun input = CliRun.of("tune", "--strategy", "lof");
        input.assertUsageError("--data DIR", "--train FILE.csv");
    }
}
