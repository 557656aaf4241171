package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.simulator.SimulationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 12 (and the configuration parts of 16): errors are one message plus where to read
 * more, with the documented exit code; names are checked (with "did you mean") before any data is
 * read; a command whose result is a JSON line ends with one also when it fails; a failed step is
 * reported once.
 */
class CliErrorsTest {
    static final Path data = SimulatedPortfolios.shared(SimulationOptions.builder().apartments(6).days(20).seed(3).build());

    @TempDir
    Path dir;

    private CliRun train(String... extra) {
        List<String> args = new ArrayList<>(List.of("train", "--data", data.toString(), "--labels-complete",
                "--registry", dir.resolve("registry").toString(), "--out", dir.resolve("out").toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void given_a_missing_config_file_when_training_then_exit_2_saying_no_such_file_and_see_help() throws Exception {
        CliRun r = train("--config", dir.resolve("nosuch.yaml").toString());
        r.assertUsageError("--config " + dir.resolve("nosuch.yaml") + ": no such file", "see 'iotad train --help'")
                .doesNotContain("Usage:");
        r.assertFailedJson("train", 2);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void given_a_mistyped_strategy_or_hyperparameter_when_training_then_refused_with_did_you_mean_before_ingesting()
            throws Exception {
        CliRun strategy = train("--set", "training.model_strategy=isolation_forrest");
        strategy.assertUsageError("--set training.model_strategy=isolation_forrest: unknown detector strategy "
                + "'isolation_forrest'; did you mean 'isolation_forest'?");
        assertThat(dir.resolve("out/quarantine.jsonl")).as("nothing was ingested").doesNotExist();

        Path config = Files.writeString(dir.resolve("config.yaml"), "training:\n  model_strategy: isolation_forest\n"
                + "  hyperparameters:\n    tres: 200\n");
        CliRun option = train("--config", config.toString());
        option.assertUsageError(config + ":4:", "unknown option 'tres'; did you mean 'trees'?");
        assertThat(dir.resolve("out/quarantine.jsonl")).doesNotExist();
        option.assertFailedJson("train", 2);
    }

    @Test
    void given_a_config_that_is_not_utf8_or_is_huge_when_loaded_then_refused_naming_the_line_or_the_size() throws Exception {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "training:\n  model_group: Z\u00fcrich\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = train("--config", latin1.toString());
        r.assertUsageError(latin1 + ":2:", "not UTF-8", "0xFC").doesNotContain("Input length");

        Path huge = dir.resolve("huge.yaml");
        Files.writeString(huge, "training:\n  instance_type: \"" + "x".repeat(2_000_000) + "\"\n");
        CliRun big = train("--config", huge.toString());
        big.assertUsageError("at most 1,048,576 bytes");
    }

    @Test
    void given_an_unknown_option_when_parsed_then_one_message_a_suggestion_and_see_help_not_the_usage() throws Exception {
        CliRun r = CliRun.of("train", "--data", data.toString(), "--registy", "r", "--out", "o");
        r.assertUsageError("Unknown option", "'--registy'", "--registry", "see 'iotad train --help'").doesNotContain("Usage:");
        assertThat(r.err().lines().count()).isLessThanOrEqualTo(3);
        r.assertFailedJson("train", 2);
    }

    @Test
    void given_composite_where_options_are_flat_when_chosen_then_refused_and_never_offered() throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), "a,b\n1,2\n2,3\n3,4\n");
        CliRun composite = CliRun.of("detect", "--train", csv.toString(), "--score", csv.toString(), "--strategy", "composite");
        composite.assertUsageError("composite cannot be used here", "--config");
        CliRun unknown = CliRun.of("detect", "--train", csv.toString(), "--score", csv.toString(), "--strategy", "lofx");
        unknown.assertUsageError("did you mean 'lof'?", "usable here: [").doesNotContain("composite");
        CliRun skab = CliRun.of("eval-skab", "--data", dir.toString(), "--strategy", "xgboost");
        skab.assertUsageError("xgboost is supervised").doesNotContain("composite");
        skab.assertFailedJson("eval-skab", 2);
    }

    @Test
    void given_dates_out_of_order_when_scoring_then_refused_before_reading_anything() throws Exception {
        CliRun r = CliRun.of("score", "--registry", dir.toString(), "--data", data.toString(), "--alerts",
                dir.resolve("a.db").toString(), "--out", dir.resolve("s").toString(), "--from", "2024-10-10", "--to", "2024-10-09");
        r.assertUsageError("--to 2024-10-09 is before --from 2024-10-10");
        assertThat(dir.resolve("s/quarantine.jsonl")).doesNotExist();
        r.assertFailedJson("score", 2);
    }

    @Test
    void given_a_failing_step_when_run_as_the_jar_does_then_its_error_is_printed_once_and_the_json_line_ends_stdout()
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IotadCli.class.getName(), "train", "--data", data.toString(),
                "--labels-complete", "--registry", dir.resolve("registry").toString(), "--out", dir.resolve("out").toString(),
                "--set", "feature_engineering.null_rate_limit=0");
        pb.redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("stderr"));
        List<String> out = Files.readAllLines(dir.resolve("stdout"));
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err.lines().filter(l -> l.contains("daily_energy_kwh")).count()).as(err).isEqualTo(1);
        assertThat(err).doesNotContain("ERROR io.iotad.pipeline.run.WorkflowRun");
        assertThat(out.get(out.size() - 1)).contains("\"status\":\"failed\"", "\"exit_code\":1");
    }

    @Test
    void given_every_command_whose_help_promises_a_json_line_when_listed_then_it_also_ends_failures_with_one() {
        List<picocli.CommandLine> all = new ArrayList<>();
        collect(IotadCli.commandLine(), all);
        for (picocli.CommandLine cl : all) {
            String help = String.join(" ", cl.getCommandSpec().usageMessage().description());
            if (help.contains("JSON object") || help.contains("JSON line")) {
                assertThat(ErrorHandler.JSON_SUMMARY_COMMANDS).contains(cl.getCommandSpec().qualifiedName());
            }
        }
    }

    private static void collect(picocli.CommandLine cl, List<picocli.CommandLine> out) {
        out.add(cl);
        cl.getSubcommands().values().stream().distinct().forEach(c -> collect(c, out));
    }

    @Test
    void given_an_existing_model_when_training_into_it_again_then_refused_unless_overwrite() throws Exception {
        Path csv = Files.writeString(dir.resolve("train.csv"), "apartment_id,building_id,event_date,x\n"
                + "a1,b1,2024-01-01,1.0\na2,b1,2024-01-01,2.0\na3,b1,2024-01-01,1.5\n");
        Path model = dir.resolve("model.tar.gz");
        String[] args = {"train", "--strategy", "isolation_forest", "--train", csv.toString(), "--model-out", model.toString()};
        assertThat(CliRun.of(args).exit()).isZero();
        byte[] first = Files.readAllBytes(model);

        CliRun again = CliRun.of(args);
        again.assertUsageError(model + " exists already", "--overwrite");
        assertThat(Files.readAllBytes(model)).isEqualTo(first);
        List<String> withOverwrite = new ArrayList<>(List.of(args));
        withOverwrite.add("--overwrite");
        assertThat(CliRun.of(withOverwrite.toArray(String[]::new)).exit()).isZero();

        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/model.tar.gz"), "an earlier model");
        CliRun workflow = train();
        workflow.assertUsageError("model.tar.gz exists already", "choose another --out");
        assertThat(dir.resolve("out/model.tar.gz")).hasContent("an earlier model");
        assertThat(dir.resolve("out/quarantine.jsonl")).doesNotExist();
    }

    @Test
    void given_file_system_errors_wrapped_or_bare_when_described_then_the_reason_is_in_words() {
        assertThat(ErrorHandler.describe(new java.nio.file.AccessDeniedException("/srv/raw/2024-10-01.jsonl")))
                .isEqualTo("/srv/raw/2024-10-01.jsonl: permission denied");
        assertThat(ErrorHandler.describe(new java.io.UncheckedIOException("cannot read /srv/weather.csv",
                new java.nio.file.AccessDeniedException("/srv/weather.csv")))).isEqualTo("cannot read /srv/weather.csv: permission denied");
        assertThat(ErrorHandler.describe(new java.io.UncheckedIOException(new java.nio.file.AccessDeniedException("/srv/x"))))
                .isEqualTo("/srv/x: permission denied");
        assertThat(ErrorHandler.describe(new NullPointerException())).contains("internal error (NullPointerException)");
    }
}
