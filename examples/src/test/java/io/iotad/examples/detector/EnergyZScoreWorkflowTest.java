package io.iotad.examples.detector;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelStatus;
import io.iotad.examples.service.ApprovedModelScoringService;
import io.iotad.examples.service.ScoredApartment;
import io.iotad.pipeline.labels.LabelsCsv;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.run.WorkflowRun;
import io.iotad.pipeline.workflow.PortfolioInputs;
import io.iotad.pipeline.workflow.Telemetry;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import io.iotad.pipeline.workflow.TrainingOutcome;
import io.iotad.pipeline.workflow.TrainingWorkflow;
import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.SimulationOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The custom strategy plugged in by name only: configuration names it, the workflows find it through the ServiceLoader. */
class EnergyZScoreWorkflowTest {
    private static final LocalDate START = LocalDate.of(2024, 11, 1);

    @TempDir
    Path dir;

    @Test
    void given_the_strategy_named_in_configuration_when_the_training_workflow_runs_then_it_trains_registers_and_scores()
            throws IOException {
        Path data = dir.resolve("data");
        new PortfolioSimulator(SimulationOptions.builder().apartments(20).buildings(4).days(40).startDate(START).seed(9L)
                .weatherGaps(0).build()).run(data);
        IotadConfig config = IotadConfig.defaults().withOverrides(List.of("training.model_strategy=energy_zscore",
                "training.hyperparameters={min_days: 5}", "training.holdout_days=10"));
        PortfolioInputs inputs = PortfolioInputs.inDirectory(data);
        Telemetry telemetry = new TelemetryLoader(config, null, ProgressListener.NONE).load(inputs, new HashMap<>());
        FileModelRegistry registry = new FileModelRegistry(dir.resolve("registry"));

        TrainingOutcome outcome = new TrainingWorkflow(config, registry, Clock.systemUTC(), ProgressListener.NONE,
                WorkflowRun.StepListener.NONE).run(TelemetrySource.loaded(telemetry), LabelsCsv.read(inputs.labels()), true,
                dir.resolve("training"));

        assertThat(outcome.report().succeeded()).isTrue();
        ModelPackage pkg = outcome.registered().orElseThrow();
        assertThat(pkg.metadata()).containsEntry("strategy", EnergyZScoreStrategy.NAME);
        LoadedModel model = ModelArtifact.read(registry.artifactPath(pkg));
        assertThat(model.manifest().strategy()).isEqualTo(EnergyZScoreStrategy.NAME);
        assertThat(model.manifest().options()).containsEntry("min_days", 5);
        assertThat(model.detector()).isInstanceOf(EnergyZScoreStrategy.EnergyZScoreDetector.class);

        registry.updateStatus(pkg.group(), pkg.version(), ModelStatus.APPROVED, "approved by the test");
        List<ScoredApartment> ranking = new ApprovedModelScoringService(registry, "global", 0.10)
                .scoreDay(outcome.split().holdoutTo(), telemetry.apartments(), telemetry.weather());
        assertThat(ranking).isNotEmpty();
        assertThat(ranking.get(0).modelVersion()).isEqualTo(pkg.id());
        assertThat(ranking).allSatisfy(a -> assertThat(a.score()).isNotNegative());
    }
}
