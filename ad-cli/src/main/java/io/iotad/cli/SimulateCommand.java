package io.iotad.cli;

import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.SimulationOptions;
import io.iotad.simulator.SimulationResult;
import io.iotad.simulator.scenario.DataScenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iotad simulate}: writes a simulated portfolio (raw meter JSON Lines, weather, topology,
 * labels, injected events and data faults) into an empty folder and prints a short summary.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulates a portfolio of heated apartments with labelled equipment faults, labelled "
                + "nuisance behaviour and data faults, and writes it in the formats iotad reads (docs/input-formats.md).",
                "The same options and seed give byte-identical files."})
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder; must be empty or not exist yet.")
    private Path out;

    @Mixin
    private SimulatedPortfolioOptions portfolio;

    @Option(names = "--buildings", paramLabel = "B",
            description = "Number of buildings (default: one per about 25 apartments).")
    private Integer buildings;

    @Option(names = "--start", paramLabel = "DATE", defaultValue = "2024-10-01",
            description = "First simulated day, YYYY-MM-DD (default: ${DEFAULT-VALUE}).")
    private LocalDate start;

    @Option(names = "--fault-rate", paramLabel = "R", defaultValue = "" + SimulationOptions.DEFAULT_FAULT_RATE,
            description = "Expected equipment faults per apartment per 180 days, 0-10 (default: ${DEFAULT-VALUE}).")
    private double faultRate;

    @Option(names = "--gzip", description = "Write raw files as .jsonl.gz.")
    private boolean gzip;

    @Option(names = "--scenario", paramLabel = "NAME@BUILDING@DATE", description = "A data scenario from DATE on in "
            + "BUILDING (repeatable): meter_wh (its heat meters report Wh instead of kWh) or weather_offset (its weather.csv "
            + "reads " + DataScenario.WEATHER_OFFSET_K + " K too warm). The physics and labels are unchanged; the "
            + "scenarios are listed in scenarios.csv.")
    private List<String> scenarios = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        SimulationOptions.Builder b = portfolio.builder().startDate(start).faultRate(faultRate).gzip(gzip);
        if (buildings != null) {
            b.buildings(buildings);
        }
        SimulationOptions options = b.build();
        long t0 = System.nanoTime();
        List<DataScenario> parsed = new ArrayList<>();
        for (String s : scenarios) {
            parsed.add(DataScenario.parse(s));
        }
        SimulationResult r = new PortfolioSimulator(options, parsed).run(out);
        double seconds = (System.nanoTime() - t0) / 1e9;
        PrintWriter w = spec.commandLine().getOut();
        w.printf("simulated %d apartments in %d buildings over %d days from %s (seed %d) in %.1f s%n",
                r.apartments(), r.buildings(), r.days(), options.startDate(), options.seed(), seconds);
        w.printf("raw: %d files, %d lines (%.1f per apartment-day), %d readings%n", r.rawFiles().size(),
                r.linesWritten(), r.linesPerApartmentDay(), r.readings());
        w.printf("events: %d equipment faults, %d nuisance; labels: %d apartment-days; data faults: %d%n",
                r.faultEvents(), r.nuisanceEvents(), r.labels().size(), r.dataFaultsInjected());
        parsed.forEach(s -> w.printf("scenario %s%n", s));
        w.printf("written to %s%n", r.outDir().toAbsolutePath());
        w.flush();
        return 0;
    }
}
