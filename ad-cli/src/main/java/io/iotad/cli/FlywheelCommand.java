package io.iotad.cli;

import io.iotad.cli.csv.JsonSummary;
import io.iotad.core.config.ConfigSchema;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.pipeline.flywheel.ChallengerGate;
import io.iotad.pipeline.flywheel.Flywheel;
import io.iotad.pipeline.flywheel.FlywheelOptions;
import io.iotad.pipeline.flywheel.FlywheelReport;
import io.iotad.pipeline.flywheel.FlywheelResult;
import io.iotad.pipeline.flywheel.LabelCountTrigger;
import io.iotad.pipeline.flywheel.ModelRecipe;
import io.iotad.pipeline.flywheel.PolicyTrigger;
import io.iotad.pipeline.flywheel.RetrainingTrigger;
import io.iotad.pipeline.flywheel.TechnicianOptions;
import io.iotad.pipeline.flywheel.UnlabelledSampling;
import io.iotad.pipeline.labels.LabelsCsv;
import io.iotad.pipeline.monitoring.RetrainingPolicy;
import io.iotad.pipeline.workflow.PortfolioInputs;
import io.iotad.pipeline.workflow.Telemetry;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iotad flywheel}: the feedback loop over a simulated season, from a cold start
 * ({@link Flywheel}). This class only parses the arguments, simulates the portfolio and prints.
 */
@Command(name = "flywheel", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulates a season of the feedback loop from a cold start: an unsupervised model raises each day's "
                + "top K alerts, a simulated technician answers them through the feedback path (alert and label stores), "
                + "a supervised model is retrained on the visited alerts' labels and promoted when it beats the incumbent.",
                "Prints a weekly table (P@K and R@K against the simulator's ground truth, labels so far); the last line "
                        + "is one JSON object with a 'weeks' array. Writes flywheel.json and flywheel.html under --out."})
public final class FlywheelCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private SimulatedPortfolioOptions portfolio;

    @Option(names = "--k", paramLabel = "K", description = "Visits per day (default: 50 per 3000 apartments, 5 for 300). "
            + "Precision at the default K is reported as well.")
    private Integer k;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "flywheel-out",
            description = "A new or empty output folder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Read the portfolio from DIR (as `iotad simulate` or an earlier flywheel's --out/data wrote it, "
                    + "with its labels.csv) instead of simulating one; --apartments, --days and the simulation's seed are "
                    + "then DIR's, --seed still seeds the technician and training.")
    private Path data;

    @Option(names = "--auto-approve", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Approve a candidate that beats the incumbent on the gate, standing in for a person (default: on, "
                    + "this is a simulation; --no-auto-approve leaves candidates PendingManualApproval and the cold-start "
                    + "model scoring). No other command approves automatically.")
    private boolean autoApprove;

    @Option(names = "--unsupervised", paramLabel = "STRATEGY", defaultValue = ModelRecipe.DEFAULT_UNSUPERVISED,
            description = "Cold-start strategy (default: ${DEFAULT-VALUE}, the best unsupervised one measured).")
    private String unsupervised;

    @Option(names = "--unsupervised-features", paramLabel = "F,F", split = ",",
            description = "Columns of the cold-start model (default: daily_energy_kwh,avg_temp_diff,avg_outdoor_temp_c "
                    + "for lof, the ten standard features otherwise).")
    private List<String> unsupervisedFeatures;

    @Option(names = "--miss-rate", paramLabel = "P", defaultValue = "" + TechnicianOptions.DEFAULT_MISS_RATE_PERCENT / 100.0,
            description = "Share of visits to a real fault that find nothing (default: ${DEFAULT-VALUE}).")
    private double missRate;

    @Option(names = "--mislabel-rate", paramLabel = "P",
            defaultValue = "" + TechnicianOptions.DEFAULT_MISLABEL_RATE_PERCENT / 100.0,
            description = "Share of visits whose verdict is recorded wrongly (default: ${DEFAULT-VALUE}).")
    private double mislabelRate;

    @Option(names = "--warmup-days", paramLabel = "D", defaultValue = "" + FlywheelOptions.DEFAULT_WARMUP_DAYS,
            description = "Days that train the cold-start model before the first visit, fewer than --days (default: "
                    + "${DEFAULT-VALUE}).")
    private int warmupDays;

    /** Which retraining decision the loop acts on. */
    enum TriggerKind {
        /** {@link LabelCountTrigger}: new labels since the last attempt on a fixed cadence. */
        label_count,
        /** {@link PolicyTrigger}: the {@code monitoring:} section's retraining policy, as {@code iotad score} reports it. */
        policy
    }

    @Option(names = "--trigger", paramLabel = "KIND", defaultValue = "label_count",
            description = "What decides a retraining attempt: label_count (--min-new-labels since the last attempt) or "
                    + "policy (the monitoring section's retrain_* limits, as iotad score reports them); both wait "
                    + "--retrain-every days between attempts and --min-faults confirmed faults (default: ${DEFAULT-VALUE}).")
    private TriggerKind triggerKind;

    @Option(names = "--retrain-every", paramLabel = "DAYS", defaultValue = "" + LabelCountTrigger.DEFAULT_INTERVAL_DAYS,
            description = "Days between retraining attempts (default: ${DEFAULT-VALUE}).")
    private int retrainEvery;

    @Option(names = "--min-new-labels", paramLabel = "N", defaultValue = "" + LabelCountTrigger.DEFAULT_MIN_NEW_LABELS,
            description = "New labels needed for an attempt (default: ${DEFAULT-VALUE}).")
    private int minNewLabels;

    @Option(names = "--min-faults", paramLabel = "N", defaultValue = "" + LabelCountTrigger.DEFAULT_MIN_POSITIVES,
            description = "Confirmed faults needed in the label store before the first supervised model (default: "
                    + "${DEFAULT-VALUE}).")
    private int minFaults;

    @Option(names = "--unlabelled-per-label", paramLabel = "R",
            defaultValue = "" + UnlabelledSampling.DEFAULT_NEGATIVES_PER_LABEL,
            description = "Unlabelled apartment-days sampled as negatives per visited label (default: ${DEFAULT-VALUE}).")
    private double unlabelledPerLabel;

    @Option(names = "--gate-days", paramLabel = "D", defaultValue = "" + ChallengerGate.DEFAULT_WINDOW_DAYS,
            description = "Days of labels the candidate and the incumbent are compared on (default: ${DEFAULT-VALUE}).")
    private int gateDays;

    @Option(names = "--gate-unlabelled-per-label", paramLabel = "R",
            defaultValue = "" + ChallengerGate.DEFAULT_UNLABELLED_PER_LABEL,
            description = "Unlabelled apartment-days of the gate window added as presumed non-faults per labelled one "
                    + "(default: ${DEFAULT-VALUE}; 0 = the labelled rows alone).")
    private double gateUnlabelledPerLabel;

    @Mixin
    private ConfigOptions configOptions;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        portfolio.requireNonEmpty();
        if (portfolio.days <= warmupDays) {
            throw new IllegalArgumentException("--days " + portfolio.days + " leaves no day after the " + warmupDays
                    + " warm-up days (--warmup-days)");
        }
        // the demo's feature pipeline: the supervised candidates read the fault-physics columns too
        // (docs/results-simulator.md: XGBoost P@50 0.68 -> 0.91 with them); the cold start keeps standard ones
        IotadConfig config = configOptions.load(List.of("training.model_strategy=" + ModelRecipe.DEFAULT_SUPERVISED,
                "training.seed=" + portfolio.seed, "feature_engineering.extractors=" + DemoSettings.extractors()));
        ModelRecipe cold = new ModelRecipe(unsupervised, Map.of(), unsupervisedFeatures != null ? unsupervisedFeatures
                : unsupervised.equals(ModelRecipe.DEFAULT_UNSUPERVISED) ? ModelRecipe.DEFAULT_UNSUPERVISED_COLUMNS
                : ConfigSchema.STANDARD_FEATURES);
        ModelRecipe supervised = new ModelRecipe(config.training().modelStrategy(), config.training().hyperparameters(),
                config.training().featureColumns());
        if (!supervised.trainer().supervised()) {
            throw new IllegalArgumentException("training.model_strategy=" + supervised.strategy() + " is unsupervised; the "
                    + "flywheel retrains a supervised strategy on the technicians' labels (e.g. xgboost)");
        }
        if (cold.trainer().supervised()) {
            throw new IllegalArgumentException("--unsupervised " + unsupervised + " is a supervised strategy; the cold "
                    + "start has no label");
        }
        FlywheelOptions base = FlywheelOptions.defaults(portfolio.apartments, portfolio.seed);
        FlywheelOptions options = base.withVisitsPerDay(k == null ? base.defaultVisitsPerDay() : k)
                .withRecipes(cold, supervised).withTechnician(new TechnicianOptions(missRate, mislabelRate))
                .withSampling(new UnlabelledSampling(unlabelledPerLabel, UnlabelledSampling.DEFAULT_GUARD_DAYS))
                .withGate(new ChallengerGate(gateDays, ChallengerGate.DEFAULT_MIN_MARGIN, ChallengerGate.DEFAULT_MIN_POSITIVES,
                        gateUnlabelledPerLabel))
                .withWarmupDays(warmupDays).withAutoApprove(autoApprove);
        RetrainingTrigger trigger = triggerKind == TriggerKind.policy
                ? new PolicyTrigger(new RetrainingPolicy(config.monitoring()), retrainEvery, minFaults)
                : new LabelCountTrigger(retrainEvery, minNewLabels, minFaults);
        requireEmpty(out);

        Path dataDir = data != null ? data : out.resolve("data");
        if (data == null) {
            SimulationResult sim = new PortfolioSimulator(portfolio.builder().build()).run(dataDir);
            w.printf(Locale.ROOT, "simulated %d apartments in %d buildings over %d days: %d equipment faults, %d nuisance "
                    + "episodes%n", sim.apartments(), sim.buildings(), sim.days(), sim.faultEvents(), sim.nuisanceEvents());
        } else {
            w.printf("reading the portfolio of %s (not simulated)%n", data);
        }
        PortfolioInputs inputs = PortfolioInputs.inDirectory(dataDir);
        Telemetry telemetry = new TelemetryLoader(config, out.resolve("quarantine.jsonl"), ProgressListener.NONE)
                .load(inputs, new HashMap<>());
        Path labelsFile = inputs.labelsFile().orElseThrow(() -> new IllegalArgumentException("--data " + dataDir
                + " has no labels.csv: the simulated technician answers from the simulator's ground truth"));
        Labels truth = LabelsCsv.read(labelsFile);
        w.printf(Locale.ROOT, "flywheel: K=%d visits a day (default K=%d), cold start %s on %d days, then %s; technician "
                        + "miss rate %.2f, mislabel rate %.2f; retrain every %d days %s; %s%n",
                options.visitsPerDay(), options.defaultVisitsPerDay(), cold.strategy(), warmupDays, supervised.strategy(),
                missRate, mislabelRate, retrainEvery, triggerKind == TriggerKind.policy
                        ? "when the retraining policy (monitoring.retrain_*) says so"
                        : "with >= " + minNewLabels + " new labels", autoApprove ? "auto-approve on (simulation)"
                        : "auto-approve off: candidates stay PendingManualApproval");
        w.flush();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "iotad flywheel");
        FlywheelResult result = new Flywheel(config, options, trigger, progress).run(telemetry, truth, out.resolve("run"));
        FlywheelReport.writeJson(result, out.resolve(FlywheelReport.JSON_FILE));
        FlywheelReport.writeHtml(result, out.resolve(FlywheelReport.HTML_FILE));
        FlywheelReport.table(result).forEach(w::println);
        w.printf(Locale.ROOT, "P@%d over the last %d weeks: %.3f (P@%d: %.3f); %d retraining attempts, %d promoted; %.1f s%n",
                options.visitsPerDay(), FlywheelReport.LAST_WEEKS, result.lastWeeksPrecision(FlywheelReport.LAST_WEEKS),
                options.defaultVisitsPerDay(), result.lastWeeksPrecisionAtDefaultK(FlywheelReport.LAST_WEEKS),
                result.attempts().size(), result.attempts().stream().filter(a -> a.approved()).count(), result.seconds());
        w.printf("outputs: %s, %s, %s (registry, alerts.db, labels.db)%n", out.resolve(FlywheelReport.JSON_FILE),
                out.resolve(FlywheelReport.HTML_FILE), out.resolve("run"));
        w.println(JsonSummary.line(FlywheelReport.summary(result)));
        w.flush();
        return 0;
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalArgumentException("--out " + dir + " is not empty; give a new or empty folder");
                }
            }
        } else if (Files.exists(dir)) {
            throw new IllegalArgumentException("--out " + dir + " is a file; give a new or empty folder");
        }
    }
}
