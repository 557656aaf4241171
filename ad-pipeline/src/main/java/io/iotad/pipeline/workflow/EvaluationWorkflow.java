package io.iotad.pipeline.workflow;

import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.detect.BatchScoring;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.eval.EvaluationResult;
import io.iotad.eval.gate.GateVerdict;
import io.iotad.eval.report.EvaluationReport;
import io.iotad.eval.report.EvaluationReportJson;
import io.iotad.eval.report.HtmlReport;
import io.iotad.features.scoring.ModelScoring;
import io.iotad.pipeline.run.RunReport;
import io.iotad.pipeline.run.StepFailedException;
import io.iotad.pipeline.run.WorkflowRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The evaluation workflow: scores days of a portfolio with a trained model and evaluates the scores
 * against labels, as named steps {@code ValidateSchema → FeatureEngineering → BatchScore →
 * ModelEvaluation → CheckEvaluation}. It scores as the training workflow's evaluation and inference
 * do ({@link ModelScoring}): the feature pipeline rebuilt from the artifact, the days scored in the
 * context of the days before them. Its default days are the training split's holdout days
 * ({@code training.holdout_days} before the end of the data), and the days are scored in the context
 * the training workflow's evaluation gives them: from the split's first training day, or from the
 * first evaluated day when that is earlier. So evaluating a model on the data it was trained on
 * reproduces its training evaluation, for history-reading detectors (STL, history rules) too.
 *
 * <p>Outputs under the run's directory: {@code evaluation_report.json}, {@code evaluation_report.html},
 * {@code scores.csv}, {@code run_report.json}. The gate ({@code evaluation.metrics_thresholds}) is
 * reported in the outcome, not enforced: the run succeeds either way.
 */
public final class EvaluationWorkflow {
    /** The workflow's name. */
    public static final String NAME = "ADEvaluationWorkflow";

    private final IotadConfig config;
    private final Clock clock;
    private final ProgressListener progress;
    private final WorkflowRun.StepListener steps;

    /**
     * @param config the run's configuration (training split, evaluation, inference policy, data contract)
     * @param clock the clock of timestamps
     * @param progress progress of long steps
     * @param steps told when steps start and end
     */
    public EvaluationWorkflow(IotadConfig config, Clock clock, ProgressListener progress, WorkflowRun.StepListener steps) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    /**
     * Runs the workflow.
     *
     * @param modelId the model's name in the report, e.g. {@code global/3} or the artifact's path
     * @param model the verified artifact
     * @param source the telemetry
     * @param labels verdicts, at least one
     * @param labelsComplete true when every fault is labelled (ground truth: unlabelled apartment-days
     *     count as normal), false for feedback (they are left out)
     * @param days the days to evaluate; a missing end defaults to the holdout's
     * @param outDir where the reports and scores go
     * @return what the run produced
     * @throws IOException when outputs cannot be written
     * @throws IllegalArgumentException when there are no labels, or the artifact records no feature pipeline
     * @throws StepFailedException naming the failed step (the run report is written first)
     */
    public EvaluationOutcome run(String modelId, LoadedModel model, TelemetrySource source, Labels labels,
                                 boolean labelsComplete, DaySelection days, Path outDir) throws IOException {
        Objects.requireNonNull(days, "days");
        if (labels.size() == 0) {
            throw new IllegalArgumentException("no labels to evaluate model " + modelId + " against");
        }
        ModelScoring scoring = new ModelScoring(modelId, model,
                FeatureEngineering.contractFrom(config.featureEngineering(), false),
                FeatureEngineering.quarantineFrom(config.featureEngineering()), progress);
        Files.createDirectories(outDir);
        WorkflowRun run = new WorkflowRun(NAME, clock, steps);
        try {
            return runSteps(run, scoring, source, labels, labelsComplete, days, outDir);
        } catch (StepFailedException e) {
            run.finish(WorkflowRun.FAILED).writeJson(outDir.resolve("run_report.json"));
            throw e;
        }
    }

    private EvaluationOutcome runSteps(WorkflowRun run, ModelScoring scoring, TelemetrySource source, Labels labels,
                                       boolean labelsComplete, DaySelection days, Path outDir) throws IOException {
        int lookback = scoring.lookbackDays(config.featureEngineering().lookbackDays());
        Telemetry telemetry = run.step("ValidateSchema", facts -> days.from().isPresent() && days.to().isPresent()
                ? source.load(days.from().get(), days.to().get(), lookback, facts) : source.load(facts));
        LocalDate[] range = new LocalDate[3]; // first evaluated day, last, first day of their context
        FeatureFrame all = run.step("FeatureEngineering", facts -> {
            FeatureFrame rows = scoring.features(telemetry.apartments(), telemetry.weather(), facts);
            TrainingSplit split = TrainingSplit.of(rows, config.training());
            range[0] = days.from().orElse(split.holdoutFrom());
            range[1] = days.to().orElse(split.holdoutTo());
            if (range[1].isBefore(range[0])) {
                throw new IllegalArgumentException("the days to evaluate are empty: " + range[0] + " .. " + range[1]
                        + " (the holdout is " + split.holdoutFrom() + ".." + split.holdoutTo() + ")");
            }
            range[2] = range[0].isBefore(split.trainFrom()) ? range[0] : split.trainFrom();
            facts.put("from", range[0].toString());
            facts.put("to", range[1].toString());
            facts.put("context_from", range[2].toString());
            return scoring.checkDays(rows, range[0], range[1], facts);
        });
        LocalDate from = range[0];
        LocalDate to = range[1];
        Path scoresCsv = outDir.resolve("scores.csv");
        Scores scores = run.step("BatchScore", facts -> {
            Scores s = scoring.score(BatchScoring.days(all, range[2], to), from, to, facts);
            ScoresCsv.write(s, scoresCsv);
            return s;
        });
        EvaluationResult evaluation = run.step("ModelEvaluation", facts -> {
            EvaluationResult r = ScoreEvaluation.evaluate(scores, labels, telemetry,
                    ScoreEvaluation.options(config, labelsComplete));
            facts.put("rows", scores.size());
            facts.put("unscored", r.unscored());
            facts.putAll(ScoreEvaluation.finite(r.metrics()));
            return r;
        });
        Map<String, Double> metrics = ScoreEvaluation.metrics(evaluation, scores, config);
        Path json = outDir.resolve(EvaluationReportJson.FILE_NAME);
        Path html = outDir.resolve(HtmlReport.FILE_NAME);
        GateVerdict verdict = run.step("CheckEvaluation", facts -> {
            GateVerdict v = ScoreEvaluation.gate(metrics, config);
            ScoreEvaluation.write(EvaluationReport.of("iotad evaluation: " + scoring.modelId() + " on " + from + ".." + to,
                    scoring.modelId(), evaluation, null, v, clock.instant()), json, html);
            facts.put("passed", v.passed());
            facts.put("summary", v.summary());
            return v;
        });
        RunReport report = run.finish(WorkflowRun.SUCCEEDED);
        report.writeJson(outDir.resolve("run_report.json"));
        return new EvaluationOutcome(report, scoring.modelId(), scoring.model().manifest().strategy(), from, to, scores,
                evaluation, metrics, verdict, telemetry.ingest(), json, html, scoresCsv);
    }
}
