package io.iotad.pipeline.flywheel;

import io.iotad.core.IotadVersion;
import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertBatch;
import io.iotad.core.artifact.ArtifactMetadata;
import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.artifact.ModelManifest;
import io.iotad.core.artifact.TrainingLineage;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.detect.BatchScoring;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelStatus;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import io.iotad.pipeline.alerting.AlertPolicy;
import io.iotad.pipeline.alerting.AlertSelection;
import io.iotad.pipeline.alerting.AlertSelector;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import io.iotad.pipeline.labels.FeedbackRecorder;
import io.iotad.pipeline.labels.SqliteLabelStore;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.workflow.FeatureEngineering;
import io.iotad.pipeline.workflow.Telemetry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The feedback flywheel over a simulated season, day by day from a cold start:
 *
 * <ol>
 *   <li>the first {@code warmupDays} days fit the unsupervised model ({@link FlywheelOptions#unsupervised()},
 *       LOF by default) with no label; it is registered and approved;</li>
 *   <li>each later day, the approved model (read back from the registry's artifact) scores the day
 *       in the context of the days before it, the alert selector keeps the top K (the vacation rule
 *       of {@code inference.suppression} applies), and the alerts are published to the alert store;</li>
 *   <li>the {@link SimulatedTechnician} visits every alert, and the verdict is recorded through
 *       {@link FeedbackRecorder} (alert status and label store in one unit), as {@code iotad feedback}
 *       does; only visited alerts become labels;</li>
 *   <li>at the end of each day the {@link RetrainingTrigger} decides; when it fires, a supervised
 *       candidate ({@link FlywheelOptions#supervised()}) is fitted on the days before the gate window
 *       with the visited labels and a sample of unlabelled days ({@link UnlabelledSampling}), and is
 *       compared with the incumbent on the window's labels ({@link ChallengerGate}), which neither
 *       model was trained on. A candidate that wins is registered and, with auto-approval, approved;
 *       one that loses is not registered.</li>
 * </ol>
 *
 * <p>The daily features are computed once for the season by the training workflow's
 * {@link FeatureEngineering} step with the configured spec; each day's scoring reads only that
 * day's rows and the history its model needs, as the inference workflow would (the features are
 * trailing: lags and rolling windows look back only). The ground truth is read only by the
 * technician and by the weekly measurement.
 */
public final class Flywheel {
    private final IotadConfig config;
    private final FlywheelOptions options;
    private final RetrainingTrigger trigger;
    private final ProgressListener progress;

    /**
     * @param config the configuration (feature engineering, the vacation rule)
     * @param options the simulation's settings
     * @param trigger when to retrain
     * @param progress told of each simulated day
     */
    public Flywheel(IotadConfig config, FlywheelOptions options, RetrainingTrigger trigger, ProgressListener progress) {
        this.config = Objects.requireNonNull(config, "config");
        this.options = Objects.requireNonNull(options, "options");
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Runs the season.
     *
     * @param telemetry the portfolio's validated telemetry
     * @param groundTruth the simulator's labels, which the technician answers from
     * @param outDir a new or empty folder for the registry, {@code alerts.db}, {@code labels.db} and the candidates
     * @return the weeks and the retraining attempts
     * @throws IOException when outputs cannot be written
     * @throws IllegalArgumentException when the folder is not empty, or the telemetry is too short for the warm-up
     *     and one scored day
     */
    public FlywheelResult run(Telemetry telemetry, Labels groundTruth, Path outDir) throws IOException {
        long t0 = System.nanoTime();
        requireEmpty(outDir);
        Files.createDirectories(outDir.resolve("candidates"));
        FeaturePipelineSpec spec = FeatureEngineering.specFrom(config.featureEngineering());
        FeatureFrame frame = FeatureEngineering.of(spec, config.featureEngineering(), false, ProgressListener.NONE)
                .compute(telemetry, new HashMap<>());
        Season season = new Season(frame);
        long first = season.firstDay();
        long firstScored = first + options.warmupDays();
        if (firstScored > season.lastDay()) {
            throw new IllegalArgumentException("the telemetry spans " + (season.lastDay() - first + 1) + " days; the flywheel "
                    + "needs more than its " + options.warmupDays() + " warm-up days");
        }
        SimulatedClock clock = new SimulatedClock(LocalDate.ofEpochDay(firstScored - 1));
        FileModelRegistry registry = new FileModelRegistry(outDir.resolve("registry"), clock);
        try (SqliteAlertStore alerts = SqliteAlertStore.open(outDir.resolve("alerts.db"), 5000, clock);
             SqliteLabelStore labels = SqliteLabelStore.open(outDir.resolve("labels.db"), 5000, clock)) {
            Run run = new Run(spec, season, registry, alerts, labels, clock, groundTruth, outDir);
            run.coldStart(first, firstScored - 1);
            for (long d = firstScored; d <= season.lastDay(); d++) {
                run.day(d);
                progress.progress("flywheel", (int) (d - firstScored + 1), (int) (season.lastDay() - firstScored + 1));
            }
            run.closeWeek();
            return new FlywheelResult(options, run.weeks, run.attempts, outDir, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalArgumentException("the flywheel's output folder " + dir + " is not empty; give a new "
                            + "or empty folder (it holds the run's registry, alert and label databases)");
                }
            }
        } else if (Files.exists(dir)) {
            throw new IllegalArgumentException("the flywheel's output folder " + dir + " is a file");
        }
    }

    /** The state of one run. */
    private final class Run {
        private final FeaturePipelineSpec spec;
        private final Season season;
        private final FileModelRegistry registry;
        private final SqliteAlertStore alerts;
        private final SqliteLabelStore labelStore;
        private final FeedbackRecorder recorder;
        private final SimulatedClock clock;
        private final Labels groundTruth;
        private final SimulatedTechnician technician;
        private final Path outDir;
        private final AlertSelector selector;
        private final AlertSelector selectorAtDefault;
        private final List<FlywheelWeek> weeks = new ArrayList<>();
        private final List<RetrainingAttempt> attempts = new ArrayList<>();
        private ModelPackage approved;
        private LoadedModel model;
        private int labels;
        private int positiveLabels;
        private int labelsSinceAttempt;
        private Optional<LocalDate> lastAttempt = Optional.empty();
        private Week week;

        Run(FeaturePipelineSpec spec, Season season, FileModelRegistry registry, SqliteAlertStore alerts,
            SqliteLabelStore labelStore, SimulatedClock clock, Labels groundTruth, Path outDir) {
            this.spec = spec;
            this.season = season;
            this.registry = registry;
            this.alerts = alerts;
            this.labelStore = labelStore;
            this.recorder = new FeedbackRecorder(alerts, labelStore);
            this.clock = clock;
            this.groundTruth = groundTruth;
            this.technician = new SimulatedTechnician(groundTruth, options.technician(), options.seed());
            this.outDir = outDir;
            int vacation = config.inference().suppression().vacationHours();
            this.selector = new AlertSelector(new AlertPolicy(Double.NaN, options.visitsPerDay(), vacation));
            this.selectorAtDefault = new AlertSelector(new AlertPolicy(Double.NaN, options.defaultVisitsPerDay(), vacation));
        }

        void coldStart(long from, long to) throws IOException {
            FeatureFrame train = options.unsupervised().columns(season.window(from, to));
            Detector d = fit(options.unsupervised(), train, Labels.empty());
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("flywheel_phase", "cold start (unsupervised)");
            ModelPackage pkg = register(d, train, Labels.empty(), "cold-start", facts);
            promote(pkg, "approved by the flywheel simulation: the cold-start model (there is no incumbent)");
        }

        void day(long d) throws IOException {
            LocalDate day = LocalDate.ofEpochDay(d);
            clock.set(day);
            if (week == null) {
                week = new Week(weeks.size() + 1, day);
            }
            Detector detector = model.detector();
            Scores scores = score(detector, d, d);
            FeatureFrame history = season.window(d - 3, d);
            Instant now = clock.instant();
            AlertSelection sel = selector.select(scores, history, approved.id(), now);
            alerts.publish(new AlertBatch(approved.id(), day, day, now, sel.alerts()));
            int[] truth = groundTruth.align(scores.rows());
            for (int t : truth) {
                if (t == 1) {
                    week.faulty++;
                }
            }
            for (Alert a : sel.alerts()) {
                SimulatedTechnician.Visit visit = technician.visit(a);
                FeedbackRecorder.Outcome outcome = recorder.record(visit.verdict());
                week.visits++;
                if (visit.truthIsFault()) {
                    week.hits++;
                }
                if (outcome.label().isPresent()) {
                    labels++;
                    labelsSinceAttempt++;
                    if (outcome.label().get().isFault()) {
                        positiveLabels++;
                    }
                }
            }
            week.suppressed += sel.suppressedByVacationRule().size();
            AlertSelection atDefault = options.defaultVisitsPerDay() == options.visitsPerDay() ? sel
                    : selectorAtDefault.select(scores, history, approved.id(), now);
            for (Alert a : atDefault.alerts()) {
                week.visitsAtDefault++;
                if (groundTruth.get(a.apartmentId(), a.eventDate()).map(l -> l.isFault()).orElse(false)) {
                    week.hitsAtDefault++;
                }
            }
            LocalDate trainedTo = model.manifest().lineage().lastDate() == null
                    ? LocalDate.ofEpochDay(season.firstDay() - 1) : model.manifest().lineage().lastDate();
            RetrainingTrigger.Decision decision = trigger.decide(new RetrainingTrigger.State(day, labels, positiveLabels,
                    labelsSinceAttempt, lastAttempt, approved.id(), trainedTo, labelStore.load()));
            if (decision.retrain()) {
                retrain(d, decision.reason());
                lastAttempt = Optional.of(day);
                labelsSinceAttempt = 0;
            }
            week.to = day;
            if (d == season.lastDay() || week.to.toEpochDay() - week.from.toEpochDay() == 6) {
                closeWeek();
            }
        }

        void closeWeek() {
            if (week == null) {
                return;
            }
            weeks.add(new FlywheelWeek(week.number, week.from, week.to, approved.id(), model.manifest().strategy(),
                    week.visits, week.hits, week.visits == 0 ? Double.NaN : week.hits / (double) week.visits,
                    week.faulty == 0 ? Double.NaN : week.hits / (double) week.faulty,
                    week.visitsAtDefault == 0 ? Double.NaN : week.hitsAtDefault / (double) week.visitsAtDefault,
                    week.faulty, labels, positiveLabels, week.suppressed));
            week = null;
        }

        private void retrain(long d, String reason) throws IOException {
            LocalDate day = LocalDate.ofEpochDay(d);
            long incumbentTo = model.manifest().lineage().lastDate() == null ? season.firstDay()
                    : model.manifest().lineage().lastDate().toEpochDay();
            long windowStart = Math.max(d - options.gate().windowDays() + 1, incumbentTo + 1);
            LocalDate trainedTo = LocalDate.ofEpochDay(windowStart - 1);
            Labels visited = labelStore.load();
            FeatureFrame trainRows = season.window(season.firstDay(), windowStart - 1);
            UnlabelledSampling.TrainingLabels tl = options.sampling().labelsFor(trainRows, visited, options.seed() ^ d);
            int negatives = tl.visited() - tl.positives() + tl.sampled();
            if (tl.positives() == 0 || negatives == 0) {
                attempts.add(new RetrainingAttempt(day, reason, trainedTo, tl.visited(), tl.positives(), tl.sampled(),
                        Optional.empty(), Optional.empty(), false, "no candidate: the days before the gate window hold "
                        + tl.positives() + " confirmed faults and " + negatives + " non-faults"));
                return;
            }
            FeatureFrame train = options.supervised().columns(trainRows);
            Detector candidate = fit(options.supervised(), train, tl.labels());
            Scores candidateScores = score(candidate, windowStart, d);
            Labels gateLabels = new UnlabelledSampling(options.gate().unlabelledPerLabel(), options.sampling().guardDays())
                    .labelsFor(candidateScores.rows(), visited, options.seed() ^ ~d).labels();
            ChallengerGate.Verdict verdict = options.gate().compare(candidateScores, score(model.detector(), windowStart, d),
                    gateLabels);
            if (!verdict.promote()) {
                attempts.add(new RetrainingAttempt(day, reason, trainedTo, tl.visited(), tl.positives(), tl.sampled(),
                        Optional.of(verdict), Optional.empty(), false, "not registered: " + verdict.summary()));
                return;
            }
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("flywheel_phase", "retrained on technicians' labels");
            facts.put("trigger", reason);
            facts.put("visited_labels", tl.visited());
            facts.put("confirmed_faults", tl.positives());
            facts.put("sampled_unlabelled", tl.sampled());
            facts.put("gate", verdict.summary());
            facts.put("incumbent", approved.id());
            ModelPackage pkg = register(candidate, train, tl.labels(), day.toString(), facts);
            boolean approve = options.autoApprove();
            if (approve) {
                promote(pkg, "approved automatically by the flywheel simulation (--auto-approve): " + verdict.summary()
                        + " against " + facts.get("incumbent"));
            }
            attempts.add(new RetrainingAttempt(day, reason, trainedTo, tl.visited(), tl.positives(), tl.sampled(),
                    Optional.of(verdict), Optional.of(pkg.id()), approve, (approve ? "promoted " : "registered, pending approval: ")
                    + pkg.id() + ": " + verdict.summary()));
        }

        private Detector fit(ModelRecipe recipe, FeatureFrame train, Labels labels) {
            return recipe.trainer().fit(train, labels, fitContext());
        }

        /** @return the flywheel's seed and every available processor, as each candidate is fitted */
        private FitContext fitContext() {
            return new FitContext(options.seed(), Runtime.getRuntime().availableProcessors(), ProgressListener.NONE);
        }

        private Scores score(Detector detector, long from, long to) {
            FeatureFrame context = season.window(from - Math.max(0, detector.historyDays()), to);
            return BatchScoring.inContext(detector, context, LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to));
        }

        private ModelPackage register(Detector detector, FeatureFrame train, Labels labels, String name,
                                      Map<String, Object> facts) throws IOException {
            TrainingLineage lineage = TrainingLineage.of(train, labels);
            ArtifactMetadata meta = ArtifactMetadata.of(lineage).withFeaturePipeline(spec.toMap())
                    .withCreatedAt(clock.instant())
                    .withProvenance(io.iotad.core.artifact.TrainingProvenance.of(fitContext(), labels));
            Path artifact = outDir.resolve("candidates").resolve(name + "-" + detector.strategy() + ".tar.gz");
            ModelManifest manifest = ModelArtifact.write(artifact, detector, meta);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code_version", IotadVersion.version());
            m.put("strategy", manifest.strategy());
            m.put("options", manifest.options());
            m.put("features", manifest.features());
            m.put("training_rows", lineage.rows());
            m.put("training_from", String.valueOf(lineage.firstDate()));
            m.put("training_to", String.valueOf(lineage.lastDate()));
            m.put("training_content_sha256", lineage.contentHash());
            m.put("labelled_rows", lineage.labelledRows());
            m.putAll(facts);
            return registry.register(options.modelGroup(), artifact, m);
        }

        private void promote(ModelPackage pkg, String note) throws IOException {
            approved = registry.updateStatus(pkg.group(), pkg.version(), ModelStatus.APPROVED, note);
            ModelPackage latest = registry.latestApproved(options.modelGroup()).orElseThrow();
            model = ModelArtifact.read(registry.artifactPath(latest));
            approved = latest;
        }
    }

    /** Counts of the week being simulated. */
    private static final class Week {
        final int number;
        final LocalDate from;
        LocalDate to;
        int visits;
        int hits;
        int visitsAtDefault;
        int hitsAtDefault;
        int faulty;
        int suppressed;

        Week(int number, LocalDate from) {
            this.number = number;
            this.from = from;
            this.to = from;
        }
    }
}
