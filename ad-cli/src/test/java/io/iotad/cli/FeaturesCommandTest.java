package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureFrameCsv;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iotad features} on the hand-checked edge fixture of DATA-CONTRACT §3 (expected.csv made by the pandas reference). */
class FeaturesCommandTest {
    @TempDir
    Path tmp;

    private static String[] run(String... args) {
        CliRun r = CliRun.of(args);
        return new String[] {Integer.toString(r.exit()), r.out(), r.err()};
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(FeaturesCommandTest.class.getClassLoader().getResource("features-edge/" + name).toURI());
    }

    @Test
    void given_the_edge_fixture_when_writing_csv_then_it_equals_the_reference_and_a_json_summary_is_printed() throws Exception {
        Path out = tmp.resolve("features.csv");

        String[] r = run("features", "--raw", fixture("raw").toString(), "--weather", fixture("weather.csv").toString(),
                "--out", out.toString(), "--max-quarantine-share", "0.5", "--no-contract", "--threads", "2");

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).startsWith("{\"rows\":7,").contains("\"quarantined_lines\":2", "\"readings\":", "\"features_s\":", "\"total_s\":");
        assertThat(r[2]).contains("iotad features: features 1/1 (100%)");
        FeatureFrame expected = FeatureFrameCsv.read(fixture("expected.csv"), List.of(), Set.of()).frame();
        FeatureFrame actual = FeatureFrameCsv.read(out, expected.schema().names(), Set.of()).frame();
        assertThat(actual.rowCount()).isEqualTo(7);
        for (int i = 0; i < 7; i++) {
            assertThat(actual.key(i)).isEqualTo(expected.key(i));
            for (int c = 0; c < expected.schema().size(); c++) {
                double e = expected.value(i, c);
                double a = actual.value(i, c);
                assertThat(Double.isNaN(e) ? Double.isNaN(a) : Math.abs(a - e) <= Math.max(1e-12, 1e-9 * Math.abs(e)))
                        .as("%s %s: expected %s, got %s", actual.key(i), expected.schema().names().get(c), e, a).isTrue();
            }
        }
    }

    @Test
    void given_a_parquet_target_and_optional_extractors_when_run_then_duckdb_reads_the_rows_with_nulls_for_missing() throws Exception {
        Path out = tmp.resolve("features.parquet");

        String[] r = run("features", "--raw", fixture("raw").toString(), "--weather", fixture("weather.csv").toString(),
                "--out", out.toString(), "--max-quarantine-share", "0.5", "--no-contract", "--extractors", "calendar,energy_lag_2d");

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), count(daily_energy_kwh), min(event_date)::VARCHAR, max(day_of_week), "
                     + "typeof(any_value(hdd)), count(energy_lag_2d) FROM read_parquet('" + out + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(7);
            assertThat(rs.getLong(2)).isEqualTo(3);
            assertThat(rs.getString(3)).isEqualTo("2024-01-01");
            assertThat(rs.getDouble(4)).isEqualTo(7.0);
            assertThat(rs.getString(5)).isEqualTo("DOUBLE");
            assertThat(rs.getLong(6)).isEqualTo(2);
        }
    }

    @Test
    void given_the_contract_when_energy_is_missing_beyond_the_limit_then_the_run_fails_naming_feature_rate_and_limit() throws Exception {
        Path report = tmp.resolve("report.json");

        String[] r = run("features", "--raw", fixture("raw").toString(), "--weather", fixture("weather.csv").toString(),
                "--out", tmp.resolve("f.csv").toString(), "--max-quarantine-share", "0.5", "--report", report.toString());

        assertThat(r[0]).isEqualTo(Integer.toString(IotadCli.EXIT_RUN_FAILED));
        assertThat(r[2]).contains("data contract, batch", "'daily_energy_kwh'", "57.1% missing", "(4 of 7)", "limit 5.0%");
        assertThat(tmp.resolve("f.csv")).doesNotExist();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.at("/contract/passed").asBoolean()).isFalse();
        assertThat(json.at("/contract/checks/0/feature").asText()).isEqualTo("daily_energy_kwh");
        assertThat(json.at("/ingest/quarantined_lines").asLong()).isEqualTo(2);
        assertThat(json.at("/featurePipeline/outputSchema").size()).isEqualTo(10);
        assertThat(json.at("/summary/rows").asLong()).isEqualTo(7);
    }

    @Test
    void given_a_raw_folder_without_jsonl_files_when_run_then_it_fails_naming_the_folder_and_writes_nothing() throws Exception {
        Path empty = tmp.resolve("raw");
        java.nio.file.Files.createDirectories(empty);
        java.nio.file.Files.writeString(empty.resolve("readme.txt"), "no data here");
        Path out = tmp.resolve("f.csv");

        String[] r = run("features", "--raw", empty.toString(), "--weather", fixture("weather.csv").toString(),
                "--out", out.toString());

        assertThat(r[0]).isEqualTo(Integer.toString(IotadCli.EXIT_RUN_FAILED));
        assertThat(r[2]).contains(empty.toString(), "no raw meter file");
        assertThat(r[1]).doesNotContain("contract_passed");
        assertThat(out).doesNotExist();
    }

    @Test
    void given_a_truncated_gzip_day_when_run_then_it_fails_naming_the_file_instead_of_writing_zero_consumption()
            throws Exception {
        Path raw = tmp.resolve("raw");
        java.nio.file.Files.createDirectories(raw);
        java.nio.file.Files.copy(fixture("raw/p.jsonl"), raw.resolve("p.jsonl"));
        StringBuilder day = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            day.append(String.format(java.util.Locale.ROOT, "{\"timestamp_str\": \"2024-01-08T%02d:%02d:%02dZ\", "
                    + "\"building_id\": \"b1\", \"apartment_id\": \"a1\", \"readings\": [{\"sensor_type\": "
                    + "\"heating_energy_kwh\", \"value\": %d}]}%n", i / 3600, (i / 60) % 60, i % 60, 1000 + i));
        }
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write(day.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path cut = raw.resolve("q.jsonl.gz");
        java.nio.file.Files.write(cut, java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2));
        Path out = tmp.resolve("f.csv");

        String[] r = run("features", "--raw", raw.toString(), "--weather", fixture("weather.csv").toString(),
                "--out", out.toString(), "--max-quarantine-share", "0.5", "--no-contract");

        assertThat(r[0]).as(r[2]).isEqualTo(Integer.toString(IotadCli.EXIT_RUN_FAILED));
        assertThat(r[2]).contains(cut.toString(), "truncated_gzip", "lines read before it", "the rest of the file is lost");
        assertThat(out).doesNotExist();
    }

    @Test
    void given_no_contract_when_run_then_the_summary_reports_the_contract_as_not_checked() throws Exception {
        String[] r = run("features", "--raw", fixture("raw").toString(), "--weather", fixture("weather.csv").toString(),
                "--out", tmp.resolve("f.csv").toString(), "--max-quarantine-share", "0.5", "--no-contract");

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        JsonNode json = new ObjectMapper().readTree(r[1].strip());
        assertThat(json.get("contract_checked").asBoolean()).isFalse();
        assertThat(json.get("contract_passed").isNull()).as(r[1]).isTrue();
    }

    @Test
    void given_bad_options_when_run_then_it_exits_with_the_usage_code_naming_the_option() throws Exception {
        String raw = fixture("raw").toString();
        String weather = fixture("weather.csv").toString();

        String[] ext = run("features", "--raw", raw, "--weather", weather, "--out", tmp.resolve("f.txt").toString());
        String[] tz = run("features", "--raw", raw, "--weather", weather, "--out", tmp.resolve("f.csv").toString(), "--tz", "Mars/Base");
        String[] name = run("features", "--raw", raw, "--weather", weather, "--out", tmp.resolve("f.csv").toString(), "--extractors", "magic");
        String[] stale = run("features", "--raw", raw, "--weather", weather, "--out", tmp.resolve("f.csv").toString(), "--stale-hours", "0");

        assertThat(ext[0]).isEqualTo(Integer.toString(IotadCli.EXIT_USAGE));
        assertThat(ext[2]).contains("--out must end in .csv or .parquet");
        assertThat(tz[0]).isEqualTo(Integer.toString(IotadCli.EXIT_USAGE));
        assertThat(tz[2]).contains("--tz must be a zone id");
        assertThat(name[0]).isEqualTo(Integer.toString(IotadCli.EXIT_USAGE));
        assertThat(name[2]).contains("unknown extractor 'magic'");
        assertThat(stale[2]).contains("staleHours must be in (0, 8760.0]");
    }

    @Test
    void given_an_out_path_without_a_file_name_or_naming_a_folder_when_run_then_it_is_a_usage_error_not_a_null_pointer()
            throws Exception {
        String raw = fixture("raw").toString();
        String weather = fixture("weather.csv").toString();
        Path folder = java.nio.file.Files.createDirectories(tmp.resolve("looks.csv"));

        String[] root = run("features", "--raw", raw, "--weather", weather, "--out", "/");
        String[] dir = run("features", "--raw", raw, "--weather", weather, "--out", folder.toString());

        assertThat(root[0]).isEqualTo(Integer.toString(IotadCli.EXIT_USAGE));
        assertThat(root[2]).contains("--out must name a file ending in .csv or .parquet, got '/'")
                .doesNotContain("Cannot invoke", "NullPointerException");
        assertThat(dir[0]).isEqualTo(Integer.toString(IotadCli.EXIT_USAGE));
        assertThat(dir[2]).contains("--out " + folder + " is a folder");
    }
}
