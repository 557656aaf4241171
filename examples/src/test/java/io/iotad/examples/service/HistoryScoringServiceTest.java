package io.iotad.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelStatus;
import io.iotad.core.score.Scores;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import io.iotad.pipeline.labels.LabelsCsv;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.run.WorkflowRun;
import io.iotad.pipeline.workflow.InferenceOutcome;
import io.iotad.pipeline.workflow.InferenceWorkflow;
import io.iotad.pipeline.workflow.PortfolioInputs;
import io.iotad.pipeline.workflow.Telemetry;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import io.iotad.pipeline.workflow.TrainingWorkflow;
import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.SimulationOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: the service once scored the requested day alone, so a detector that looks back along
 * each apartment's days (STL, the history rules) saw a one-day series and ranked nothing. It now
 * scores the day in the context of its history, as the inference workflow does.
 */
class HistoryScoringServiceTest {
    private static final LocalDate START = LocalDate.of(2024, 11, 1);
    private static final LocalDate LAST = START.plusDays(39);

    @TempDir
    Path dir;

    @Test
    void given_an_approved_stl_model_when_a_day_is_scored_then_the_ranking_is_not_empty_and_equals_the_inference_workflows()
            throws IOException {
        Path data = dir.resolve("data");
        new PortfolioSimulator(SimulationOptions.builder().apartments(12).buildings(3).days(40).startDate(START).seed(5L)
                .weatherGaps(0).build()).run(data);
        IotadConfig config = IotadConfig.defaults().withOverrides(List.of("training.holdout_days=10",
                "training.model_strategy=stl", "feature_engineering.null_rate_limit=0.10"));
        PortfolioInputs inputs = PortfolioInputs.inDirectory(data);
        Telemetry telemetry = new TelemetryLoader(config, null, ProgressListener.NONE).load(inputs, new HashMap<>());
        FileModelRegistry registry = new FileModelRegistry(dir.resolve("registry"));
        ModelPackage pkg = new TrainingWorkflow(config, registry, Clock.systemUTC(), ProgressListener.NONE,
                WorkflowRun.StepListener.NONE).run(TelemetrySource.loaded(telemetry), LabelsCsv.read(inputs.labels()), true,
                dir.resolve("training")).registered().orElseThrow();
        registry.updateStatus(pkg.group(), pkg.version(), ModelStatus.APPROVED, "approved by the test");

        List<ScoredApartment> ranking = new ApprovedModelScoringService(registry, "global", 0.10)
                .scoreDay(LAST, telemetry.apartments(), telemetry.weather());

        InferenceOutcome workflow;
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("alerts.db"))) {
            workflow = new InferenceWorkflow(config, registry, alerts, Clock.systemUTC(), ProgressListener.NONE,
                    WorkflowRun.StepListener.NONE).run(TelemetrySource.loaded(telemetry), LAST, LAST, dir.resolve("inference"));
        }
        Scores s = workflow.scores();
        Map<String, Double> expected = new HashMap<>();
        for (int i = 0; i < s.size(); i++) {
            if (!Double.isNaN(s.score(i))) {
                expected.put(s.rows().apartmentId(i), s.score(i));
            }
        }
        assertThat(expected).hasSize(12);
        assertThat(ranking).hasSize(12);
        for (ScoredApartment a : ranking) {
            assertThat(a.score()).as(a.apartmentId()).isEqualTo(expected.get(a.apartmentId()));
        }
    }
}
