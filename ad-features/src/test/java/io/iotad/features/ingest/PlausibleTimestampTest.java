package io.iotad.features.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.progress.ProgressListener;
import io.iotad.features.readings.ApartmentReadings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 4: a well-formed but absurd timestamp (a clock reset to 1970, a 2099) is quarantined with a
 * named reason instead of stretching one apartment over 130 years (which stopped the whole portfolio),
 * creating {@code year=1970} partitions or becoming the last day to score.
 */
class PlausibleTimestampTest {
    private static final Instant NOW = Instant.parse("2024-02-01T12:00:00Z");

    @TempDir
    Path dir;

    private static List<String> hourly(String apt, String day, int hours) {
        List<String> lines = new ArrayList<>();
        for (int h = 0; h < hours; h++) {
            lines.add(RawLines.line(apt, "b1", String.format("%sT%02d:00:00Z", day, h), 100 + h, 20.0));
        }
        return lines;
    }

    private RawIngestor ingestor(PlausibleTimestamps window) {
        return new RawIngestor(IngestOptions.defaults().withMaxQuarantineShare(1.0).withPlausibleTimestamps(window).withClock(NOW));
    }

    @Test
    void given_a_dated_folder_when_lines_lie_far_from_its_day_then_they_are_quarantined_with_named_reasons() throws IOException {
        List<String> lines = hourly("a1", "2024-01-05", 24);
        lines.add(RawLines.line("a2", "b1", "1970-01-01T00:00:00Z", 1, 20));          // clock reset
        lines.add(RawLines.line("a2", "b1", "2099-06-01T00:00:00Z", 2, 20));          // far future
        lines.add(RawLines.line("a2", "b1", "2023-11-20T00:00:00Z", 3, 20));          // 46 days before the file's day
        lines.add(RawLines.line("a2", "b1", "2024-01-07T06:00:00Z", 4, 20));          // more than a day after it
        lines.add(RawLines.line("a2", "b1", "2024-01-02T10:00:00Z", 5, 20));          // 3 days late: kept
        lines.add(RawLines.line("a2", "b1", "2024-01-06T20:00:00Z", 6, 20));          // within a day after: kept
        RawLines.write(dir.resolve("raw/2024-01-05/part-000.jsonl"), lines);

        IngestResult result = ingestor(PlausibleTimestamps.defaults()).ingest(List.of(dir.resolve("raw")), ProgressListener.NONE);

        assertThat(result.quarantine()).extracting(QuarantineRecord::reason).containsExactly(
                QuarantineReason.TIMESTAMP_TOO_OLD, QuarantineReason.TIMESTAMP_IN_FUTURE,
                QuarantineReason.TIMESTAMP_OUTSIDE_FILE_DAY, QuarantineReason.TIMESTAMP_OUTSIDE_FILE_DAY);
        assertThat(result.quarantine().get(2).detail()).contains("2023-11-20T00:00:00Z", "46 days before 2024-01-05",
                "the day the file's path names", "max_late_days = 31");
        assertThat(result.quarantine().get(1).detail()).contains("after the run's clock 2024-02-01T12:00:00Z",
                "max_future_hours = 24");
        assertThat(result.quarantine().get(0).detail()).contains("max_reading_age_days = 3660");
        ApartmentReadings a2 = result.apartments().get(1);
        assertThat(a2.reportInstants()).containsExactly(Instant.parse("2024-01-02T10:00:00Z").getEpochSecond() * 1_000_000_000L,
                Instant.parse("2024-01-06T20:00:00Z").getEpochSecond() * 1_000_000_000L);
        assertThat(result.report().quarantinedByReason()).containsEntry("timestamp_outside_file_day", 2L)
                .containsEntry("timestamp_in_future", 1L).containsEntry("timestamp_too_old", 1L);
    }

    @Test
    void given_an_undated_file_when_lines_lie_before_the_age_limit_or_after_the_clock_then_they_are_quarantined()
            throws IOException {
        List<String> lines = hourly("a1", "2024-01-05", 3);
        lines.add(RawLines.line("a1", "b1", "1970-01-01T00:00:00Z", 1, 20));
        lines.add(RawLines.line("a1", "b1", "2024-02-03T00:00:00Z", 2, 20)); // 36 h after the clock
        lines.add(RawLines.line("a1", "b1", "2019-01-01T00:00:00Z", 3, 20)); // five years old: kept by default
        RawLines.write(dir.resolve("feed.jsonl"), lines);

        IngestResult result = ingestor(PlausibleTimestamps.defaults()).ingest(List.of(dir.resolve("feed.jsonl")), ProgressListener.NONE);

        assertThat(result.quarantine()).extracting(QuarantineRecord::reason)
                .containsExactly(QuarantineReason.TIMESTAMP_TOO_OLD, QuarantineReason.TIMESTAMP_IN_FUTURE);
        assertThat(result.report().readingsKept()).isEqualTo(8);
    }

    @Test
    void given_narrower_limits_when_ingested_then_they_apply() throws IOException {
        List<String> lines = hourly("a1", "2024-01-05", 2);
        lines.add(RawLines.line("a1", "b1", "2024-01-03T00:00:00Z", 1, 20)); // 2 days late
        lines.add(RawLines.line("a1", "b1", "2024-02-01T13:00:00Z", 2, 20)); // 1 h after the clock (and after the file's day)
        RawLines.write(dir.resolve("raw/day=2024-01-05/p.jsonl"), lines);

        IngestResult result = ingestor(new PlausibleTimestamps(1, 0, 3660)).ingest(List.of(dir.resolve("raw")), ProgressListener.NONE);

        assertThat(result.quarantine()).extracting(QuarantineRecord::reason)
                .containsExactly(QuarantineReason.TIMESTAMP_OUTSIDE_FILE_DAY, QuarantineReason.TIMESTAMP_IN_FUTURE);
    }

    @Test
    void given_paths_when_reading_the_day_they_name_then_the_innermost_date_wins_and_ambiguous_names_name_none() {
        assertThat(FileDay.of(Path.of("2024-10-05/part-000.jsonl.gz"))).contains(LocalDate.of(2024, 10, 5));
        assertThat(FileDay.of(Path.of("2024-10-01/late/2024-10-05/p.jsonl"))).contains(LocalDate.of(2024, 10, 5));
        assertThat(FileDay.of(Path.of("date=2024-10-05/p.jsonl"))).contains(LocalDate.of(2024, 10, 5));
        assertThat(FileDay.of(Path.of("year=2024/month=3/day=7/p.jsonl"))).contains(LocalDate.of(2024, 3, 7));
        assertThat(FileDay.of(Path.of("2024-10-01/readings_2024-10-05.jsonl"))).contains(LocalDate.of(2024, 10, 5));
        assertThat(FileDay.of(Path.of("export-2024-10-01-to-2024-10-31.jsonl"))).isEqualTo(Optional.empty());
        assertThat(FileDay.of(Path.of("2024-13-45/p.jsonl"))).isEmpty();
        assertThat(FileDay.of(Path.of("p.jsonl"))).isEmpty();
        assertThat(FileDay.of(Path.of("12024-10-05/p.jsonl"))).isEmpty();
    }

    @Test
    void given_a_date_above_the_raw_folder_when_ingested_then_it_is_not_the_file_day() throws IOException {
        Path raw = dir.resolve("2023-06-01/raw");
        RawLines.write(raw.resolve("feed.jsonl"), hourly("a1", "2024-01-05", 3));

        IngestResult result = ingestor(PlausibleTimestamps.defaults()).ingest(List.of(raw), ProgressListener.NONE);

        assertThat(result.quarantine()).isEmpty();
    }

    @Test
    void given_limits_outside_their_ranges_when_constructed_then_the_message_names_the_limit() {
        assertThatThrownBy(() -> new PlausibleTimestamps(-1, 24, 3660)).hasMessageContaining("maxLateDays")
                .hasMessageContaining("[0, 3660]");
        assertThatThrownBy(() -> new PlausibleTimestamps(31, 8761, 3660)).hasMessageContaining("maxFutureHours")
                .hasMessageContaining("[0, 8760]");
        assertThatThrownBy(() -> new PlausibleTimestamps(31, 24, 0)).hasMessageContaining("maxReadingAgeDays")
                .hasMessageContaining("[1, 36600]");
    }
}
