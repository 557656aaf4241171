package io.iotad.features.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.data.DataException;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.readings.ApartmentReadings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawIngestorTest {
    @TempDir
    Path dir;

    private static List<String> goodLines(String apt, int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(RawLines.line(apt, "b1", String.format("2024-01-01T%02d:%02d:00Z", i / 60, i % 60), i, 20.0));
        }
        return lines;
    }

    @Test
    void given_bad_lines_above_the_limit_when_ingested_then_the_run_fails_naming_share_limit_and_worst_file() throws IOException {
        List<String> clean = goodLines("a1", 100);
        List<String> dirty = goodLines("a2", 98);
        dirty.add("not json");
        dirty.add("{\"broken\": ");
        RawLines.write(dir.resolve("clean.jsonl"), clean);
        Path worst = RawLines.write(dir.resolve("dirty.jsonl"), dirty);
        Path quarantine = dir.resolve("out/quarantine.jsonl");

        RawIngestor ingestor = new RawIngestor(IngestOptions.defaults().withMaxQuarantineShare(0.005).withQuarantineFile(quarantine));

        assertThatThrownBy(() -> ingestor.ingest(List.of(dir), ProgressListener.NONE))
                .isInstanceOf(QuarantineLimitExceededException.class)
                .isInstanceOf(DataException.class)
                .hasMessageContaining("1.0000% (2 of 200 lines)")
                .hasMessageContaining("at most 0.5000%")
                .hasMessageContaining(worst.toString() + " with 2 of 100 lines quarantined");
        assertThat(Files.readAllLines(quarantine, StandardCharsets.UTF_8)).hasSize(2)
                .allSatisfy(l -> assertThat(l).startsWith("{\"file\":").contains("\"reason\":\"invalid_json\""));
    }

    @Test
    void given_bad_lines_at_the_limit_when_ingested_then_the_run_succeeds_and_writes_the_quarantine_file() throws IOException {
        List<String> lines = goodLines("a1", 99);
        lines.add(50, "{\"timestamp_str\": \"2024-01-01T00:00:00\", \"building_id\": \"b1\", \"apartment_id\": \"a1\", \"readings\": []}");
        RawLines.write(dir.resolve("f.jsonl"), lines);
        Path quarantine = dir.resolve("q.jsonl");

        IngestResult result = new RawIngestor(IngestOptions.defaults().withQuarantineFile(quarantine))
                .ingest(List.of(dir), ProgressListener.NONE);

        assertThat(result.report().quarantinedShare()).isEqualTo(0.01);
        assertThat(Files.readString(quarantine)).contains("\"line\":51", "\"reason\":\"bad_timestamp_format\"",
                "\\\"timestamp_str\\\"");
        assertThat(result.report().readingsKept()).isEqualTo(198);
    }

    @Test
    void given_an_apartment_under_two_buildings_when_ingested_then_the_error_names_both_buildings() throws IOException {
        RawLines.write(dir.resolve("a.jsonl"), List.of(RawLines.line("apt_1", "bldg_A", "2024-01-01T00:00:00Z", 1, 20)));
        RawLines.write(dir.resolve("b.jsonl"), List.of(RawLines.line("apt_1", "bldg_B", "2024-01-01T01:00:00Z", 2, 20)));

        assertThatThrownBy(() -> new RawIngestor(IngestOptions.defaults()).ingest(List.of(dir), ProgressListener.NONE))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("apt_1").hasMessageContaining("bldg_A").hasMessageContaining("bldg_B")
                .hasMessageContaining("b.jsonl");
    }

    @Test
    void given_an_apartment_under_two_buildings_in_one_file_when_ingested_then_the_error_names_both_lines() throws IOException {
        RawLines.write(dir.resolve("a.jsonl"), List.of(RawLines.line("apt_1", "bldg_A", "2024-01-01T00:00:00Z", 1, 20),
                RawLines.line("apt_1", "bldg_B", "2024-01-01T01:00:00Z", 2, 20)));

        assertThatThrownBy(() -> new RawIngestor(IngestOptions.defaults()).ingest(List.of(dir), ProgressListener.NONE))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("bldg_A").hasMessageContaining("a.jsonl:1").hasMessageContaining("a.jsonl:2");
    }

    @Test
    void given_late_and_out_of_order_lines_across_files_when_ingested_then_they_are_merged_in_time_order_and_counted()
            throws IOException {
        RawLines.write(dir.resolve("day1.jsonl"), List.of(
                RawLines.line("a1", "b1", "2024-01-01T10:00:00Z", 10, 20),
                RawLines.line("a1", "b1", "2024-01-01T08:00:00Z", 8, 20)));
        RawLines.write(dir.resolve("day2.jsonl"), List.of(
                RawLines.line("a1", "b1", "2024-01-02T10:00:00Z", 30, 20),
                RawLines.line("a1", "b1", "2024-01-01T09:00:00Z", 9, 20)));

        IngestResult result = new RawIngestor(IngestOptions.defaults()).ingest(List.of(dir), ProgressListener.NONE);

        ApartmentReadings a = result.apartments().get(0);
        assertThat(a.series().get(0).values()).containsExactly(8, 9, 10, 30);
        assertThat(a.reportInstants()).isSorted().hasSize(4);
        assertThat(result.report().outOfOrderLines()).isEqualTo(2);
        assertThat(result.report().lateLines()).isEqualTo(1);
        assertThat(result.report().perFile()).extracting(FileReport::lateLines).containsExactly(0L, 1L);
    }

    @Test
    void given_a_directory_tree_when_listing_raw_files_then_they_are_sorted_and_hidden_or_foreign_files_are_skipped()
            throws IOException {
        Path b = RawLines.write(dir.resolve("z/b.jsonl"), List.of());
        Path a = RawLines.write(dir.resolve("a.jsonl.gz"), List.of());
        RawLines.write(dir.resolve(".hidden/c.jsonl"), List.of());
        RawLines.write(dir.resolve("notes.txt"), List.of());
        RawLines.write(dir.resolve(".d.jsonl"), List.of());

        assertThat(RawIngestor.rawFiles(List.of(dir, a))).containsExactly(a, b);
    }

    @Test
    void given_a_dangling_link_named_like_a_raw_file_when_ingested_then_the_run_fails_naming_the_link_and_its_target()
            throws IOException {
        RawLines.write(dir.resolve("raw/2024-01-01/part-000.jsonl"), goodLines("a1", 10));
        Path link = Files.createDirectories(dir.resolve("raw/2024-01-02")).resolve("part-000.jsonl.gz");
        Files.createSymbolicLink(link, dir.resolve("gone/part-000.jsonl.gz"));

        assertThatThrownBy(() -> new RawIngestor(IngestOptions.defaults()).ingest(List.of(dir.resolve("raw")), ProgressListener.NONE))
                .isInstanceOf(LostRawFileException.class)
                .hasMessageContaining(link.toString()).hasMessageContaining("dangling_link")
                .hasMessageContaining(dir.resolve("gone/part-000.jsonl.gz").toString())
                .hasMessageContaining("all of it is lost").hasMessageNotContaining("gzip trailer")
                .satisfies(e -> assertThat(((LostRawFileException) e).losses()).singleElement()
                        .extracting(FileLoss::reason).isEqualTo(FileLossReason.DANGLING_LINK));
    }

    @Test
    void given_links_to_a_raw_file_and_to_a_folder_of_raw_files_when_ingested_then_both_are_read() throws IOException {
        RawLines.write(dir.resolve("elsewhere/one.jsonl"), goodLines("a1", 4));
        RawLines.write(dir.resolve("feed/2024-01-01/p.jsonl"), goodLines("a2", 6));
        Files.createDirectories(dir.resolve("raw"));
        Files.createSymbolicLink(dir.resolve("raw/one.jsonl"), dir.resolve("elsewhere/one.jsonl"));
        Files.createSymbolicLink(dir.resolve("raw/feed"), dir.resolve("feed"));

        IngestResult result = new RawIngestor(IngestOptions.defaults()).ingest(List.of(dir.resolve("raw")), ProgressListener.NONE);

        assertThat(result.report().files()).isEqualTo(2);
        assertThat(result.report().linesRead()).isEqualTo(10);
    }

    @Test
    void given_a_missing_input_when_ingested_then_the_error_names_it() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> RawIngestor.rawFiles(List.of(missing))).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void given_a_folder_without_raw_files_when_ingested_then_the_error_names_the_folder() throws IOException {
        Path empty = dir.resolve("raw");
        RawLines.write(empty.resolve("readme.txt"), List.of("not a raw file"));

        assertThatThrownBy(() -> new RawIngestor(IngestOptions.defaults()).ingest(List.of(empty), ProgressListener.NONE))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("no raw meter file (*.jsonl, *.jsonl.gz)");
    }

    @Test
    void given_raw_files_without_a_single_line_when_ingested_then_the_error_names_the_inputs() throws IOException {
        RawLines.write(dir.resolve("a.jsonl"), List.of());
        RawLines.write(dir.resolve("b.jsonl"), List.of("", "   "));

        assertThatThrownBy(() -> new RawIngestor(IngestOptions.defaults()).ingest(List.of(dir), ProgressListener.NONE))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("2 raw files hold no reading (0 lines, 2 blank, 0 quarantined)");
    }

    @Test
    void given_several_files_when_ingested_then_progress_counts_files_and_the_report_accounts_for_every_line()
            throws IOException {
        RawLines.write(dir.resolve("1.jsonl"), goodLines("a1", 10));
        RawLines.write(dir.resolve("2.jsonl"), goodLines("a2", 5));
        List<Long> done = new CopyOnWriteArrayList<>();

        IngestResult result = new RawIngestor(IngestOptions.defaults()).ingest(List.of(dir),
                (step, d, total) -> {
                    assertThat(step).isEqualTo(RawIngestor.PROGRESS_STEP);
                    assertThat(total).isEqualTo(2);
                    done.add(d);
                });

        assertThat(done).containsExactly(1L, 2L);
        IngestReport r = result.report();
        assertThat(r.linesRead()).isEqualTo(15);
        assertThat(r.readings()).isEqualTo(30);
        assertThat(r.apartments()).isEqualTo(2);
        assertThat(r.readingsBySensorType()).containsEntry("heating_energy_kwh", 15L).containsEntry("room_temp_c", 15L);
        assertThat(r.unknownSensorTypes()).isEmpty();
        assertThat(r.toJson()).startsWith("{\"files\":2,\"lines_read\":15,").contains("\"files_detail\":[{\"file\":");
    }

    @Test
    void given_more_bad_lines_than_the_sample_when_ingested_then_all_are_counted_and_written_but_only_the_sample_kept()
            throws IOException {
        List<String> lines = goodLines("a1", 10);
        for (int i = 0; i < IngestResult.MAX_QUARANTINE_SAMPLE + 5; i++) {
            lines.add("bad " + i);
        }
        RawLines.write(dir.resolve("f.jsonl"), lines);
        Path quarantine = dir.resolve("q.jsonl");

        IngestResult result = new RawIngestor(IngestOptions.defaults().withMaxQuarantineShare(1.0).withQuarantineFile(quarantine))
                .ingest(List.of(dir), ProgressListener.NONE);

        assertThat(result.quarantine()).hasSize(IngestResult.MAX_QUARANTINE_SAMPLE);
        assertThat(result.report().quarantinedLines()).isEqualTo(IngestResult.MAX_QUARANTINE_SAMPLE + 5);
        assertThat(Files.readAllLines(quarantine)).hasSize(IngestResult.MAX_QUARANTINE_SAMPLE + 5);
        assertThat(result.report().readingsKept()).isEqualTo(20);
    }

    @Test
    void given_invalid_options_when_constructed_then_the_message_names_the_parameter() {
        IngestOptions d = IngestOptions.defaults();
        assertThatThrownBy(() -> d.withMaxQuarantineShare(-0.1)).hasMessageContaining("maxQuarantineShare").hasMessageContaining("-0.1");
        assertThatThrownBy(() -> d.withMaxQuarantineShare(1.5)).hasMessageContaining("maxQuarantineShare");
        assertThatThrownBy(() -> d.withMaxQuarantineShare(Double.NaN)).hasMessageContaining("maxQuarantineShare");
        assertThatThrownBy(() -> d.withThreads(0)).hasMessageContaining("threads").hasMessageContaining("0");
        assertThatThrownBy(() -> d.withMaxLineBytes(10)).hasMessageContaining("maxLineBytes").hasMessageContaining("1024");
        assertThat(d.maxQuarantineShare()).isEqualTo(IngestOptions.DEFAULT_MAX_QUARANTINE_SHARE);
    }
}
