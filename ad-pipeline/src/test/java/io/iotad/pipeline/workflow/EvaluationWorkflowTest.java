package io.iotad.pipeline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.features.scoring.ModelScoring;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.run.StepFailedException;
import io.iotad.pipeline.run.WorkflowRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evaluation workflow scores as the training workflow's evaluation does: evaluating a model on
 * the data it was trained on reproduces its training metrics bit for bit, for detectors that read
 * history (STL, a persistence rule) as for row-wise ones. The evaluate command once scored the
 * holdout alone, and STL then saw a 10-day series per apartment.
 */
class EvaluationWorkflowTest {
    private static final String PERSISTENCE = "training.hyperparameters={rules: [{type: persistence, name: cold, "
            + "feature: avg_temp_diff, op: '<', value: -1.0, days: 3}]}";

    private static final TinyPortfolio PORTFOLIO = TinyPortfolio.shared(16, 4, 60, 31L);

    @TempDir
    Path dir;

    private static IotadConfig config(String strategy, String... more) {
        List<String> overrides = new java.util.ArrayList<>(List.of("training.holdout_days=14", "training.train_days=35",
                "training.model_strategy=" + strategy));
        overrides.addAll(List.of(more));
        return IotadConfig.defaults().withOverrides(overrides);
    }

    private TrainingOutcome train(IotadConfig config, Path out) throws IOException {
        return PORTFOLIO.train(config, new FileModelRegistry(dir.resolve("registry")), Clock.systemUTC(), out);
    }

    private EvaluationOutcome evaluate(IotadConfig config, LoadedModel model, Labels labels, DaySelection days)
            throws IOException {
        return new EvaluationWorkflow(config, Clock.systemUTC(), ProgressListener.NONE, WorkflowRun.StepListener.NONE)
                .run("model.tar.gz", model, TelemetrySource.files(PORTFOLIO.inputs(),
                        new TelemetryLoader(config, null, ProgressListener.NONE)), labels, true, days, dir.resolve("eval"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stl", "rules", "isolation_forest"})
    void given_a_model_and_its_training_data_when_evaluated_on_the_default_days_then_the_metrics_equal_training(
            String strategy) throws IOException {
        IotadConfig config = strategy.equals("rules") ? config(strategy, PERSISTENCE) : config(strategy);
        TrainingOutcome trained = train(config, dir.resolve("train"));
        LoadedModel model = ModelArtifact.read(trained.artifact());

        EvaluationOutcome evaluated = evaluate(config, model, PORTFOLIO.labels(), DaySelection.defaults());

        assertThat(evaluated.from()).isEqualTo(trained.split().holdoutFrom());
        assertThat(evaluated.to()).isEqualTo(trained.split().holdoutTo());
        assertThat(evaluated.evaluation().metrics()).isEqualTo(trained.evaluation().metrics());
        assertThat(evaluated.evaluation().unscored()).isEqualTo(trained.evaluation().unscored());
        assertThat(evaluated.scores().values())
                .containsExactly(trained.split().scoreHoldout(model.detector(), allFeatures(model)).values());
    }

    @Test
    void given_an_stl_model_when_the_holdout_is_scored_alone_then_it_differs_so_the_context_matters() throws IOException {
        TrainingOutcome trained = train(config("stl"), dir.resolve("train"));
        LoadedModel model = ModelArtifact.read(trained.artifact());
        Scores alone = model.detector().score(trained.split().holdout(allFeatures(model)));

        EvaluationOutcome evaluated = evaluate(config("stl"), model, PORTFOLIO.labels(), DaySelection.defaults());

        assertThat(model.detector().historyDays()).isPositive();
        assertThat(alone.values()).isNotEqualTo(evaluated.scores().values());
    }

    @Test
    void given_explicit_days_when_evaluated_then_only_they_are_scored_and_every_output_is_written() throws Exception {
        IotadConfig config = config("isolation_forest");
        LoadedModel model = ModelArtifact.read(train(config, dir.resolve("train")).artifact());
        LocalDate from = PORTFOLIO.lastDay().minusDays(6);

        EvaluationOutcome r = evaluate(config, model, PORTFOLIO.labels(), DaySelection.of(from, PORTFOLIO.lastDay()));

        assertThat(r.scores().size()).isEqualTo(16 * 7);
        assertThat(r.report().succeeded()).isTrue();
        assertThat(r.metrics()).containsKey(io.iotad.eval.EvaluationResult.THROUGHPUT_DEVIATION);
        assertThat(r.verdict().passed()).isTrue();
        assertThat(r.reportJson()).isRegularFile();
        assertThat(r.reportHtml()).isRegularFile();
        assertThat(r.scoresCsv()).isRegularFile();
        JsonNode report = new ObjectMapper().readTree(dir.resolve("eval/run_report.json").toFile());
        assertThat(report.get("workflow").asText()).isEqualTo(EvaluationWorkflow.NAME);
        assertThat(report.get("steps").findValuesAsText("name")).containsExactly("ValidateSchema", "FeatureEngineering",
                "BatchScore", "ModelEvaluation", "CheckEvaluation");
        assertThat(r.ingest().apartments()).isEqualTo(16);
    }

    @Test
    void given_days_the_data_does_not_cover_or_no_labels_when_evaluated_then_each_is_refused_naming_it() throws IOException {
        IotadConfig config = config("isolation_forest");
        LoadedModel model = ModelArtifact.read(train(config, dir.resolve("train")).artifact());
        LocalDate far = LocalDate.of(2030, 1, 1);

        assertThatThrownBy(() -> evaluate(config, model, PORTFOLIO.labels(), DaySelection.of(far, far.plusDays(3))))
                .isInstanceOf(StepFailedException.class).hasMessageContaining("no feature rows between 2030-01-01 and 2030-01-04");
        assertThatThrownBy(() -> evaluate(config, model, Labels.empty(), DaySelection.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no labels");
        assertThatThrownBy(() -> DaySelection.of(far, far.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is before the first day");
    }

    private static io.iotad.core.frame.FeatureFrame allFeatures(LoadedModel model) {
        return new ModelScoring("m", model, io.iotad.features.contract.DataContract.none(), ProgressListener.NONE)
                .features(PORTFOLIO.telemetry().apartments(), PORTFOLIO.telemetry().weather(), new java.util.HashMap<>());
    }
}
