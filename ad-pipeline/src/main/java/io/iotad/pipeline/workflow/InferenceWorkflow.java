package io.iotad.pipeline.workflow;

import io.iotad.core.alert.AlertStore;
import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.config.InferenceConfig;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.core.score.Scores;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import io.iotad.pipeline.alerting.AlertPolicy;
import io.iotad.pipeline.alerting.AlertSelection;
import io.iotad.pipeline.alerting.AlertSelector;
import io.iotad.pipeline.run.RunReport;
import io.iotad.pipeline.run.StepFailedException;
import io.iotad.pipeline.run.WorkflowRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The inference workflow, with the seed's Step Functions states as named steps:
 * {@code GetApprovedModelPackage → FeatureEngineeringInference → BatchScore → ProcessResults}.
 * The feature pipeline is rebuilt from the spec recorded in the approved model's artifact, so
 * serving runs the same code, with the same parameters, as training did.
 */
public final class InferenceWorkflow {
    /** The workflow's name, as the seed's state machine. */
    public static final String NAME = "ADInferenceWorkflow";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InferenceWorkflow.class);

    private final IotadConfig config;
    private final ModelRegistry registry;
    private final AlertStore alerts;
    private final Clock clock;
    private final ProgressListener progress;
    private final WorkflowRun.StepListener steps;

    /**
     * @param config the run's configuration (inference section, data contract)
     * @param registry where the approved model is found
     * @param alerts where alerts are written
     * @param clock the clock of alert timestamps
     * @param progress progress of long steps
     * @param steps told when steps start and end
     */
    public InferenceWorkflow(IotadConfig config, ModelRegistry registry, AlertStore alerts, Clock clock,
                             ProgressListener progress, WorkflowRun.StepListener steps) {
        this.config = Objects.requireNonNull(config, "config");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    /**
     * The alert policy an inference section asks for: its threshold and daily cap, or the default
     * daily cap when it sets neither; and its vacation rule.
     *
     * @param inference the section
     * @return the policy
     */
    public static AlertPolicy policyFrom(InferenceConfig inference) {
        double threshold = inference.alertThreshold().orElse(Double.NaN);
        int k = inference.topKPerDay().orElse(Double.isNaN(threshold) ? AlertPolicy.DEFAULT_TOP_K_PER_DAY : 0);
        return new AlertPolicy(threshold, k, inference.suppression().vacationHours());
    }

    /**
     * Scores the days {@code from}..{@code to} and writes their alerts.
     *
     * @param source telemetry covering the days and their lookback
     * @param from first day to score
     * @param to last day to score
     * @param outDir where the scores and the run report go
     * @return what the run produced
     * @throws IOException when outputs cannot be written
     * @throws StepFailedException naming the failed step (the run report is written first)
     */
    public InferenceOutcome run(TelemetrySource source, LocalDate from, LocalDate to, Path outDir) throws IOException {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("scoring range is empty: " + from + " .. " + to);
        }
        Files.createDirectories(outDir);
        WorkflowRun run = new WorkflowRun(NAME, clock, steps);
        try {
            String group = config.inference().modelGroup();
            Approved approved = run.step("GetApprovedModelPackage", facts -> {
                ModelPackage pkg = registry.latestApproved(group).orElseThrow(() -> new NoSuchElementException(
                        "no Approved model in registry group '" + group + "'; train one and approve it (iotad registry approve)"));
                LoadedModel model = ModelArtifact.read(registry.artifactPath(pkg));
                if (model.manifest().featurePipeline().isEmpty()) {
                    throw new IllegalStateException("model " + pkg.id() + " records no feature pipeline (it was trained on a CSV); "
                            + "score it with 'iotad score --model ... --input FEATURES.csv'");
                }
                facts.put("model", pkg.id());
                facts.put("strategy", model.manifest().strategy());
                facts.put("trained_to", String.valueOf(model.manifest().lineage().lastDate()));
                return new Approved(pkg, model);
            });
            FeatureFrame history = run.step("FeatureEngineeringInference", facts -> {
                Telemetry telemetry = source.load(facts);
                FeaturePipelineSpec spec = FeaturePipelineSpec.fromMap(approved.model.manifest().featurePipeline());
                FeatureEngineering fe = FeatureEngineering.of(spec, config.featureEngineering(), true, progress);
                FeatureFrame frame = fe.computeBatch(telemetry, from, to, facts);
                long historyDays = from.toEpochDay() - firstDay(frame);
                facts.put("history_days", Math.max(0, historyDays));
                if (historyDays < config.featureEngineering().lookbackDays()) {
                    // not fatal: lags and windows of the first scored days may be missing, and the contract counts them
                    LOG.warn("the telemetry covers {} days before {}, fewer than feature_engineering.lookback_days={}; "
                            + "lags and rolling windows of the first scored days may be missing", Math.max(0, historyDays), from,
                            config.featureEngineering().lookbackDays());
                    facts.put("history_short_of_lookback_days", true);
                }
                return frame;
            });
            Path scoresCsv = outDir.resolve("scores.csv");
            Scores scores = run.step("BatchScore", facts -> {
                long t0 = System.nanoTime();
                // the history days give detectors that look back (STL, history rules) their series
                Scores s = TrainingSplit.scoreInContext(approved.model.detector(), history, from, to);
                facts.put("rows", s.size());
                facts.put("scored", s.scoredCount());
                facts.put("score_seconds", (System.nanoTime() - t0) / 1e9);
                ScoresCsv.write(s, scoresCsv);
                return s;
            });
            int[] newAlerts = new int[1];
            AlertSelection selection = run.step("ProcessResults", facts -> {
                AlertSelection sel = new AlertSelector(policyFrom(config.inference()))
                        .select(scores, history, approved.pkg.id(), clock.instant());
                newAlerts[0] = alerts.upsert(sel.alerts());
                facts.put("alerts", sel.alerts().size());
                facts.put("new_alerts", newAlerts[0]);
                facts.put("suppressed_vacation", sel.suppressedByVacationRule().size());
                facts.put("unscored", sel.unscored());
                return sel;
            });
            RunReport report = run.finish(WorkflowRun.SUCCEEDED);
            report.writeJson(outDir.resolve("run_report.json"));
            return new InferenceOutcome(report, approved.pkg, scores, selection, newAlerts[0], scoresCsv);
        } catch (StepFailedException e) {
            run.finish(WorkflowRun.FAILED).writeJson(outDir.resolve("run_report.json"));
            throw e;
        }
    }

    private static long firstDay(FeatureFrame frame) {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < frame.rowCount(); i++) {
            min = Math.min(min, frame.epochDay(i));
        }
        return min;
    }

    private record Approved(ModelPackage pkg, LoadedModel model) {
    }
}
