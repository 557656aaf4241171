package io.iotad.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.aws.local.LocalAwsServers;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.pipeline.workflow.PortfolioInputs;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.SimulationOptions;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** A portfolio read from s3rver: staged with its keys as paths, every page of the listing, bad layouts named. */
class S3PortfolioTest {
    private static final String BUCKET = "iotad-portfolio-test";

    @TempDir
    Path dir;

    @Test
    void given_a_portfolio_prefix_when_staged_then_every_object_lands_at_its_key_and_the_inputs_are_complete() throws Exception {
        LocalAwsServers servers = LocalAwsServers.get();
        String prefix = "p-" + UUID.randomUUID();
        try (S3Client s3 = servers.clients().s3()) {
            // a page of 40 keys, so the listing takes several pages
            S3Objects objects = new S3Objects(s3, 40);
            servers.bucket(BUCKET);
            Path src = Files.createDirectories(dir.resolve("src/raw/2024-01-02"));
            for (int i = 0; i < 105; i++) {
                Files.writeString(src.resolve("part-" + i + ".jsonl"), "{}\n");
            }
            Files.writeString(dir.resolve("src/weather.csv"), "building_id,timestamp,outdoor_temp_c\n");
            Files.writeString(dir.resolve("src/buildings.csv"), "building_id\n");
            try (var files = Files.walk(dir.resolve("src"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    objects.upload(f, BUCKET, prefix + "/" + dir.resolve("src").relativize(f).toString().replace('\\', '/'));
                }
            }
            List<Long> progress = new ArrayList<>();
            S3Portfolio portfolio = new S3Portfolio(objects, new S3Location(BUCKET, prefix));
            PortfolioInputs in = portfolio.stage(dir.resolve("staged"), (step, done, total) -> progress.add(done));
            assertThat(in.buildings()).isEqualTo(dir.resolve("staged/buildings.csv"));
            try (var raw = Files.list(dir.resolve("staged/raw/2024-01-02"))) {
                assertThat(raw.count()).isEqualTo(105);
            }
            assertThat(in.apartments()).isNull();
            assertThat(progress).hasSize(107).last().isEqualTo(107L);

            assertThatThrownBy(() -> portfolio.stage(dir.resolve("staged"), ProgressListener.NONE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not empty");
            S3Portfolio partial = new S3Portfolio(objects, new S3Location(BUCKET, prefix + "/raw"));
            assertThatThrownBy(() -> partial.stage(dir.resolve("partial"), ProgressListener.NONE))
                    .isInstanceOf(NoSuchFileException.class).hasMessageContaining("s3://" + BUCKET + "/" + prefix + "/raw")
                    .hasMessageContaining("buildings file");
            S3Portfolio none = new S3Portfolio(objects, new S3Location(BUCKET, "absent-" + prefix));
            assertThatThrownBy(() -> none.stage(dir.resolve("none"), ProgressListener.NONE))
                    .isInstanceOf(NoSuchFileException.class).hasMessageContaining("no objects below this prefix");
        }
    }

    @Test
    void given_a_simulated_portfolio_in_s3_when_a_workflow_loads_it_then_it_reads_what_the_local_files_give() throws Exception {
        LocalAwsServers servers = LocalAwsServers.get();
        Path local = dir.resolve("portfolio");
        new PortfolioSimulator(SimulationOptions.builder().apartments(6).days(12).seed(2)
                .build()).run(local);
        String prefix = "sim-" + UUID.randomUUID();
        try (S3Client s3 = servers.clients().s3(); var files = Files.walk(local)) {
            S3Objects objects = new S3Objects(s3);
            servers.bucket(BUCKET);
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                objects.upload(f, BUCKET, prefix + "/" + local.relativize(f).toString().replace('\\', '/'));
            }
            TelemetryLoader loader = new TelemetryLoader(
                    IotadConfig.defaults(), null, ProgressListener.NONE);
            Map<String, Object> fromS3 = new LinkedHashMap<>();
            var remote = new S3Portfolio(objects, new S3Location(BUCKET, prefix))
                    .source(dir.resolve("staging"), loader, ProgressListener.NONE).load(fromS3);
            Map<String, Object> fromFiles = new LinkedHashMap<>();
            var local2 = TelemetrySource.files(PortfolioInputs.inDirectory(local), loader).load(fromFiles);
            assertThat(remote.apartments()).hasSameSizeAs(local2.apartments()).isNotEmpty();
            assertThat(fromS3).containsEntry("s3_location", "s3://" + BUCKET + "/" + prefix)
                    .containsEntry("readings", fromFiles.get("readings"))
                    .containsEntry("quarantined_lines", fromFiles.get("quarantined_lines"));
        }
    }
}
