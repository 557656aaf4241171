package io.iotad.pipeline.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.run.WorkflowRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 14: a day in the lookback without any weather must not block scoring a later day; the
 * contract checks the scored days, and the lookback's gaps are reported in the run report.
 */
class LookbackGapInferenceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-11T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path shared;
    private static TinyPortfolio portfolio;
    private static FileModelRegistry registry;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainAndApprove() throws IOException {
        portfolio = TinyPortfolio.simulate(shared.resolve("portfolio"), 12, 4, 30, 31L);
        registry = new FileModelRegistry(shared.resolve("registry"), CLOCK);
        portfolio.trainAndApprove(IotadConfig.defaults().withOverrides(List.of("training.holdout_days=5")), registry, CLOCK,
                shared.resolve("training"));
    }

    @Test
    void given_a_lookback_day_without_weather_when_the_last_day_is_scored_then_it_passes_and_reports_the_gap() throws Exception {
        LocalDate day = portfolio.lastDay();
        LocalDate past = day.minusDays(3);
        Telemetry gap = portfolio.withoutWeather(past, portfolio.telemetry().buildings().keySet());
        InferenceOutcome outcome;
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("alerts.db"))) {
            outcome = new InferenceWorkflow(IotadConfig.defaults(), registry, alerts, CLOCK, ProgressListener.NONE,
                    WorkflowRun.StepListener.NONE).run(TelemetrySource.loaded(gap), day, day, dir.resolve("run"));
        }

        assertThat(outcome.report().succeeded()).isTrue();
        JsonNode facts = new ObjectMapper().readTree(dir.resolve("run/run_report.json").toFile()).at("/steps/1/facts");
        assertThat(facts.get("lookback_missing").get("avg_outdoor_temp_c").asLong()).isGreaterThanOrEqualTo(12);
        assertThat(facts.get("lookback_rows").asInt()).isPositive();
    }
}
