package io.iotad.benchmarks.scoring;

import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.config.ConfigSchema;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.detect.BatchScoring;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelStatus;
import io.iotad.core.score.Scores;
import io.iotad.features.contract.DataContract;
import io.iotad.features.extract.FeatureExtractors;
import io.iotad.features.scoring.ModelScoring;
import io.iotad.pipeline.labels.LabelsCsv;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.run.WorkflowRun;
import io.iotad.pipeline.workflow.PortfolioInputs;
import io.iotad.pipeline.workflow.Telemetry;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import io.iotad.pipeline.workflow.TrainingWorkflow;
import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.SimulationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a Java service does once a day with an approved model (issue 13 item 4): look up the latest
 * approved model of the registry group, read and verify its artifact, and score one day of a
 * portfolio of {@link #apartments} apartments, reasons included, through {@link ModelScoring} — the
 * one scoring path of the inference workflow. The day's features (and the history rows the scoring
 * reads for its baseline) are computed once in the set-up with the model's own feature pipeline: they
 * are the daily run's step before scoring, measured whole by {@code benchmarks/daily-score.sh}.
 *
 * <p>The model is trained in the set-up by the training workflow on a separate simulated portfolio
 * (200 apartments, 75 days, seed 3) and approved; {@code xgboost} reads the ten standard and the
 * fault-physics features (the demo's default), {@code isolation_forest} the ten standard features
 * (the library's default strategy). The scored portfolio is simulated with seed 11 for the model's
 * lookback plus the scored day, once per machine (kept under {@code java.io.tmpdir}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ApprovedModelScoringBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class ApprovedModelScoringBenchmark {
    private static final LocalDate START = LocalDate.of(2024, 10, 1);

    /** Apartments of the scored portfolio. */
    @Param({"3000"})
    public int apartments;
    /** The approved model's strategy. */
    @Param({"xgboost", "isolation_forest"})
    public String strategy;

    private Path dir;
    private FileModelRegistry registry;
    private FeatureFrame frame;
    private LocalDate day;
    private ModelScoring loaded;
    private final DataContract contract = DataContract.standard(0.05);

    /**
     * Trains and approves the model, simulates the scored portfolio and computes its features.
     *
     * @throws IOException when files cannot be written or read
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("iotad-bench-scoring");
        List<String> settings = new ArrayList<>(List.of("training.model_strategy=" + strategy, "training.holdout_days=14",
                "training.seed=3"));
        if (strategy.equals("xgboost")) {
            List<String> names = new ArrayList<>(ConfigSchema.STANDARD_FEATURES);
            names.addAll(FeatureExtractors.FAULT_PHYSICS);
            settings.add("feature_engineering.extractors=[" + String.join(",", names) + "]");
        }
        IotadConfig config = IotadConfig.defaults().withOverrides(settings);
        Path training = dir.resolve("training-data");
        new PortfolioSimulator(SimulationOptions.builder().apartments(200).days(75).startDate(START).seed(3L).build())
                .run(training);
        PortfolioInputs trainingInputs = PortfolioInputs.inDirectory(training);
        Telemetry trainingTelemetry = new TelemetryLoader(config, dir.resolve("q1.jsonl"), ProgressListener.NONE)
                .load(trainingInputs, new HashMap<>());
        registry = new FileModelRegistry(dir.resolve("registry"));
        ModelPackage pkg = new TrainingWorkflow(config, registry, Clock.systemUTC(), ProgressListener.NONE,
                WorkflowRun.StepListener.NONE).run(TelemetrySource.loaded(trainingTelemetry),
                LabelsCsv.read(trainingInputs.labels()), true, dir.resolve("training")).registered()
                .orElseThrow(() -> new IllegalStateException("the training gate refused the benchmark's model"));
        registry.updateStatus(pkg.group(), pkg.version(), ModelStatus.APPROVED, "approved by the benchmark");

        loaded = load();
        int lookback = loaded.lookbackDays(config.featureEngineering().lookbackDays());
        Path scored = Path.of(System.getProperty("java.io.tmpdir"),
                "iotad-bench-scoring-" + apartments + "x" + (lookback + 1) + "-seed11");
        if (!Files.exists(scored.resolve("buildings.csv"))) {
            Path partial = Files.createTempDirectory(scored.getParent(), "partial-");
            new PortfolioSimulator(SimulationOptions.builder().apartments(apartments).days(lookback + 1).startDate(START)
                    .seed(11L).build()).run(partial.resolve("p"));
            try {
                Files.move(partial.resolve("p"), scored);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another fork made it first: use that one
            }
        }
        PortfolioInputs inputs = PortfolioInputs.inDirectory(scored);
        Telemetry telemetry = new TelemetryLoader(config, dir.resolve("q2.jsonl"), ProgressListener.NONE)
                .load(inputs, new HashMap<>());
        day = telemetry.lastDay(config.featureEngineering().timezone());
        Map<String, Object> facts = new HashMap<>();
        frame = loaded.checkDays(loaded.features(telemetry.apartments(), telemetry.weather(), facts), day, day, facts);
    }

    private ModelScoring load() throws IOException {
        ModelPackage pkg = registry.latestApproved("global").orElseThrow();
        return new ModelScoring(pkg.id(), ModelArtifact.read(registry.artifactPath(pkg)), contract, ProgressListener.NONE);
    }

    /**
     * Registry look-up, artifact read and verification, and the day's scores with their reasons.
     *
     * @return the scores (consumed by JMH)
     * @throws IOException when the artifact cannot be read
     */
    @Benchmark
    public Scores loadAndScoreDay() throws IOException {
        return load().score(frame, day, day, new HashMap<>());
    }

    /** @return the day's scores with the model already loaded */
    @Benchmark
    public Scores scoreDay() {
        return loaded.score(frame, day, day, new HashMap<>());
    }

    /**
     * Registry look-up, artifact read, the day's scores, and the reasons of its ten highest (the
     * default alerts of a day, {@code inference.top_k_per_day}) — what the alerting step asks for.
     *
     * @return the ten reasons (consumed by JMH)
     * @throws IOException when the artifact cannot be read
     */
    @Benchmark
    public java.util.List<io.iotad.core.explain.Reason> loadScoreDayAndExplainTopTen() throws IOException {
        Scores s = load().score(frame, day, day, new HashMap<>());
        java.util.List<io.iotad.core.explain.Reason> out = new ArrayList<>(10);
        for (int i : s.topK(10)) {
            out.add(s.reason(i));
        }
        return out;
    }

    /**
     * The same scores without their reasons: the detector alone, through the scoring path's row selection,
     * to tell the scoring from the explaining.
     *
     * @return the day's scores, no reason attached
     */
    @Benchmark
    public Scores scoreDayWithoutReasons() {
        return BatchScoring.inContext(loaded.detector(), frame, day, day);
    }

    /**
     * Deletes the model and training files (the scored portfolio is kept for the next run).
     *
     * @throws IOException when deleting fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
