package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = IotadCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static String line(String apt, String ts, double energy) {
        return "{\"timestamp_str\": \"" + ts + "\", \"building_id\": \"b1\", \"apartment_id\": \"" + apt + "\", \"readings\": "
                + "[{\"sensor_type\": \"heating_energy_kwh\", \"value\": " + energy + "}, "
                + "{\"sensor_type\": \"room_temp_c\", \"room_name\": \"lr\", \"value\": 20.5}]}";
    }

    private Path raw(int good, int bad) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < good; i++) {
            lines.add(line("a" + (i % 3), String.format("2024-01-0%dT%02d:00:00Z", 1 + i / 24, i % 24), i));
        }
        for (int i = 0; i < bad; i++) {
            lines.add("{\"timestamp_str\": \"2024-01-01 00:00:00\"}");
        }
        Path f = dir.resolve("raw/part.jsonl");
        Files.createDirectories(f.getParent());
        return Files.write(f, lines);
    }

    @Test
    void given_raw_weather_and_topology_when_ingested_then_the_lake_is_written_and_a_json_summary_printed() throws IOException {
        raw(48, 0);
        Files.writeString(dir.resolve("weather.csv"), "building_id,timestamp_hour,temperature_c,humidity,solar_irradiance_ghi,"
                + "is_holiday_flag\nb1,2024-01-01T00:00:00Z,1.5,80,0,0\n");
        Files.writeString(dir.resolve("buildings.csv"), "building_id,latitude,longitude\nb1,48.85,2.35\n");
        Files.writeString(dir.resolve("apartments.csv"), "apartment_id,building_id\na0,b1\na1,b1\n");

        int code = run("ingest", "--raw", dir.resolve("raw").toString(), "--weather", dir.resolve("weather.csv").toString(),
                "--buildings", dir.resolve("buildings.csv").toString(), "--apartments", dir.resolve("apartments.csv").toString(),
                "--lake", dir.resolve("lake").toString(), "--quarantine", dir.resolve("q.jsonl").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().trim()).startsWith("{\"command\":\"ingest\",\"report\":{\"files\":1,\"lines_read\":48,")
                .contains("\"lake\":{\"days_written\":2,", "\"weather_buildings\":1", "\"apartments_not_in_topology\":1");
        assertThat(dir.resolve("lake/year=2024/month=1/day=2/readings.parquet")).exists();
        assertThat(dir.resolve("q.jsonl")).exists();
    }

    @Test
    void given_too_many_bad_lines_when_ingested_then_the_exit_code_is_1_and_the_message_names_share_and_file() throws IOException {
        Path file = raw(10, 2);

        int code = run("ingest", "--raw", file.toString(), "--lake", dir.resolve("lake").toString(),
                "--max-quarantine-share", "0.05");

        assertThat(code).isEqualTo(IotadCli.EXIT_RUN_FAILED);
        assertThat(err.toString()).contains("iotad ingest:", "16.6667% (2 of 12 lines)", "at most 5.0000%", file.toString());
        assertThat(dir.resolve("lake/_quarantine")).isDirectoryContaining(p -> p.toString().endsWith(".jsonl"));
        assertThat(dir.resolve("lake/year=2024")).doesNotExist();
    }

    @Test
    void given_a_raw_folder_without_jsonl_files_when_ingested_then_it_fails_naming_the_folder_and_writes_no_lake() throws IOException {
        Path empty = dir.resolve("raw");
        Files.createDirectories(empty);
        Files.writeString(empty.resolve("notes.txt"), "nothing");

        int code = run("ingest", "--raw", empty.toString(), "--lake", dir.resolve("lake").toString());

        assertThat(code).isEqualTo(IotadCli.EXIT_RUN_FAILED);
        assertThat(err.toString()).contains(empty.toString(), "no raw meter file");
        assertThat(out.toString()).isEmpty();
        assertThat(dir.resolve("lake")).doesNotExist();
    }

    @Test
    void given_a_plain_file_named_jsonl_gz_when_ingested_then_it_fails_naming_the_lost_file_and_writes_no_day()
            throws IOException {
        Path file = raw(48, 0);
        Path misnamed = file.resolveSibling("day2.jsonl.gz");
        Files.write(misnamed, List.of(line("a0", "2024-01-03T00:00:00Z", 100)));

        int code = run("ingest", "--raw", file.getParent().toString(), "--lake", dir.resolve("lake").toString());

        assertThat(code).isEqualTo(IotadCli.EXIT_RUN_FAILED);
        assertThat(err.toString()).contains(misnamed.toString(), "not_gzip", "0 lines read", "restore it");
        assertThat(dir.resolve("lake/year=2024")).doesNotExist();
    }

    @Test
    void given_a_share_outside_0_1_when_ingested_then_it_is_a_usage_error() throws IOException {
        Path file = raw(1, 0);

        int code = run("ingest", "--raw", file.toString(), "--lake", dir.resolve("lake").toString(), "--max-quarantine-share", "2");

        assertThat(code).isEqualTo(IotadCli.EXIT_USAGE);
        assertThat(err.toString()).contains("maxQuarantineShare");
    }
}
