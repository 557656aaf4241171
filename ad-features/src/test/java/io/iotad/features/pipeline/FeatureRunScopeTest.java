package io.iotad.features.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.progress.ProgressListener;
import io.iotad.features.contract.ContractViolationException;
import io.iotad.features.contract.DataContract;
import io.iotad.features.ingest.IngestOptions;
import io.iotad.features.weather.WeatherOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 14: the contract of a scoring run checks the days to be scored; a bad weather day in the
 * lookback is input whose gaps stay missing (NaN) and are reported, not a reason to refuse today.
 */
class FeatureRunScopeTest {
    private static final LocalDate D0 = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 12;
    private static final LocalDate GAP = D0.plusDays(3);

    @TempDir
    Path dir;

    @BeforeEach
    void portfolio() throws IOException {
        List<String> raw = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            double counter = 1000 * (a + 1);
            for (int h = 0; h < DAYS * 24; h++) {
                counter += 0.4 + (h % 5) * 0.1;
                raw.add(String.format(Locale.ROOT, "{\"timestamp_str\": \"%sT%02d:00:00Z\", \"building_id\": \"b1\", "
                        + "\"apartment_id\": \"a%d\", \"readings\": [{\"sensor_type\": \"heating_energy_kwh\", \"value\": %.1f}, "
                        + "{\"sensor_type\": \"room_temp_c\", \"room_name\": \"lr\", \"value\": 20.5}, "
                        + "{\"sensor_type\": \"setpoint_temp_c\", \"room_name\": \"lr\", \"value\": 21.0}]}",
                        D0.plusDays(h / 24), h % 24, a, counter));
            }
        }
        Files.createDirectories(dir.resolve("raw"));
        Files.write(dir.resolve("raw/feed.jsonl"), raw);
        StringBuilder w = new StringBuilder("building_id,timestamp_hour,temperature_c\n");
        for (int h = -24; h < (DAYS + 1) * 24; h++) {
            LocalDate day = D0.plusDays(Math.floorDiv(h, 24));
            if (!day.equals(GAP)) { // the weather feed failed on one past day
                w.append("b1,").append(day).append(String.format(Locale.ROOT, "T%02d:00:00Z,%.1f%n", Math.floorMod(h, 24), 3.0));
            }
        }
        Files.writeString(dir.resolve("weather.csv"), w);
    }

    private FeatureRun run() {
        return new FeatureRun(FeaturePipelineSpec.standard(), IngestOptions.defaults(), WeatherOptions.defaults(),
                DataContract.standard(), 2);
    }

    @Test
    void given_a_past_day_without_weather_when_all_days_are_checked_then_the_run_fails_on_that_day() {
        assertThatThrownBy(() -> run().run(List.of(dir.resolve("raw")), List.of(dir.resolve("weather.csv")), null,
                ProgressListener.NONE))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("day " + GAP);
    }

    @Test
    void given_a_past_day_without_weather_when_only_the_scored_days_are_checked_then_the_run_passes_and_reports_the_gap()
            throws IOException {
        LocalDate last = D0.plusDays(DAYS - 1);

        FeatureRunResult r = run().runForDays(List.of(dir.resolve("raw")), List.of(dir.resolve("weather.csv")), null,
                last.minusDays(1), last, ProgressListener.NONE);

        assertThat(r.contract().passed()).isTrue();
        assertThat(r.contract().rows()).isEqualTo(8);
        assertThat(r.frame().rowCount()).isEqualTo(4 * DAYS); // the lookback rows are computed, with their gaps
        Map<String, Object> summary = r.summary();
        assertThat(summary).containsEntry("contract_days", last.minusDays(1) + ".." + last)
                .containsEntry("lookback_rows", 4 * (DAYS - 2));
        @SuppressWarnings("unchecked")
        Map<String, Long> missing = (Map<String, Long>) summary.get("lookback_missing");
        assertThat(missing).containsEntry("avg_outdoor_temp_c", 4L).containsEntry("hdd", 4L);
        int t = r.frame().schema().require("avg_outdoor_temp_c");
        for (int i = 0; i < r.frame().rowCount(); i++) {
            assertThat(Double.isNaN(r.frame().value(i, t))).isEqualTo(r.frame().eventDate(i).equals(GAP));
        }
    }

    @Test
    void given_a_scope_that_ends_before_it_starts_when_run_then_it_is_refused() {
        assertThatThrownBy(() -> run().runForDays(List.of(dir.resolve("raw")), List.of(dir.resolve("weather.csv")), null,
                D0.plusDays(5), D0.plusDays(4), ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-01-05 is before 2024-01-06");
    }

    @Test
    void given_scored_days_outside_the_data_when_run_then_it_is_refused_naming_the_days_the_data_covers() {
        assertThatThrownBy(() -> run().runForDays(List.of(dir.resolve("raw")), List.of(dir.resolve("weather.csv")), null,
                D0.plusDays(30), D0.plusDays(31), ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no feature rows between 2024-01-31 and 2024-02-01")
                .hasMessageContaining("2024-01-01..2024-01-12");
    }
}
