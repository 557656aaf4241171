package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's entry point ({@code docker/iotad-container}) below the image: with {@code JAVA} pointing at a stand-in
 * that prints its arguments, {@code train} and {@code serve} become {@code iotad sagemaker train|serve} and anything
 * else an iotad subcommand, as SageMaker's {@code docker run IMAGE train|serve} needs.
 */
class ContainerEntryPointTest {
    private static final Path SCRIPT = Path.of("..", "docker", "iotad-container").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private List<String> run(String... args) throws Exception {
        Path echo = Files.writeString(dir.resolve("fake-java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        echo.toFile().setExecutable(true);
        List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA", echo.toString());
        pb.environment().put("IOTAD_JAR", "/opt/iotad/iotad.jar");
        pb.environment().put("JAVA_OPTS", "-Xmx1g");
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        out = new ArrayList<>(out);
        out.add("exit " + p.exitValue());
        return out;
    }

    @Test
    void given_train_or_serve_when_the_container_starts_then_the_sagemaker_subcommand_runs_with_container_sized_heap()
            throws Exception {
        assertThat(SCRIPT).isRegularFile();
        assertThat(run("train")).containsExactly("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-Xmx1g", "-jar",
                "/opt/iotad/iotad.jar", "sagemaker", "train", "exit 0");
        assertThat(run("serve", "--port", "9000")).endsWith("sagemaker", "serve", "--port", "9000", "exit 0");
    }

    @Test
    void given_another_subcommand_or_none_when_the_container_starts_then_it_runs_that_or_prints_usage() throws Exception {
        assertThat(run("features", "--out", "/opt/ml/processing/output/f.csv")).endsWith("-jar", "/opt/iotad/iotad.jar",
                "features", "--out", "/opt/ml/processing/output/f.csv", "exit 0");
        List<String> none = run();
        assertThat(none.get(0)).contains("usage: IMAGE train | serve");
        assertThat(none).endsWith("exit 2");
    }
}
