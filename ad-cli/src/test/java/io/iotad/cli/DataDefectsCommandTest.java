package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's data defects, as a user meets them on the command line: absurd timestamps (item 4) and glitch
 * readings (item 5) in an otherwise healthy simulated portfolio.
 */
class DataDefectsCommandTest extends OperationsFixtureTest {
    private static String line(String apt, String building, String ts, double energy) {
        return "{\"timestamp_str\": \"" + ts + "\", \"building_id\": \"" + building + "\", \"apartment_id\": \"" + apt
                + "\", \"readings\": [{\"sensor_type\": \"heating_energy_kwh\", \"value\": " + energy + "}]}";
    }

    /** @return a copy of the fixture's portfolio, with extra raw lines in {@code raw/<day>/part-900.jsonl} */
    private Path portfolioWith(String day, String... lines) throws IOException {
        Path copy = dir.resolve("portfolio");
        try (Stream<Path> walk = Files.walk(fx.data())) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.naturalOrder())::iterator) {
                Path to = copy.resolve(fx.data().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Files.write(Files.createDirectories(copy.resolve("raw").resolve(day)).resolve("part-900.jsonl"), List.of(lines));
        return copy;
    }

    /** The first apartment and building of the fixture's feed. */
    private static String[] firstApartment() throws IOException {
        String header;
        String row;
        try (var r = Files.newBufferedReader(fx.data().resolve("apartments.csv"))) {
            header = r.readLine();
            row = r.readLine();
        }
        List<String> cols = List.of(header.split(","));
        String[] cells = row.split(",");
        return new String[] {cells[cols.indexOf("apartment_id")], cells[cols.indexOf("building_id")]};
    }

    @Test
    void given_a_1970_and_a_2099_reading_when_ingested_then_they_are_quarantined_and_no_such_partition_is_written()
            throws Exception {
        String[] a = firstApartment();
        Path data = portfolioWith("2024-10-05", line(a[0], a[1], "1970-01-01T00:00:00Z", 1.0),
                line(a[0], a[1], "2099-01-01T00:00:00Z", 2.0));
        Path lake = dir.resolve("lake");

        CliRun r = CliRun.of("ingest", "--raw", data.resolve("raw").toString(), "--lake", lake.toString());

        assertThat(r.exit()).as(r.both()).isZero();
        JsonNode reasons = r.json().at("/report/quarantined_by_reason");
        assertThat(reasons.get("timestamp_too_old").asLong()).isEqualTo(1);
        assertThat(reasons.get("timestamp_in_future").asLong()).isEqualTo(1);
        assertThat(lake.resolve("year=1970")).doesNotExist();
        assertThat(lake.resolve("year=2099")).doesNotExist();
        assertThat(lake.resolve("year=2024")).isDirectory();
    }

    @Test
    void given_a_1970_reading_for_one_apartment_when_features_are_computed_then_the_portfolio_runs_on_its_real_days()
            throws Exception {
        String[] a = firstApartment();
        Path data = portfolioWith("2024-10-05", line(a[0], a[1], "1970-01-01T00:00:00Z", 1.0));
        Path out = dir.resolve("f.csv");

        CliRun r = CliRun.of("features", "--raw", data.resolve("raw").toString(), "--weather",
                data.resolve("weather.csv").toString(), "--out", out.toString(), "--no-contract");

        assertThat(r.exit()).as(r.both()).isZero();
        assertThat(r.json().get("rows").asInt()).isEqualTo(20 * 40);
        assertThat(Files.readString(out)).doesNotContain("1970-");
    }

    @Test
    void given_a_stray_2099_line_when_scored_without_dates_then_the_real_last_day_is_scored() throws Exception {
        String[] a = firstApartment();
        Path data = portfolioWith("2024-11-09", line(a[0], a[1], "2099-01-01T00:00:00Z", 1.0));

        CliRun r = CliRun.of("score", "--registry", fx.registry().toString(), "--data", data.toString(),
                "--alerts", dir.resolve("alerts.db").toString(), "--out", dir.resolve("score").toString());

        assertThat(r.exit()).as(r.both()).isZero();
        assertThat(r.json().get("to").asText()).isEqualTo("2024-11-09");
        assertThat(Files.readString(dir.resolve("score/quarantine.jsonl"))).contains("timestamp_in_future");
    }

    @Test
    void given_one_counter_glitch_when_features_run_then_the_default_fails_and_quarantine_apartment_day_reports_the_day()
            throws Exception {
        String[] a = firstApartment();
        Path data = portfolioWith("2024-10-20", line(a[0], a[1], "2024-10-20T12:00:30Z", 0.0));
        Path report = dir.resolve("report.json");

        CliRun failed = CliRun.of("features", "--raw", data.resolve("raw").toString(), "--weather",
                data.resolve("weather.csv").toString(), "--out", dir.resolve("f.csv").toString());
        CliRun quarantined = CliRun.of("features", "--raw", data.resolve("raw").toString(), "--weather",
                data.resolve("weather.csv").toString(), "--out", dir.resolve("q.csv").toString(),
                "--range-violations", "quarantine_apartment_day", "--report", report.toString());
        CliRun bad = CliRun.of("features", "--raw", data.resolve("raw").toString(), "--weather",
                data.resolve("weather.csv").toString(), "--out", dir.resolve("b.csv").toString(), "--range-violations", "skip");

        failed.assertRunFailed("'daily_energy_kwh'", a[0], "2024-10-20", "expected within [0.0, 1000.0]");
        assertThat(quarantined.exit()).as(quarantined.both()).isZero();
        assertThat(quarantined.json().get("quarantined_apartment_days").asInt()).isEqualTo(1);
        JsonNode listed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile()).get("quarantined_apartment_days");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("apartment_id").asText()).isEqualTo(a[0]);
        assertThat(listed.get(0).get("event_date").asText()).isEqualTo("2024-10-20");
        bad.assertUsageError("--range-violations must be fail or quarantine_apartment_day, got skip");
    }

    @Test
    void given_a_past_day_without_weather_when_features_check_only_the_scored_day_then_it_passes_and_reports_the_gap()
            throws Exception {
        Path data = portfolioWith("2024-11-09");
        List<String> weather = Files.readAllLines(data.resolve("weather.csv"));
        weather.removeIf(l -> l.contains(",2024-11-01T"));
        Files.write(data.resolve("weather.csv"), weather);

        CliRun all = CliRun.of("features", "--raw", data.resolve("raw").toString(), "--weather",
                data.resolve("weather.csv").toString(), "--out", dir.resolve("all.csv").toString());
        CliRun scored = CliRun.of("features", "--raw", data.resolve("raw").toString(), "--weather",
                data.resolve("weather.csv").toString(), "--out", dir.resolve("day.csv").toString(),
                "--contract-from", "2024-11-09", "--contract-to", "2024-11-09");
        CliRun half = CliRun.of("features", "--raw", data.resolve("raw").toString(), "--weather",
                data.resolve("weather.csv").toString(), "--out", dir.resolve("x.csv").toString(), "--contract-from", "2024-11-09");

        all.assertRunFailed("day 2024-11-01", "'avg_outdoor_temp_c'");
        assertThat(scored.exit()).as(scored.both()).isZero();
        JsonNode j = scored.json();
        assertThat(j.get("contract_days").asText()).isEqualTo("2024-11-09..2024-11-09");
        assertThat(j.get("contract_passed").asBoolean()).isTrue();
        assertThat(j.at("/lookback_missing/avg_outdoor_temp_c").asLong()).isEqualTo(20);
        assertThat(j.get("rows").asInt()).isEqualTo(20 * 40);
        half.assertUsageError("--contract-from and --contract-to go together");
    }

    @Test
    void given_limits_outside_their_ranges_when_ingesting_then_the_option_is_a_usage_error() throws Exception {
        Path raw = Files.createDirectories(dir.resolve("raw"));
        Files.write(raw.resolve("p.jsonl"), new ArrayList<>(List.of(line("a", "b", "2024-01-01T00:00:00Z", 1))));

        CliRun r = CliRun.of("ingest", "--raw", raw.toString(), "--lake", dir.resolve("lake").toString(), "--max-late-days", "-1");
        CliRun f = CliRun.of("features", "--raw", raw.toString(), "--weather", raw.toString(), "--out",
                dir.resolve("f.csv").toString(), "--max-reading-age-days", "0");

        r.assertUsageError("maxLateDays must be in [0, 3660], was -1");
        f.assertUsageError("maxReadingAgeDays must be in [1, 36600], was 0");
    }
}
