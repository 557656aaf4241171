package io.iotad.cli;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelStatus;
import io.iotad.core.score.Labels;
import io.iotad.eval.EvaluationResult;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import io.iotad.pipeline.labels.LabelsCsv;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.workflow.InferenceOutcome;
import io.iotad.pipeline.workflow.InferenceWorkflow;
import io.iotad.pipeline.workflow.PortfolioInputs;
import io.iotad.pipeline.workflow.Telemetry;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import io.iotad.pipeline.workflow.TrainingOutcome;
import io.iotad.pipeline.workflow.TrainingWorkflow;
import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iotad demo}: the whole loop on a simulated portfolio, in one command. Simulate → ingest
 * (validate, quarantine) → features → train → evaluate on the held-out last weeks → gate →
 * register (PendingManualApproval) → approve (automatically, as the demo's stand-in for a person)
 * → score the last weeks with the approved model → alerts in SQLite → evaluation report (JSON and
 * HTML). The simulator's ground truth stands in for technicians' verdicts.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the whole loop on a simulated portfolio: simulate, ingest, features, train, evaluate, "
                + "register, approve, score the last weeks, write alerts and the evaluation report.",
                "Prints P@K and R@K of the held-out weeks against the simulator's labels.",
                "--days is at least training.holdout_days (14) + " + DemoSettings.MIN_TRAINING_DAYS + ". The default "
                + "XGBoost needs a fault in the training weeks (a size whose simulation has none is refused before "
                + "anything runs): about 100 apartments over 60 days has one, or use --set "
                + "training.model_strategy=isolation_forest. One seed gives one result."})
public final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "iotad-out",
            description = "Output folder (default: ${DEFAULT-VALUE}); must be new, empty, or an earlier demo's output, "
                    + "of which only the files that demo wrote (listed in its " + DemoOutputFolder.MANIFEST
                    + ") are replaced.")
    private Path out;

    @Mixin
    private SimulatedPortfolioOptions portfolio;

    @Mixin
    private ConfigOptions configOptions;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "iotad demo");
        portfolio.requireNonEmpty();
        // planning the simulation is cheap; it tells the demo's settings and whether this size can run
        PortfolioSimulator planned = new PortfolioSimulator(portfolio.builder().build());
        List<String> defaults = DemoSettings.defaults(planned, portfolio.seed);
        IotadConfig config = configOptions.load(defaults);
        if (!DetectorStrategies.byName(config.training().modelStrategy()).supervised()) {
            // the fault-physics features lift the supervised model only (docs/results-simulator.md)
            defaults = DemoSettings.forUnsupervised(defaults, config.training().modelStrategy());
            config = configOptions.load(defaults);
        }
        DemoSettings.checkRunnable(planned, config);
        w.println("demo settings, unless --config or --set gives them: " + String.join(", ", defaults) + " "
                + DemoSettings.describe(planned) + "; training.model_strategy in use: " + config.training().modelStrategy());
        DemoOutputFolder folder = DemoOutputFolder.prepare(out);
        try {
            return run(planned, config, progress, w);
        } finally {
            // also after a failure: the next run must know which files are the demo's
            folder.record();
        }
    }

    private int run(PortfolioSimulator planned, IotadConfig config, ConsoleProgress progress, PrintWriter w) throws IOException {
        long t0 = System.nanoTime();

        Path data = out.resolve("data");
        SimulationResult sim = planned.run(data);
        w.printf(Locale.ROOT, "simulated %d apartments in %d buildings over %d days: %d raw lines, %d equipment faults, "
                + "%d nuisance episodes, %d data faults%n", sim.apartments(), sim.buildings(), sim.days(),
                sim.linesWritten(), sim.faultEvents(), sim.nuisanceEvents(), sim.dataFaultsInjected());

        PortfolioInputs inputs = PortfolioInputs.inDirectory(data);
        Map<String, Object> ingestFacts = new HashMap<>();
        Telemetry telemetry = new TelemetryLoader(config, out.resolve("quarantine.jsonl"), progress).load(inputs, ingestFacts);
        w.printf(Locale.ROOT, "ingested %d readings of %d apartments; quarantined %d lines (%.3f%%), dropped %d duplicates%n",
                telemetry.ingest().readingsKept(), telemetry.apartments().size(), telemetry.ingest().quarantinedLines(),
                100 * telemetry.ingest().quarantinedShare(), telemetry.ingest().duplicatesDropped());
        Labels labels = LabelsCsv.read(inputs.labels());

        FileModelRegistry registry = new FileModelRegistry(out.resolve("registry"));
        TrainingOutcome trained = new TrainingWorkflow(config, registry, Clock.systemUTC(), progress, progress)
                .run(TelemetrySource.loaded(telemetry), labels, true, out.resolve("training"));
        EvaluationResult ev = trained.evaluation();
        if (trained.registered().isEmpty()) {
            w.printf("evaluation gate FAILED: %s%nreport: %s%n", trained.verdict().summary(), trained.reportHtml());
            w.flush();
            return IotadCli.EXIT_RUN_FAILED;
        }
        ModelPackage pkg = registry.updateStatus(trained.registered().get().group(), trained.registered().get().version(),
                ModelStatus.APPROVED, "approved by iotad demo (stand-in for a person's review)");
        w.printf("trained %s on %s..%s, registered %s, approved by the demo%n", config.training().modelStrategy(),
                trained.split().trainFrom(), trained.split().trainTo(), pkg.id());
        for (ModelPackage own : trained.archetypeModels()) {
            registry.updateStatus(own.group(), own.version(), ModelStatus.APPROVED,
                    "approved by iotad demo (stand-in for a person's review)");
            w.printf("registered %s (archetype model), approved by the demo%n", own.id());
        }

        InferenceOutcome scored;
        try (SqliteAlertStore alerts = SqliteAlertStore.open(out.resolve("alerts.db"))) {
            scored = new InferenceWorkflow(config, registry, alerts, Clock.systemUTC(), progress, progress)
                    .run(TelemetrySource.loaded(telemetry), trained.split().holdoutFrom(), trained.split().holdoutTo(),
                            out.resolve("inference"));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> m = ev.metrics();
        int k = config.evaluation().k();
        w.printf(Locale.ROOT, "scored %s..%s: %d apartment-days, %d alerts written (%d suppressed by the vacation rule)%n",
                trained.split().holdoutFrom(), trained.split().holdoutTo(), scored.scores().size(),
                scored.selection().alerts().size(), scored.selection().suppressedByVacationRule().size());
        w.printf(Locale.ROOT, "outputs: %s (evaluation_report.json, %s, model.tar.gz), %s, %s%n",
                out.resolve("training"), trained.reportHtml().getFileName(), out.resolve("alerts.db"), out.resolve("registry"));
        w.printf(Locale.ROOT, "P@%d=%.3f R@%d=%.3f PR-AUC=%.3f ROC-AUC=%.3f (held-out days, %d faulty apartment-days of %d; %.1f s)%n",
                k, m.get(EvaluationResult.PRECISION_AT_K), k, m.get(EvaluationResult.RECALL_AT_K),
                m.get(EvaluationResult.PR_AUC), m.get(EvaluationResult.ROC_AUC), ev.positives(), ev.evaluated(), seconds);
        w.flush();
        return 0;
    }
}
