package io.iotad.pipeline.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.artifact.ModelManifest;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelStatus;
import io.iotad.core.score.Labels;
import io.iotad.eval.EvaluationResult;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.run.WorkflowRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.io.TempDir;

class TrainingWorkflowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-11T04:00:00Z"), ZoneOffset.UTC);
    private static final List<String> STEPS = List.of("ValidateSchema", "FeatureEngineering", "ModelTraining",
            "ModelEvaluation", "CheckEvaluation", "RegisterModel");

    private static final TinyPortfolio PORTFOLIO = TinyPortfolio.shared(20, 4, 40, 11L);

    @TempDir
    Path dir;

    private TrainingOutcome train(IotadConfig config, FileModelRegistry registry) throws IOException {
        return new TrainingWorkflow(config, registry, CLOCK, ProgressListener.NONE, WorkflowRun.StepListener.NONE)
                .run(TelemetrySource.files(PORTFOLIO.inputs(), new TelemetryLoader(config, null, ProgressListener.NONE)),
                        PORTFOLIO.labels(), true, dir.resolve("run"));
    }

    private static JsonNode runReport(Path runDir) throws IOException {
        return new ObjectMapper().readTree(runDir.resolve("run_report.json").toFile());
    }

    @Test
    void given_a_gate_the_model_meets_when_trained_then_a_pending_version_records_spec_lineage_and_metrics() throws IOException {
        IotadConfig config = IotadConfig.defaults().withOverrides(List.of("training.holdout_days=10",
                "evaluation.metrics_thresholds.max_throughput_deviation=10", "feature_engineering.hdd_base_c=16"));
        FileModelRegistry registry = new FileModelRegistry(dir.resolve("registry"), CLOCK);

        TrainingOutcome outcome = train(config, registry);

        assertThat(outcome.verdict().passed()).isTrue();
        assertThat(outcome.report().status()).isEqualTo(WorkflowRun.SUCCEEDED);
        ModelPackage pkg = outcome.registered().orElseThrow();
        assertThat(pkg.status()).isEqualTo(ModelStatus.PENDING_MANUAL_APPROVAL);
        assertThat(registry.list("global")).extracting(ModelPackage::id, ModelPackage::status)
                .containsExactly(Tuple.tuple(pkg.id(), ModelStatus.PENDING_MANUAL_APPROVAL));
        assertThat(registry.latestApproved("global")).isEmpty();

        ModelManifest manifest = ModelArtifact.readManifest(registry.artifactPath(pkg));
        FeaturePipelineSpec expected = FeatureEngineering.specFrom(config.featureEngineering());
        assertThat(FeaturePipelineSpec.fromMap(manifest.featurePipeline()).toMap()).isEqualTo(expected.toMap());
        assertThat(manifest.features()).isEqualTo(expected.outputSchema().names());
        assertThat(manifest.lineage().firstDate()).isEqualTo(outcome.split().trainFrom());
        assertThat(manifest.lineage().lastDate()).isEqualTo(outcome.split().trainTo());
        assertThat(manifest.lineage().contentHash()).isNotBlank();
        assertThat(manifest.metrics()).containsKey(EvaluationResult.THROUGHPUT_DEVIATION);
        outcome.evaluation().metrics().forEach((k, v) -> {
            if (Double.isFinite(v)) {
                assertThat(manifest.metrics()).containsEntry(k, v);
            }
        });
        assertThat(pkg.metadata()).containsEntry("run_id", outcome.report().runId());
        assertThat(((Number) pkg.metadata().get("training_rows")).longValue()).isEqualTo(manifest.lineage().rows());
        assertThat(outcome.reportJson()).isRegularFile();
        assertThat(outcome.reportHtml()).isRegularFile();

        JsonNode report = runReport(dir.resolve("run"));
        assertThat(report.get("status").asText()).isEqualTo(WorkflowRun.SUCCEEDED);
        List<String> names = new ArrayList<>();
        report.get("steps").forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).isEqualTo(STEPS);
        report.get("steps").forEach(s -> assertThat(s.get("status").asText()).isEqualTo("Succeeded"));
        long featureRows = report.at("/steps/1/facts/rows").asLong();
        long trainRows = report.at("/steps/2/facts/rows").asLong();
        long holdoutRows = report.at("/steps/3/facts/rows").asLong();
        assertThat(report.at("/steps/0/facts/readings").asLong()).isPositive();
        assertThat(report.at("/steps/0/facts/apartments").asInt()).isEqualTo(20);
        assertThat(featureRows).isPositive();
        assertThat(trainRows).isPositive().isEqualTo(manifest.lineage().rows());
        assertThat(holdoutRows).isPositive();
        assertThat(trainRows + holdoutRows).isEqualTo(featureRows);
    }

    @Test
    void given_a_gate_above_the_model_when_trained_then_evaluation_fails_nothing_is_registered_and_the_reason_is_named()
            throws IOException {
        IotadConfig config = IotadConfig.defaults().withOverrides(List.of("training.holdout_days=10",
                "evaluation.metrics_thresholds.min_roc_auc=0.99"));
        FileModelRegistry registry = new FileModelRegistry(dir.resolve("registry"), CLOCK);

        TrainingOutcome outcome = train(config, registry);

        double roc = outcome.evaluation().metrics().get(EvaluationResult.ROC_AUC);
        assertThat(outcome.verdict().passed()).isFalse();
        assertThat(outcome.report().status()).isEqualTo(WorkflowRun.EVALUATION_FAILED);
        assertThat(outcome.registered()).isEmpty();
        assertThat(registry.list("global")).isEmpty();
        assertThat(outcome.artifact()).doesNotExist();
        String value = Double.isNaN(roc) ? "undefined (NaN)" : String.format(Locale.ROOT, "%.4f", roc);
        assertThat(outcome.verdict().reasons()).singleElement().asString()
                .contains("roc_auc").contains(value).contains("0.9900").contains("min_roc_auc");

        JsonNode report = runReport(dir.resolve("run"));
        assertThat(report.get("status").asText()).isEqualTo(WorkflowRun.EVALUATION_FAILED);
        List<String> names = new ArrayList<>();
        report.get("steps").forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).isEqualTo(STEPS.subList(0, 5));
        assertThat(report.at("/steps/4/facts/passed").asBoolean(true)).isFalse();
        assertThat(report.at("/steps/4/facts/summary").asText()).startsWith("FAILED").contains("roc_auc");
        assertThat(Files.readString(outcome.reportJson())).contains("roc_auc");
    }

    @Test
    void given_feedback_without_a_verdict_on_the_holdout_days_when_trained_then_metrics_are_undefined_and_a_threshold_fails()
            throws IOException {
        // the first unsupervised model of a portfolio: no technician has resolved an alert yet
        IotadConfig config = IotadConfig.defaults().withOverrides(List.of("training.holdout_days=10"));
        TrainingOutcome open = new TrainingWorkflow(config, new FileModelRegistry(dir.resolve("registry-1"), CLOCK), CLOCK,
                ProgressListener.NONE, WorkflowRun.StepListener.NONE)
                .run(TelemetrySource.loaded(PORTFOLIO.telemetry()), Labels.empty(), false, dir.resolve("run-1"));

        assertThat(open.report().status()).isEqualTo(WorkflowRun.SUCCEEDED);
        assertThat(open.evaluation().evaluated()).isZero();
        assertThat(open.evaluation().excludedWithoutVerdict()).isEqualTo(open.evaluation().rows()).isPositive();
        assertThat(open.evaluation().metrics().get(EvaluationResult.ROC_AUC)).isNaN();
        assertThat(open.registered()).isPresent();

        TrainingOutcome gated = new TrainingWorkflow(config.withOverrides(List.of("evaluation.metrics_thresholds.min_pr_auc=0.1")),
                new FileModelRegistry(dir.resolve("registry-2"), CLOCK), CLOCK, ProgressListener.NONE, WorkflowRun.StepListener.NONE)
                .run(TelemetrySource.loaded(PORTFOLIO.telemetry()), Labels.empty(), false, dir.resolve("run-2"));
        assertThat(gated.report().status()).isEqualTo(WorkflowRun.EVALUATION_FAILED);
        assertThat(gated.verdict().reasons()).singleElement().asString().contains("pr_auc").contains("undefined (NaN)");
    }

    @Test
    void with_complete_labels_a_supervised_fit_reads_every_unlabelled_training_day_as_normal_and_with_feedback_none()
            throws IOException {
        IotadConfig config = IotadConfig.defaults().withOverrides(List.of("training.holdout_days=10",
                "training.model_strategy=xgboost", "training.hyperparameters={trees: 5, max_depth: 2}",
                "evaluation.metrics_thresholds.max_throughput_deviation=10"));
        FileModelRegistry registry = new FileModelRegistry(dir.resolve("registry"), CLOCK);
        TrainingWorkflow workflow = new TrainingWorkflow(config, registry, CLOCK, ProgressListener.NONE,
                WorkflowRun.StepListener.NONE);
        int trainRows = 20 * (40 - 10);
        long labelledTrainRows = PORTFOLIO.labels().all().stream()
                .filter(l -> l.eventDate().isBefore(PORTFOLIO.firstDay().plusDays(40 - 10))).count();

        TrainingOutcome complete = workflow.run(TelemetrySource.loaded(PORTFOLIO.telemetry()), PORTFOLIO.labels(), true,
                dir.resolve("complete"));
        TrainingOutcome feedback = workflow.run(TelemetrySource.loaded(PORTFOLIO.telemetry()), PORTFOLIO.labels(), false,
                dir.resolve("feedback"));

        // ground truth: the 600 training apartment-days less those with a verdict become non-faults for the fit
        assertThat(training(complete).facts().get("unlabelled_as_normal")).isEqualTo((int) (trainRows - labelledTrainRows));
        // technicians' feedback: an unvisited day stays unknown, nothing is added
        assertThat(training(feedback).facts()).doesNotContainKey("unlabelled_as_normal");
    }

    private static io.iotad.pipeline.run.StepReport training(TrainingOutcome outcome) {
        return outcome.report().steps().stream().filter(s -> s.name().equals("ModelTraining")).findFirst().orElseThrow();
    }
}
