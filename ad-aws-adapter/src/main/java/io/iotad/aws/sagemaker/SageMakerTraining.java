package io.iotad.aws.sagemaker;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.pipeline.labels.LabelsCsv;
import io.iotad.pipeline.run.WorkflowRun;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import io.iotad.pipeline.workflow.TrainingOutcome;
import io.iotad.pipeline.workflow.TrainingWorkflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code iotad sagemaker train}: the training workflow as a SageMaker training job runs it. It reads the
 * hyperparameters ({@link Hyperparameters}) and channels ({@link TrainingChannels}) of a {@link SageMakerLayout},
 * runs {@code ValidateSchema → FeatureEngineering → ModelTraining → ModelEvaluation → CheckEvaluation →
 * RegisterModel}, and leaves:
 *
 * <ul>
 *   <li>{@code model/manifest.json} and {@code model/payload.bin}: the verified artifact's entries, which SageMaker
 *       packs into the job's {@code model.tar.gz};</li>
 *   <li>{@code output/data/}: {@code evaluation_report.json}, {@code evaluation_report.html}, {@code run_report.json}
 *       and {@code quarantine.jsonl} (SageMaker uploads them as {@code output.tar.gz});</li>
 *   <li>on failure, {@code output/failure}: the reason, beginning {@value #EVALUATION_FAILED} when the evaluation
 *       gate refused the model and {@value #WORKFLOW_FAILED} otherwise (SageMaker shows it as the job's
 *       {@code FailureReason}; the exported state machine branches on the first word).</li>
 * </ul>
 *
 * {@link #metricLines} gives the lines {@code iotad_metric NAME=VALUE} that {@code iotad sagemaker train} prints, one per
 * finite evaluation metric, for the training job's metric definitions.
 */
public final class SageMakerTraining {
    /** First word of the failure reason when the gate refused the model. */
    public static final String EVALUATION_FAILED = "EvaluationFailed";
    /** First word of the failure reason of any other failure. */
    public static final String WORKFLOW_FAILED = "WorkflowFailed";
    /** Reports copied from the workflow's folder into {@code output/data}. */
    static final List<String> REPORTS = List.of("evaluation_report.json", "evaluation_report.html", "run_report.json",
            "quarantine.jsonl");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SageMakerTraining.class);

    private final SageMakerLayout layout;
    private final Clock clock;
    private final ProgressListener progress;
    private final WorkflowRun.StepListener steps;

    /**
     * @param layout the job's folders
     * @param clock the clock of timestamps
     * @param progress progress of long steps
     * @param steps told when steps start and end
     */
    public SageMakerTraining(SageMakerLayout layout, Clock clock, ProgressListener progress, WorkflowRun.StepListener steps) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    /**
     * Runs the job. On any exception the reason is written to {@code output/failure} before it is rethrown.
     *
     * @return the workflow's outcome; when the gate refused the model, {@code registered()} is empty and
     *     {@code output/failure} holds the gate's reasons
     * @throws IOException when files cannot be read or written
     */
    public TrainingOutcome run() throws IOException {
        Files.deleteIfExists(layout.failureFile());
        Path work = null;
        try {
            Hyperparameters hp = Hyperparameters.read(layout.hyperparameters());
            if (!hp.ignoredKeys().isEmpty()) {
                LOG.info("ignoring the hyperparameters SageMaker added: {}", hp.ignoredKeys());
            }
            TrainingChannels channels = TrainingChannels.of(layout);
            IotadConfig cfg = channels.config().isPresent() ? IotadConfig.load(channels.config().get()) : IotadConfig.defaults();
            List<String> overrides = hp.configOverrides();
            if (!overrides.isEmpty()) {
                cfg = cfg.withOverrides(overrides);
            }
            Labels labels = channels.inputs().labelsFile().isPresent() ? LabelsCsv.read(channels.inputs().labels()) : Labels.empty();
            if (labels.size() == 0) {
                throw new IllegalArgumentException("no labels: training evaluates the model on the holdout days against verdicts; "
                        + "give the channel '" + TrainingChannels.LABELS + "' (labels.csv) or a labels.csv in the channel '"
                        + TrainingChannels.TRAINING + "'");
            }
            Path output = Files.createDirectories(layout.root().resolve("output"));
            work = Files.createTempDirectory(output, "iotad-work-");
            Files.createDirectories(layout.modelDir());
            TelemetryLoader loader = new TelemetryLoader(cfg, work.resolve("quarantine.jsonl"), progress);
            TrainingOutcome outcome = new TrainingWorkflow(cfg, new TrainingJobRegistry(layout.modelDir(), clock), clock, progress,
                    steps).run(TelemetrySource.files(channels.inputs(), loader), labels, hp.labelsComplete(), work);
            copyReports(work);
            if (outcome.registered().isEmpty()) {
                writeFailure(EVALUATION_FAILED + ": the evaluation gate refused the model: " + outcome.verdict().summary()
                        + (outcome.verdict().reasons().isEmpty() ? "" : "; " + String.join("; ", outcome.verdict().reasons())));
            }
            return outcome;
        } catch (IOException | RuntimeException e) {
            if (work != null) {
                copyReports(work);
            }
            writeFailure(WORKFLOW_FAILED + ": " + describe(e));
            throw e;
        } finally {
            if (work != null) {
                deleteTree(work);
            }
        }
    }

    /**
     * @param outcome a finished run
     * @return one line {@code iotad_metric NAME=VALUE} per finite metric, in the evaluation's order
     */
    public static List<String> metricLines(TrainingOutcome outcome) {
        List<String> out = new java.util.ArrayList<>();
        for (Map.Entry<String, Double> m : outcome.evaluation().metrics().entrySet()) {
            if (Double.isFinite(m.getValue())) {
                out.add("iotad_metric " + m.getKey() + "=" + m.getValue());
            }
        }
        return out;
    }

    /** @return the layout this job reads and writes */
    public SageMakerLayout layout() {
        return layout;
    }

    private void writeFailure(String reason) throws IOException {
        Files.createDirectories(layout.failureFile().getParent());
        Files.writeString(layout.failureFile(), reason + "\n", StandardCharsets.UTF_8);
    }

    private void copyReports(Path work) throws IOException {
        Path data = Files.createDirectories(layout.outputData());
        for (String name : REPORTS) {
            Path f = work.resolve(name);
            if (Files.isRegularFile(f)) {
                Files.copy(f, data.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 2000; t = t.getCause()) {
            String m = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
            if (b.indexOf(m) < 0) {
                b.append(b.length() == 0 ? "" : ": ").append(m);
            }
        }
        return b.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
