package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 15: {@code bin/iotad} runs the packaged jar, passes arguments and exit codes through,
 * takes plug-ins from {@code IOTAD_CLASSPATH}, and says what to do when the jar is missing.
 * Runs after {@code package} (failsafe), against {@code target/iotad.jar}.
 */
class LauncherIT {
    static final Path REPOSITORY = Path.of(System.getProperty("iotad.repository", ".."));
    static final Path LAUNCHER = REPOSITORY.resolve("bin/iotad");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void given_the_built_jar_when_the_launcher_asks_for_help_then_every_command_is_listed() throws Exception {
        assertThat(LAUNCHER).isExecutable();
        Run help = run(Map.of(), "--help");
        assertThat(help.exit()).as(help.err()).isZero();
        assertThat(help.out()).contains("Usage: iotad", "demo", "train", "score", "feedback", "registry");
        Run version = run(Map.of(), "--version");
        assertThat(version.out()).startsWith("iotad ");
    }

    @Test
    void given_a_bad_option_when_run_through_the_launcher_then_its_exit_code_comes_through() throws Exception {
        Run r = run(Map.of(), "train", "--no-such-option");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("see 'iotad train --help'");
    }

    @Test
    void given_a_plug_in_on_iotad_classpath_when_training_then_its_strategy_is_found() throws Exception {
        Path csv = Files.writeString(dir.resolve("train.csv"), "apartment_id,building_id,event_date,daily_energy_kwh,avg_temp_diff\n"
                + "a1,b1,2024-01-01,10,0.5\na2,b1,2024-01-01,11,0.4\n");
        String plugins = Path.of("target", "test-classes").toAbsolutePath().toString();
        Run without = run(Map.of(), "train", "--strategy", "cli_test_mean", "--train", csv.toString(),
                "--model-out", dir.resolve("a.tar.gz").toString());
        assertThat(without.exit()).isEqualTo(2);
        Run with = run(Map.of("IOTAD_CLASSPATH", plugins), "train", "--strategy", "cli_test_mean", "--train", csv.toString(),
                "--model-out", dir.resolve("b.tar.gz").toString());
        assertThat(with.exit()).as(with.err()).isZero();
        assertThat(dir.resolve("b.tar.gz")).isRegularFile();
    }

    @Test
    void given_no_jar_when_the_launcher_runs_then_it_says_how_to_build_one() throws Exception {
        Run r = run(Map.of("IOTAD_JAR", dir.resolve("missing.jar").toString()), "--help");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("missing.jar does not exist").contains("mvn -B -q -DskipTests package");
    }
}
