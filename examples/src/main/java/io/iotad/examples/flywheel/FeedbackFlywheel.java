package io.iotad.examples.flywheel;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelStatus;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import io.iotad.pipeline.labels.FeedbackLabels;
import io.iotad.pipeline.labels.LabelsCsv;
import io.iotad.pipeline.labels.SqliteLabelStore;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.run.WorkflowRun;
import io.iotad.pipeline.workflow.PortfolioInputs;
import io.iotad.pipeline.workflow.Telemetry;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import io.iotad.pipeline.workflow.TrainingOutcome;
import io.iotad.pipeline.workflow.TrainingSplit;
import io.iotad.pipeline.workflow.TrainingWorkflow;
import io.iotad.pipeline.workflow.InferenceWorkflow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One turn of the feedback flywheel on a simulated portfolio, through the library API:
 *
 * <ol>
 *   <li>train an unsupervised model ({@code isolation_forest}) without any label, and approve it;</li>
 *   <li>score every day, raising the top {@code reviewsPerDay} alerts of each day (the technicians' capacity);</li>
 *   <li>the technicians resolve every alert; here the simulator's ground truth stands in for their
 *       visits: a real fault is {@code Resolved-True Positive} with its cause, anything else
 *       {@code Resolved-False Positive};</li>
 *   <li>the verdicts become labels ({@link FeedbackLabels#transfer}) in a label store;</li>
 *   <li>a supervised model ({@code xgboost}) is trained on those labels alone and registered as
 *       {@code PendingManualApproval}, waiting for a person.</li>
 * </ol>
 *
 * The evaluation of the second model counts only the reviewed apartment-days (feedback is not
 * complete ground truth), as the training workflow does for feedback labels.
 */
public final class FeedbackFlywheel {
    /** Default alerts the technicians review per day. */
    public static final int DEFAULT_REVIEWS_PER_DAY = 3;
    /** Cause recorded for an alert without a fault. */
    public static final String NO_FAULT_CAUSE = "no_fault_found";

    private final IotadConfig config;
    private final int reviewsPerDay;
    private final Clock clock;

    /**
     * @param config the base configuration (the strategies are set by the flywheel)
     * @param reviewsPerDay alerts the technicians review per day, at least 1
     * @param clock the clock of alerts and registrations
     */
    public FeedbackFlywheel(IotadConfig config, int reviewsPerDay, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        if (reviewsPerDay < 1) {
            throw new IllegalArgumentException("reviewsPerDay must be >= 1, got " + reviewsPerDay);
        }
        this.reviewsPerDay = reviewsPerDay;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Turns the flywheel once.
     *
     * @param telemetry the portfolio's telemetry
     * @param groundTruth what the technicians would find on a visit (the simulator's labels)
     * @param outDir where the registry, alert and label databases and the runs' reports go
     * @return what happened
     * @throws IOException when outputs cannot be written
     * @throws io.iotad.pipeline.run.StepFailedException when a workflow step fails, e.g. retraining when
     *     no reviewed alert was a real fault
     */
    public FlywheelResult turn(Telemetry telemetry, Labels groundTruth, Path outDir) throws IOException {
        FileModelRegistry registry = new FileModelRegistry(outDir.resolve("registry"), clock);
        IotadConfig unsupervised = config.withOverrides(List.of("training.model_strategy=isolation_forest",
                "inference.top_k_per_day=" + reviewsPerDay));
        TrainingOutcome first = new TrainingWorkflow(unsupervised, registry, clock, ProgressListener.NONE,
                WorkflowRun.StepListener.NONE).run(TelemetrySource.loaded(telemetry), Labels.empty(), false,
                outDir.resolve("training-1"));
        ModelPackage pkg = first.registered().orElseThrow(() -> new IllegalStateException(
                "the unsupervised model failed the gate: " + first.verdict().summary()));
        ModelPackage approved = registry.updateStatus(pkg.group(), pkg.version(), ModelStatus.APPROVED,
                "approved by the feedback flywheel example");
        TrainingSplit days = first.split();
        int confirmed = 0;
        int falseAlarms = 0;
        int labels;
        List<Alert> raised;
        try (SqliteAlertStore alerts = SqliteAlertStore.open(outDir.resolve("alerts.db"));
             SqliteLabelStore labelStore = SqliteLabelStore.open(outDir.resolve("labels.db"))) {
            new InferenceWorkflow(unsupervised, registry, alerts, clock, ProgressListener.NONE, WorkflowRun.StepListener.NONE)
                    .run(TelemetrySource.loaded(telemetry), days.trainFrom(), days.holdoutTo(), outDir.resolve("inference"));
            raised = alerts.byDateRange(days.trainFrom(), days.holdoutTo(), AlertStatus.UNSEEN);
            for (Alert a : raised) {
                Optional<Label> truth = groundTruth.get(a.apartmentId(), a.eventDate());
                if (truth.isPresent() && truth.get().isFault()) {
                    alerts.recordFeedback(a.alertId(), AlertStatus.RESOLVED_TRUE_POSITIVE, truth.get().cause(), "confirmed on site");
                    confirmed++;
                } else {
                    alerts.recordFeedback(a.alertId(), AlertStatus.RESOLVED_FALSE_POSITIVE, NO_FAULT_CAUSE, "nothing wrong on site");
                    falseAlarms++;
                }
            }
            labels = FeedbackLabels.transfer(alerts, labelStore, days.trainFrom(), days.holdoutTo());
            IotadConfig supervised = config.withOverrides(List.of("training.model_strategy=xgboost"));
            TrainingOutcome second = new TrainingWorkflow(supervised, registry, clock, ProgressListener.NONE,
                    WorkflowRun.StepListener.NONE).run(TelemetrySource.loaded(telemetry), labelStore.load(), false,
                    outDir.resolve("training-2"));
            return new FlywheelResult(approved, raised.size(), confirmed, falseAlarms, labels, second);
        }
    }

    /**
     * Runs one turn on a simulator's folder and prints what happened.
     *
     * @param args the data folder ({@code raw/}, {@code weather.csv}, {@code buildings.csv},
     *     {@code labels.csv}), an output folder, then any configuration overrides as {@code key=value}
     *     (e.g. {@code feature_engineering.null_rate_limit=0.30})
     * @throws IOException when files cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: FeedbackFlywheel DATA_DIR OUT_DIR [key=value ...]");
            System.exit(2);
        }
        PortfolioInputs inputs = PortfolioInputs.inDirectory(Path.of(args[0]));
        if (inputs.labelsFile().isEmpty()) {
            System.err.println("no labels.csv in " + args[0] + "; the flywheel needs the simulator's ground truth to stand in for technicians");
            System.exit(2);
        }
        IotadConfig config = IotadConfig.defaults().withOverrides(List.of(args).subList(2, args.length));
        Telemetry telemetry = new TelemetryLoader(config, null, ProgressListener.NONE).load(inputs, new HashMap<>());
        FlywheelResult r = new FeedbackFlywheel(config, DEFAULT_REVIEWS_PER_DAY, Clock.systemUTC())
                .turn(telemetry, LabelsCsv.read(inputs.labels()), Path.of(args[1]));
        System.out.printf(Locale.ROOT, "model %s raised %d alerts: %d confirmed faults, %d false alarms -> %d labels%n",
                r.firstModel().id(), r.alerts(), r.confirmedFaults(), r.falseAlarms(), r.labels());
        System.out.printf(Locale.ROOT, "retrained xgboost: %s, gate %s%n",
                r.retrained().registered().map(p -> p.id() + " " + p.status().display()).orElse("not registered"),
                r.retrained().verdict().summary());
    }
}
