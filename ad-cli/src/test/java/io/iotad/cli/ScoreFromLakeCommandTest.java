package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iotad score --lake}: the daily run from the processed zone scores as the run from the raw files. */
class ScoreFromLakeCommandTest {
    @TempDir
    static Path shared;
    private static OperationsFixture fixture;
    private static Path lake;

    @TempDir
    Path dir;

    @BeforeAll
    static void ingest() throws Exception {
        fixture = OperationsFixture.create(shared);
        lake = shared.resolve("lake");
        CliRun ingest = CliRun.of("ingest", "--raw", fixture.data().resolve("raw").toString(), "--lake", lake.toString());
        assertThat(ingest.exit()).as(ingest.both()).isZero();
    }

    private CliRun score(String name, String... source) {
        List<String> args = new java.util.ArrayList<>(List.of("score", "--registry", fixture.registry().toString(),
                "--alerts", dir.resolve(name + ".db").toString(), "--out", dir.resolve(name).toString()));
        args.addAll(List.of(source));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void given_an_ingested_lake_when_the_last_day_is_scored_then_scores_equal_the_raw_files_run_and_only_the_window_is_read()
            throws Exception {
        CliRun fromLake = score("lake", "--lake", lake.toString(), "--weather", fixture.data().resolve("weather.csv").toString(),
                "--buildings", fixture.data().resolve("buildings.csv").toString());
        assertThat(fromLake.exit()).as(fromLake.both()).isZero();
        JsonNode j = fromLake.json();
        LocalDate last = LocalDate.parse(j.get("to").asText());
        CliRun fromFiles = score("files", "--data", fixture.data().toString(), "--to", last.toString());
        assertThat(fromFiles.exit()).as(fromFiles.both()).isZero();

        assertThat(j.get("from").asText()).isEqualTo(last.toString());
        assertThat(fromFiles.json().get("to").asText()).isEqualTo(last.toString());
        List<String> lakeScores = Files.readAllLines(dir.resolve("lake/scores.csv"));
        assertThat(lakeScores).hasSizeGreaterThan(1).isEqualTo(Files.readAllLines(dir.resolve("files/scores.csv")));

        JsonNode report = new ObjectMapper().readTree(dir.resolve("lake/run_report.json").toFile());
        String text = report.toString();
        assertThat(text).contains("processed zone").contains("\"lookback_days\"");
        int lookback = report.findValue("lookback_days").asInt();
        assertThat(lookback).isPositive();
        assertThat(report.findValue("partitions").asLong()).isLessThanOrEqualTo(lookback + 1L)
                .isLessThan(40L);
    }

    @Test
    void given_lake_with_raw_or_without_buildings_when_scoring_then_usage_names_the_missing_or_mixed_options() {
        CliRun mixed = score("mixed", "--lake", lake.toString(), "--data", fixture.data().toString());
        mixed.assertUsageError("--lake", "--data");

        CliRun incomplete = score("incomplete", "--lake", lake.toString(), "--weather",
                fixture.data().resolve("weather.csv").toString());
        incomplete.assertUsageError("--buildings");

        CliRun missing = score("missing", "--lake", dir.resolve("nowhere").toString(), "--weather",
                fixture.data().resolve("weather.csv").toString(), "--buildings", fixture.data().resolve("buildings.csv").toString());
        missing.assertUsageError("nowhere", "iotad ingest --lake");
    }
}
