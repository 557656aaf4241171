package io.iotad.pipeline.workflow;

import io.iotad.core.IotadVersion;
import io.iotad.core.artifact.ArtifactAttachments;
import io.iotad.core.artifact.ArtifactMetadata;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.artifact.ModelManifest;
import io.iotad.core.artifact.TrainingLineage;
import io.iotad.core.artifact.TrainingProvenance;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorTrainer;
import io.iotad.core.detect.FitContext;
import io.iotad.core.explain.FeatureBaseline;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.eval.EvaluationOptions;
import io.iotad.eval.EvaluationResult;
import io.iotad.eval.backtest.BacktestResult;
import io.iotad.eval.gate.GateVerdict;
import io.iotad.eval.report.EvaluationReport;
import io.iotad.eval.report.HtmlReport;
import io.iotad.pipeline.alerting.ThresholdFromLabels;
import io.iotad.pipeline.monitoring.FeatureProfile;
import io.iotad.pipeline.monitoring.FeatureProfiler;
import io.iotad.pipeline.monitoring.HddBands;
import io.iotad.pipeline.run.RunReport;
import io.iotad.pipeline.run.StepFailedException;
import io.iotad.pipeline.run.WorkflowRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The training workflow, with the seed's Step Functions states as named steps:
 * {@code ValidateSchema → FeatureEngineering → ModelTraining → ModelEvaluation → CheckEvaluation →
 * RegisterModel}. A model whose evaluation fails the gate is not registered (terminal state
 * {@code EvaluationFailed}); one that passes is registered as {@code PendingManualApproval}.
 *
 * <p>Outputs under the run's directory: {@code model.tar.gz}, {@code evaluation_report.json},
 * {@code evaluation_report.html}, {@code run_report.json}. The artifact carries the
 * feature profile of every row of the run, training and holdout days (for the inference drift step) and, with {@code training.threshold_from_labels=pr_curve},
 * the alert threshold chosen from the labelled holdout days.
 */
public final class TrainingWorkflow {
    /** The workflow's name, as the seed's state machine. */
    public static final String NAME = "ADTrainingWorkflow";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TrainingWorkflow.class);

    private final IotadConfig config;
    private final ModelRegistry registry;
    private final Clock clock;
    private final ProgressListener progress;
    private final WorkflowRun.StepListener steps;
    private final Map<String, Object> tuning;

    /**
     * @param config the run's configuration
     * @param registry where a passing model is registered
     * @param clock the clock of timestamps
     * @param progress progress of long steps
     * @param steps told when steps start and end
     */
    public TrainingWorkflow(IotadConfig config, ModelRegistry registry, Clock clock, ProgressListener progress,
                            WorkflowRun.StepListener steps) {
        this.config = Objects.requireNonNull(config, "config");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.steps = Objects.requireNonNull(steps, "steps");
        this.tuning = Map.of();
    }

    private TrainingWorkflow(TrainingWorkflow base, Map<String, Object> tuning) {
        this.config = base.config;
        this.registry = base.registry;
        this.clock = base.clock;
        this.progress = base.progress;
        this.steps = base.steps;
        this.tuning = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tuning));
    }

    /**
     * The lineage hook of tuning: the registered model's manifest ({@code provenance.tuning}) and registry
     * metadata ({@code tuning}) record where its hyperparameters came from.
     *
     * @param record what {@code iotad tune} chose and how (JSON-compatible; see
     *     {@code io.iotad.pipeline.tuning.TunedParameters#lineage()}); empty = not tuned
     * @return a copy of this workflow that records it
     */
    public TrainingWorkflow withTuningRecord(Map<String, Object> record) {
        return new TrainingWorkflow(this, record);
    }

    /**
     * Runs the workflow.
     *
     * @param source the telemetry
     * @param labels verdicts: technicians' feedback, or a simulator's ground truth
     * @param labelsComplete true when every fault is labelled (ground truth: apartment-days without a
     *     verdict count as normal in training and in the evaluation), false for feedback (they are left out of
     *     both: an unvisited day is unknown)
     * @param outDir where the artifact and reports go
     * @return what the run produced; its report says whether it succeeded
     * @throws IOException when outputs cannot be written
     * @throws StepFailedException naming the failed step (the run report is written first)
     */
    public TrainingOutcome run(TelemetrySource source, Labels labels, boolean labelsComplete, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        WorkflowRun run = new WorkflowRun(NAME, clock, steps);
        try {
            return runSteps(run, source, labels, labelsComplete, outDir);
        } catch (StepFailedException e) {
            run.finish(WorkflowRun.FAILED).writeJson(outDir.resolve("run_report.json"));
            throw e;
        }
    }

    private TrainingOutcome runSteps(WorkflowRun run, TelemetrySource source, Labels labels, boolean labelsComplete,
                                     Path outDir) throws IOException {
        Telemetry telemetry = run.step("ValidateSchema", source::load);
        FeatureEngineering fe = FeatureEngineering.of(FeatureEngineering.specFrom(config.featureEngineering()),
                config.featureEngineering(), false, progress);
        FeatureFrame all = run.step("FeatureEngineering", facts -> fe.compute(telemetry, facts));
        TrainingSplit split = TrainingSplit.of(all, config.training());
        FeatureSchema features = featureColumns(all);
        Map<String, String> archetypes = telemetry.archetypeByBuilding();
        Trained trained = run.step("ModelTraining", facts -> {
            FeatureFrame train = split.train(all).select(features);
            // complete ground truth: a training day without a verdict is a normal day, as the evaluation reads it
            Labels fitLabels = labelsComplete ? labels.completedAsNormal(train) : labels;
            if (labelsComplete) {
                facts.put("unlabelled_as_normal", fitLabels.size() - labels.size());
            }
            Trained global = train(train, fitLabels, facts);
            if (!config.training().groupedByArchetype()) {
                return global;
            }
            Map<String, Object> groups = new java.util.TreeMap<>();
            Map<String, Trained> own = fitArchetypes(train, fitLabels, archetypes, groups, progress);
            facts.put("model_grouping", config.training().modelGrouping());
            facts.put("groups", groups);
            return global.withArchetypes(own);
        });
        FeatureBaseline baseline = split.baseline(all, trained.detector.features());
        ArchetypeRouting routing = routing(trained, baseline, archetypes);
        Scores[] holdoutScores = new Scores[1];
        BacktestResult[] backtest = new BacktestResult[1];
        EvaluationResult evaluation = run.step("ModelEvaluation", facts -> {
            FeatureFrame holdout = split.holdout(all);
            long t0 = System.nanoTime();
            Scores scores = config.training().groupedByArchetype()
                    ? routing.score(TrainingSplit.between(all, split.trainFrom(), split.holdoutTo()), split.holdoutFrom(),
                            split.holdoutTo())
                    : split.scoreHoldout(trained.detector, baseline, all);
            holdoutScores[0] = scores;
            double scoreSeconds = (System.nanoTime() - t0) / 1e9;
            EvaluationOptions options = ScoreEvaluation.options(config, labelsComplete);
            EvaluationResult r = ScoreEvaluation.evaluate(scores, labels, telemetry, options);
            backtest[0] = WeeklyBacktest.run(split, all.select(features), labels, options,
                    (train, l) -> new StrategyFit(config.training()).quietly(train,
                            labelsComplete ? l.completedAsNormal(train) : l, archetypes));
            facts.put("backtest_weeks", backtest[0].weeks().size());
            config.evaluation().holdoutDataPath().ifPresent(path -> {
                // not silent: the local workflow evaluates on the holdout days; a separate evaluation set is read by
                // 'iotad evaluate --data' instead
                LOG.warn("evaluation.holdout_data_path={} is not read by the local training workflow; it evaluates on the "
                        + "last training.holdout_days days; run 'iotad evaluate' on that data instead", path);
                facts.put("holdout_data_path_not_read", path);
            });
            facts.put("holdout_from", split.holdoutFrom().toString());
            facts.put("holdout_to", split.holdoutTo().toString());
            facts.put("rows", holdout.rowCount());
            facts.put("unscored", r.unscored());
            facts.put("score_seconds", scoreSeconds);
            facts.putAll(ScoreEvaluation.finite(r.metrics()));
            return r;
        });
        Map<String, Double> metrics = ScoreEvaluation.metrics(evaluation, holdoutScores[0], config);
        Path json = outDir.resolve("evaluation_report.json");
        Path html = outDir.resolve(HtmlReport.FILE_NAME);
        String title = "iotad evaluation: " + trained.detector.strategy() + " on " + split.holdoutFrom() + ".." + split.holdoutTo();
        GateVerdict verdict = run.step("CheckEvaluation", facts -> {
            GateVerdict v = ScoreEvaluation.gate(metrics, config);
            ScoreEvaluation.write(EvaluationReport.of(title, "unregistered (" + run.runId() + ")", evaluation, backtest[0], v,
                    clock.instant()), json, html);
            facts.put("passed", v.passed());
            facts.put("summary", v.summary());
            return v;
        });
        Path artifact = outDir.resolve("model.tar.gz");
        ThresholdFromLabels.Outcome threshold = config.thresholdFromLabels().enabled()
                ? ThresholdFromLabels.choose(holdoutScores[0], labels, labelsComplete,
                        config.thresholdFromLabels().visitsPerDay(), config.thresholdFromLabels().minLabelledDays())
                : new ThresholdFromLabels.Outcome(Optional.empty(), "training.threshold_from_labels=none");
        if (!verdict.passed()) {
            RunReport report = run.finish(WorkflowRun.EVALUATION_FAILED);
            report.writeJson(outDir.resolve("run_report.json"));
            return new TrainingOutcome(report, split, evaluation, verdict, Optional.empty(), artifact, json, html,
                    telemetry.ingest(), java.util.List.of());
        }
        java.util.List<ModelPackage> archetypeModels = new java.util.ArrayList<>();
        ModelPackage pkg = run.step("RegisterModel", facts -> {
            // the same seed, thread count and verdicts fit the global and the archetypes' models
            TrainingProvenance provenance = TrainingProvenance.of(fitContext(ProgressListener.NONE), labels).withTuning(tuning);
            ArtifactMetadata meta = ArtifactMetadata.of(trained.lineage)
                    .withProvenance(provenance)
                    .withFeaturePipeline(fe.spec().toMap())
                    .withMetrics(ScoreEvaluation.finite(metrics))
                    .withCreatedAt(clock.instant())
                    .withFeatureBaseline(baseline);
            FeatureProfile profile = FeatureProfiler.profile(all,
                    new java.util.HashSet<>(config.featureEngineering().weatherFeatureCols()),
                    new HddBands(config.monitoring().hddBandWidth()));
            ArtifactAttachments attachments = ArtifactAttachments.NONE
                    .with(ArtifactAttachments.FEATURE_PROFILE, profile.toJson());
            if (threshold.choice().isPresent()) {
                attachments = attachments.with(ArtifactAttachments.ALERT_POLICY, threshold.choice().get().toJson());
            }
            ModelManifest manifest = ModelArtifact.write(artifact, trained.detector, meta, attachments);
            facts.put("feature_profile_entries", profile.entries().size());
            facts.put("threshold_from_labels", threshold.choice().<Object>map(ThresholdFromLabels.Choice::toMap)
                    .orElse(threshold.reason()));
            Map<String, Object> registryMeta = new LinkedHashMap<>();
            registryMeta.put("code_version", IotadVersion.version());
            registryMeta.put("strategy", manifest.strategy());
            registryMeta.put("options", manifest.options());
            registryMeta.put("features", manifest.features());
            registryMeta.put("metrics", ScoreEvaluation.finite(metrics));
            registryMeta.put("gate", verdict.summary());
            registryMeta.put("training_rows", trained.lineage.rows());
            registryMeta.put("training_from", String.valueOf(trained.lineage.firstDate()));
            registryMeta.put("training_to", String.valueOf(trained.lineage.lastDate()));
            registryMeta.put("training_content_sha256", trained.lineage.contentHash());
            registryMeta.put("run_id", run.runId());
            if (!tuning.isEmpty()) {
                registryMeta.put("tuning", tuning);
            }
            registryMeta.put("evaluation_report", json.toAbsolutePath().toString());
            threshold.choice().ifPresent(c -> {
                registryMeta.put("alert_threshold", c.threshold());
                registryMeta.put("alert_threshold_method", "pr_curve");
                registryMeta.put("visits_per_day", c.visitsPerDay());
            });
            ModelPackage p = registry.register(config.training().modelGroup(), artifact, registryMeta);
            Map<String, String> grouped = new java.util.TreeMap<>();
            for (Map.Entry<String, Trained> e : trained.archetypes.entrySet()) {
                ArchetypeRouting.Route route = routing.byArchetype().get(e.getKey());
                Path groupArtifact = outDir.resolve("model-" + e.getKey() + ".tar.gz");
                ModelArtifact.write(groupArtifact, route.detector(), ArtifactMetadata.of(e.getValue().lineage)
                        .withProvenance(provenance)
                        .withFeaturePipeline(fe.spec().toMap())
                        .withMetrics(ScoreEvaluation.finite(metrics))
                        .withCreatedAt(clock.instant())
                        .withFeatureBaseline(route.baseline()));
                Map<String, Object> groupMeta = new LinkedHashMap<>(registryMeta);
                groupMeta.put("archetype", e.getKey());
                groupMeta.put("fallback_group", config.training().modelGroup());
                groupMeta.put("training_rows", e.getValue().lineage.rows());
                groupMeta.put("training_content_sha256", e.getValue().lineage.contentHash());
                ModelPackage own = registry.register(route.group(), groupArtifact, groupMeta);
                archetypeModels.add(own);
                grouped.put(e.getKey(), own.id());
            }
            if (!grouped.isEmpty()) {
                facts.put("archetype_models", grouped);
            }
            ScoreEvaluation.write(EvaluationReport.of(title, p.id(), evaluation, backtest[0], verdict, clock.instant()), json, html);
            facts.put("model", p.id());
            facts.put("status", p.status().display());
            return p;
        });
        RunReport report = run.finish(WorkflowRun.SUCCEEDED);
        report.writeJson(outDir.resolve("run_report.json"));
        return new TrainingOutcome(report, split, evaluation, verdict, Optional.of(pkg), artifact, json, html,
                telemetry.ingest(), archetypeModels);
    }

    private FeatureSchema featureColumns(FeatureFrame all) {
        return config.training().featureColumns().isEmpty() ? all.schema()
                : FeatureSchema.of(config.training().featureColumns());
    }

    /**
     * Fits one model per archetype whose training rows pass the cold-start thresholds
     * ({@code training.min_group_rows}, and for a supervised strategy {@code training.min_group_faults});
     * the others are left to the global model. What was decided for each archetype goes to {@code groups}.
     */
    private Map<String, Trained> fitArchetypes(FeatureFrame train, Labels labels, Map<String, String> archetypes,
                                               Map<String, Object> groups, ProgressListener listener) {
        Map<String, Trained> own = new java.util.TreeMap<>();
        for (Map.Entry<String, FeatureFrame> e : ArchetypeColdStart.byArchetype(train, archetypes).entrySet()) {
            Map<String, Object> decision = new LinkedHashMap<>();
            FeatureFrame rows = e.getValue();
            decision.put("rows", rows.rowCount());
            decision.put("faults", (int) java.util.Arrays.stream(labels.align(rows)).filter(y -> y == 1).count());
            if (ArchetypeColdStart.enough(config.training(), trainer().supervised(), rows, labels, decision)) {
                Map<String, Object> ignored = new LinkedHashMap<>();
                own.put(e.getKey(), train(rows, labels, ignored));
                decision.put("model", config.training().archetypeGroup(e.getKey()));
            } else {
                decision.put("model", config.training().modelGroup());
                LOG.info("archetype {}: too little data for a model of its own ({}); the global model scores it",
                        e.getKey(), decision.get("fallback_reason"));
            }
            groups.put(e.getKey(), decision);
        }
        return own;
    }

    private ArchetypeRouting routing(Trained trained, FeatureBaseline baseline, Map<String, String> archetypes) {
        ArchetypeRouting.Route global = new ArchetypeRouting.Route(config.training().modelGroup(), trained.detector, baseline);
        Map<String, ArchetypeRouting.Route> own = new LinkedHashMap<>();
        trained.archetypes.forEach((a, t) -> own.put(a, new ArchetypeRouting.Route(config.training().archetypeGroup(a),
                t.detector, t.baseline)));
        return new ArchetypeRouting(global, own, archetypes);
    }

    private FitContext fitContext(ProgressListener listener) {
        return new StrategyFit(config.training()).context(listener);
    }

    private DetectorTrainer<?> trainer() {
        return new StrategyFit(config.training()).trainer();
    }

    private Trained train(FeatureFrame train, Labels labels, Map<String, Object> facts) {
        DetectorTrainer<?> trainer = trainer();
        if (trainer.supervised() && labels.positives() == 0) {
            throw new io.iotad.core.data.DataException("labels", 0, "label", "", "at least one confirmed fault (label 1): "
                    + "strategy " + trainer.name() + " is supervised; collect technicians' feedback first or choose an "
                    + "unsupervised strategy");
        }
        FitContext ctx = fitContext(progress);
        long t0 = System.nanoTime();
        Detector detector = trainer.fit(train, labels, ctx);
        double seconds = (System.nanoTime() - t0) / 1e9;
        TrainingLineage lineage = TrainingLineage.of(train, labels);
        facts.put("strategy", trainer.name());
        facts.put("rows", train.rowCount());
        facts.put("labelled_rows", lineage.labelledRows());
        facts.put("from", String.valueOf(lineage.firstDate()));
        facts.put("to", String.valueOf(lineage.lastDate()));
        facts.put("fit_seconds", seconds);
        facts.put("rows_per_second", seconds > 0 ? train.rowCount() / seconds : Double.NaN);
        return new Trained(detector, lineage, FeatureBaseline.of(train, detector.features()), Map.of());
    }

    /**
     * A fitted model, its lineage and training baseline, and (grouped by archetype) the archetypes'
     * own models.
     */
    private record Trained(Detector detector, TrainingLineage lineage, FeatureBaseline baseline,
                           Map<String, Trained> archetypes) {
        Trained withArchetypes(Map<String, Trained> own) {
            return new Trained(detector, lineage, baseline, own);
        }
    }
}
