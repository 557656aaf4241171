package io.iotad.pipeline.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Label;
import io.iotad.core.score.Scores;
import io.iotad.pipeline.labels.LabelsCsv;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.run.WorkflowRun;
import io.iotad.pipeline.workflow.ScoresCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 9: the registry, run reports, scores and labels honour the umask, so another user's
 * job can read them; none is owner-only.
 */
class OutputPermissionsTest {
    @TempDir
    Path dir;
    private Set<PosixFilePermission> expected;

    @BeforeEach
    void umask() throws IOException {
        Path probe = Files.createFile(dir.resolve(".umask-probe"));
        expected = Files.getPosixFilePermissions(probe);
        Files.delete(probe);
        assumeThat(expected).as("a umask that lets others read (e.g. 022)").contains(PosixFilePermission.OTHERS_READ);
    }

    private void assertUmask(Path file) throws IOException {
        assertThat(file).isRegularFile();
        assertThat(Files.getPosixFilePermissions(file)).as(file.toString()).isEqualTo(expected);
    }

    @Test
    void given_a_registered_model_when_written_then_index_json_and_the_artifact_copy_are_readable_by_others() throws IOException {
        FileModelRegistry registry = new FileModelRegistry(dir.resolve("registry"), Clock.systemUTC());
        Path artifact = Files.writeString(dir.resolve("model.tar.gz"), "bytes");
        registry.register("global", artifact, Map.of());
        assertUmask(dir.resolve("registry/global/index.json"));
        assertUmask(dir.resolve("registry/global/1/model.tar.gz"));
    }

    @Test
    void given_a_run_when_its_report_scores_and_labels_are_written_then_each_honours_the_umask() throws IOException {
        WorkflowRun run = new WorkflowRun("ADInferenceWorkflow", Clock.systemUTC(), WorkflowRun.StepListener.NONE);
        run.finish(WorkflowRun.SUCCEEDED).writeJson(dir.resolve("out/run_report.json"));
        assertUmask(dir.resolve("out/run_report.json"));

        FeatureFrame rows = FeatureFrame.builder(FeatureSchema.of("x"))
                .add(new RowKey("a1", "b1", LocalDate.of(2024, 1, 1)), 1.0).build();
        ScoresCsv.write(Scores.of(rows, new double[] {0.5}), dir.resolve("out/scores.csv"));
        assertUmask(dir.resolve("out/scores.csv"));

        LabelsCsv.write(dir.resolve("out/labels.csv"), List.of(new Label("a1", LocalDate.of(2024, 1, 1), 1, "leak")));
        assertUmask(dir.resolve("out/labels.csv"));

        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("run_report.json", "scores.csv", "labels.csv");
        }
    }

    @Test
    void given_a_write_that_fails_when_a_report_or_scores_are_written_then_no_temporary_file_is_left() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        // a folder where the file should go: the final rename fails
        Files.createDirectories(out.resolve("run_report.json/x"));
        Files.createDirectories(out.resolve("scores.csv/x"));
        WorkflowRun run = new WorkflowRun("ADInferenceWorkflow", Clock.systemUTC(), WorkflowRun.StepListener.NONE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run.finish(WorkflowRun.FAILED).writeJson(out.resolve("run_report.json")))
                .isInstanceOf(IOException.class);
        FeatureFrame rows = FeatureFrame.builder(FeatureSchema.of("x")).add(new RowKey("a1", "b1", LocalDate.of(2024, 1, 1)), 1.0).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScoresCsv.write(Scores.of(rows, new double[] {0.5}), out.resolve("scores.csv")))
                .isInstanceOf(IOException.class);
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("run_report.json", "scores.csv");
        }
    }
}
