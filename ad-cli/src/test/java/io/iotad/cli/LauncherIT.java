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
    void given_a_command_when_the_launcher_starts_the_jvm_then_it_picks_the_documented_options() throws Exception {
        // a stand-in java that prints the arguments it was given, one per line
        Path java = dir.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Process nproc = new ProcessBuilder("nproc").start();
        int cpus = Integer.parseInt(new String(nproc.getInputStream().readAllBytes()).trim());
        boolean small = cpus <= 2;
        Map<String, String> env = Map.of("JAVA", java.toString());

        List<String> daily = run(env, "score", "--lake", "lake", "--to", "2024-11-14").out().lines().toList();
        assertThat(daily.contains("-XX:+UseSerialGC")).isEqualTo(small);
        assertThat(daily.contains("-XX:TieredStopAtLevel=1")).isEqualTo(small);
        assertThat(daily.subList(daily.indexOf("io.iotad.cli.IotadCli"), daily.size()))
                .containsExactly("io.iotad.cli.IotadCli", "score", "--lake", "lake", "--to", "2024-11-14");

        List<String> season = run(env, "score", "--lake=lake", "--from=2024-10-01").out().lines().toList();
        assertThat(season).doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(run(env, "train", "--data", "d").out().lines()).doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

        // ingest: C1 only for under 256 MiB of raw files (a sparse file stands for a large one)
        Path day = Files.createDirectories(dir.resolve("raw-day"));
        Files.writeString(day.resolve("a.jsonl"), "{}\n");
        Path season180 = Files.createDirectories(dir.resolve("raw-season"));
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(season180.resolve("b.jsonl").toFile(), "rw")) {
            f.setLength(300L << 20);
        }
        assertThat(run(env, "ingest", "--raw", day.toString(), "--lake", "l").out().lines()
                .anyMatch("-XX:TieredStopAtLevel=1"::equals)).isEqualTo(small);
        assertThat(run(env, "ingest", "--raw=" + season180, "--lake", "l").out().lines())
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(run(env, "ingest", "--raw", day.toString(), season180.toString(), "--lake", "l").out().lines())
                .doesNotContain("-XX:TieredStopAtLevel=1");
        Run missing = run(env, "ingest", "--raw", dir.resolve("no-such").toString(), "--lake", "l");
        assertThat(missing.exit()).isZero(); // the launcher starts java, which reports the missing input
        assertThat(missing.out()).doesNotContain("-XX:TieredStopAtLevel=1").contains("io.iotad.cli.IotadCli");

        // a collector chosen in JAVA_OPTS is not joined by a second one; JAVA_OPTS comes after the launcher's options
        List<String> chosen = run(Map.of("JAVA", java.toString(), "JAVA_OPTS", "-XX:+UseParallelGC -XX:TieredStopAtLevel=4"),
                "score", "--lake", "lake").out().lines().toList();
        assertThat(chosen).doesNotContain("-XX:+UseSerialGC");
        assertThat(chosen.lastIndexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(chosen.indexOf("-XX:TieredStopAtLevel=1"));

        List<String> plain = run(Map.of("JAVA", java.toString(), "IOTAD_JVM", "plain"), "score", "--lake", "lake")
                .out().lines().toList();
        assertThat(plain).doesNotContain("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void given_no_jar_when_the_launcher_runs_then_it_says_how_to_build_one() throws Exception {
        Run r = run(Map.of("IOTAD_JAR", dir.resolve("missing.jar").toString()), "--help");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("missing.jar does not exist").contains("mvn -B -q -DskipTests package");
    }
}
