package io.iotad.pipeline.workflow;

import io.iotad.core.alert.AlertBatch;
import io.iotad.core.alert.AlertStore;
import io.iotad.core.alert.PublishResult;
import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.config.InferenceConfig;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.detect.BatchScoring;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.core.score.Scores;
import io.iotad.features.ingest.IngestReport;
import io.iotad.features.scoring.ModelScoring;
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
import java.time.Instant;
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
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     * @throws StepFailedException naming the failed step (the run report is written first)
     */
    public InferenceOutcome run(TelemetrySource source, LocalDate from, LocalDate to, Path outDir) throws IOException {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("scoring range is empty: " + from + " .. " + to);
        }
        return run(source, DaySelection.of(from, to), outDir);
    }

    /**
     * Scores some days and writes their alerts. The telemetry is asked for the days and the history
     * the approved model needs: {@code feature_engineering.lookback_days} plus the days its detector
     * reads ({@link io.iotad.core.detect.Detector#historyDays()}).
     *
     * @param source the telemetry
     * @param days the days to score; the last defaults to the day of the latest reading, the first to the last
     * @param outDir where the scores and the run report go
     * @return what the run produced
     * @throws IOException when outputs cannot be written
     * @throws StepFailedException naming the failed step (the run report is written first)
     */
    public InferenceOutcome run(TelemetrySource source, DaySelection days, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        WorkflowRun run = new WorkflowRun(NAME, clock, steps);
        try {
            String group = config.inference().modelGroup();
            Approved approved = run.step("GetApprovedModelPackage", facts -> {
                ModelPackage pkg = registry.latestApproved(group).orElseThrow(() -> new NoSuchElementException(
                        "no Approved model in registry group '" + group + "'; train one and approve it (iotad registry approve)"));
                LoadedModel model = ModelArtifact.read(registry.artifactPath(pkg));
                ModelScoring scoring = new ModelScoring(pkg.id(), model,
                        FeatureEngineering.contractFrom(config.featureEngineering(), true),
                        FeatureEngineering.quarantineFrom(config.featureEngineering()), progress);
                facts.put("model", pkg.id());
                facts.put("strategy", model.manifest().strategy());
                facts.put("trained_to", String.valueOf(model.manifest().lineage().lastDate()));
                return new Approved(pkg, scoring);
            });
            int lookback = approved.scoring.lookbackDays(config.featureEngineering().lookbackDays());
            Batch batch = run.step("FeatureEngineeringInference", facts -> {
                Telemetry telemetry = days.to().isPresent()
                        ? source.load(days.from().orElse(days.to().get()), days.to().get(), lookback, facts)
                        : source.load(facts);
                LocalDate b = days.to().orElseGet(() -> telemetry.lastDay(config.featureEngineering().timezone()));
                LocalDate a = days.from().orElse(b);
                if (b.isBefore(a)) {
                    throw new IllegalArgumentException("scoring range is empty: " + a + " .. " + b);
                }
                FeatureFrame frame = approved.scoring.checkDays(
                        approved.scoring.features(telemetry.apartments(), telemetry.weather(), facts), a, b, facts);
                int historyDays = BatchScoring.historyDaysBefore(frame, a);
                facts.put("history_days", historyDays);
                if (historyDays < config.featureEngineering().lookbackDays()) {
                    // not fatal: lags and windows of the first scored days may be missing, and the contract counts them
                    LOG.warn("the telemetry covers {} days before {}, fewer than feature_engineering.lookback_days={}; "
                            + "lags and rolling windows of the first scored days may be missing", historyDays, a,
                            config.featureEngineering().lookbackDays());
                    facts.put("history_short_of_lookback_days", true);
                }
                return new Batch(frame, a, b, telemetry.ingest());
            });
            Path scoresCsv = outDir.resolve("scores.csv");
            Scores scores = run.step("BatchScore", facts -> {
                // the history days give detectors that look back (STL, history rules) their series
                Scores s = approved.scoring.score(batch.history, batch.from, batch.to, facts);
                ScoresCsv.write(s, scoresCsv);
                return s;
            });
            PublishResult[] published = new PublishResult[1];
            AlertSelection selection = run.step("ProcessResults", facts -> {
                Instant now = clock.instant();
                AlertSelection sel = new AlertSelector(policyFrom(config.inference()))
                        .select(scores, batch.history, approved.pkg.id(), now);
                // the whole range, so a day this model raised nothing on still supersedes the older model's alerts
                published[0] = alerts.publish(new AlertBatch(approved.pkg.id(), batch.from, batch.to, now, sel.alerts()));
                facts.put("alerts", sel.alerts().size());
                facts.put("new_alerts", published[0].created());
                facts.put("refreshed_alerts", published[0].refreshed());
                facts.put("superseded_alerts", published[0].superseded());
                facts.put("reviewed_alerts_kept", published[0].keptReviewed());
                facts.put("suppressed_vacation", sel.suppressedByVacationRule().size());
                facts.put("unscored", sel.unscored());
                return sel;
            });
            RunReport report = run.finish(WorkflowRun.SUCCEEDED);
            report.writeJson(outDir.resolve("run_report.json"));
            return new InferenceOutcome(report, approved.pkg, batch.from, batch.to, scores, selection, published[0],
                    scoresCsv, batch.ingest);
        } catch (StepFailedException e) {
            run.finish(WorkflowRun.FAILED).writeJson(outDir.resolve("run_report.json"));
            throw e;
        }
    }

    private record Approved(ModelPackage pkg, ModelScoring scoring) {
    }

    private record Batch(FeatureFrame history, LocalDate from, LocalDate to, IngestReport ingest) {
    }
}
