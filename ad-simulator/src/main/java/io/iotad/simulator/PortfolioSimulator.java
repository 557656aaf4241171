package io.iotad.simulator;

import io.iotad.core.score.Label;
import io.iotad.simulator.event.EventPlanner;
import io.iotad.simulator.event.EventScope;
import io.iotad.simulator.event.GroundTruthEvent;
import io.iotad.simulator.event.LabelCalendar;
import io.iotad.simulator.output.DataFaultLog;
import io.iotad.simulator.output.GroundTruthWriter;
import io.iotad.simulator.output.RawDataWriter;
import io.iotad.simulator.output.TopologyWriter;
import io.iotad.simulator.output.WeatherWriter;
import io.iotad.simulator.physics.ApartmentSimulation;
import io.iotad.simulator.physics.DayOutput;
import io.iotad.simulator.physics.MeterReplacement;
import io.iotad.simulator.physics.StepClock;
import io.iotad.simulator.portfolio.Apartment;
import io.iotad.simulator.portfolio.Portfolio;
import io.iotad.simulator.portfolio.PortfolioLayout;
import io.iotad.simulator.scenario.DataScenario;
import io.iotad.simulator.weather.RegionWeather;
import io.iotad.simulator.weather.WeatherGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Simulates a portfolio of apartments over a heating season and writes it in the formats of
 * DATA-CONTRACT: raw meter JSON Lines, weather, topology, labels, plus the injected events and
 * data faults. Everything is decided by the options' seed: the same options give byte-identical
 * files on any number of threads. The layout, weather and events are planned when the simulator
 * is made; {@link #run(Path)} simulates and writes.
 *
 * <p>See docs/simulator.md for the physics, the events and the data volume.
 */
public final class PortfolioSimulator {
    private final SimulationOptions options;
    private final StepClock clock;
    private final Portfolio portfolio;
    private final List<RegionWeather> weather;
    private final List<GroundTruthEvent> events;
    private final List<Label> labels;
    private final DataFaultPlan dataFaultPlan;
    private final List<DataScenario> scenarios;

    /**
     * Plans the run (cheap next to {@link #run(Path)}).
     *
     * @param options validated options
     */
    public PortfolioSimulator(SimulationOptions options) {
        this(options, List.of());
    }

    /**
     * Plans a run with data scenarios: what the files report changes from each scenario's day on,
     * the simulated physics, events and labels do not.
     *
     * @param options validated options
     * @param scenarios the data scenarios, each naming a building of the portfolio
     * @throws IllegalArgumentException naming a scenario whose building is not in the portfolio
     */
    public PortfolioSimulator(SimulationOptions options, List<DataScenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
        this.options = options;
        this.clock = new StepClock(options.startDate(), options.days(), options.zone());
        this.portfolio = PortfolioLayout.generate(options.seed(), options.apartments(), options.buildings(),
                options.newBuildings(), options.startDate().getYear());
        long firstHour = Math.floorDiv(clock.startEpochSecond(), 3600L) * 3600L;
        int hours = (int) ((clock.endEpochSecond() - firstHour + 3599) / 3600);
        List<RegionWeather> w = new ArrayList<>();
        portfolio.regions().forEach(r -> w.add(WeatherGenerator.generate(options.seed(), r, firstHour, hours)));
        this.weather = List.copyOf(w);
        this.events = new EventPlanner(options, clock.startEpochSecond(), clock.endEpochSecond()).plan(portfolio);
        this.labels = LabelCalendar.labels(portfolio, events, options.zone());
        this.dataFaultPlan = DataFaultPlan.plan(options, portfolio, clock);
        for (DataScenario s : this.scenarios) {
            if (portfolio.buildings().stream().noneMatch(b -> b.id().equals(s.buildingId()))) {
                throw new IllegalArgumentException("scenario " + s + ": no building '" + s.buildingId() + "' in the "
                        + "portfolio; its buildings are " + portfolio.buildings().get(0).id() + " .. "
                        + portfolio.buildings().get(portfolio.buildings().size() - 1).id());
            }
        }
    }

    /** @return the options */
    public SimulationOptions options() {
        return options;
    }

    /** @return the portfolio's regions, buildings and apartments */
    public Portfolio portfolio() {
        return portfolio;
    }

    /** @return every injected event (the ground truth), building events first, unmodifiable */
    public List<GroundTruthEvent> events() {
        return events;
    }

    /** @return the apartment-day labels (fault days 1, nuisance days 0), unmodifiable */
    public List<Label> labels() {
        return labels;
    }

    /** @return each region's hourly weather, by region index, unmodifiable */
    public List<RegionWeather> weather() {
        return weather;
    }

    /**
     * Simulates every apartment and writes all files into {@code outDir}.
     *
     * @param outDir an empty or not yet existing folder
     * @return the files and counts
     * @throws IOException if a file cannot be written
     * @throws IllegalArgumentException if {@code outDir} is a file or a non-empty folder
     */
    public SimulationResult run(Path outDir) throws IOException {
        prepare(outDir);
        DataFaultLog log = new DataFaultLog();
        dataFaultPlan.log(log, portfolio, options.zone());
        List<Apartment> apartments = portfolio.apartments();
        ApartmentSimulation[] sims = new ApartmentSimulation[apartments.size()];
        List<List<GroundTruthEvent>> touching = eventsByApartment();
        for (Apartment a : apartments) {
            sims[a.index()] = new ApartmentSimulation(a, touching.get(a.index()),
                    weather.get(a.building().region().index()), clock, options.seed(), options.energyResolutionKwh(),
                    options.energyDecimals(), options.meterReportMinutes(), dataFaultPlan.replacementOf(a.index()));
        }
        RawDataWriter raw = new RawDataWriter(outDir, options.seed(), options.days(), options.apartmentsPerFile(),
                options.gzip(), options.dataFaults(), options.malformedLineRate(), options.duplicateLineRate(),
                options.lateFileRate(), log);
        long validLines = 0;
        long readings = 0;
        try (DaySimulation days = new DaySimulation(sims, options.threads())) {
            days.submit(0);
            for (int d = 0; d < options.days(); d++) {
                DayOutput[] out = days.await();
                if (d + 1 < options.days()) {
                    days.submit(d + 1);
                }
                for (DayOutput o : out) {
                    validLines += o.lines().size();
                    readings += o.readings();
                }
                LocalDate date = options.startDate().plusDays(d);
                raw.writeDay(d, date, apartments, applyScenarios(date, apartments, out));
            }
        }
        return writeTables(outDir, raw, log, validLines, readings);
    }

    private DayOutput[] applyScenarios(LocalDate date, List<Apartment> apartments, DayOutput[] out) {
        for (DataScenario s : scenarios) {
            if (s.kind() != DataScenario.Kind.METER_WH) {
                continue;
            }
            for (Apartment a : apartments) {
                if (s.affects(a.building().id(), date)) {
                    DayOutput o = out[a.index()];
                    out[a.index()] = new DayOutput(o.lines().stream().map(DataScenario::inWattHours).toList(), o.readings());
                }
            }
        }
        return out;
    }

    private java.util.Map<Integer, java.util.function.Function<LocalDate, Double>> weatherOffsets() {
        java.util.Map<Integer, java.util.function.Function<LocalDate, Double>> out = new java.util.HashMap<>();
        for (DataScenario s : scenarios) {
            if (s.kind() == DataScenario.Kind.WEATHER_OFFSET) {
                int b = portfolio.buildings().stream().filter(x -> x.id().equals(s.buildingId())).findFirst().orElseThrow().index();
                java.util.function.Function<LocalDate, Double> before = out.getOrDefault(b, d -> 0.0);
                out.put(b, d -> before.apply(d) + (d.isBefore(s.from()) ? 0.0 : DataScenario.WEATHER_OFFSET_K));
            }
        }
        return out;
    }

    private static void writeScenarios(Path file, List<DataScenario> scenarios) throws IOException {
        StringBuilder sb = new StringBuilder("scenario,building_id,from_date,detail\n");
        for (DataScenario s : scenarios) {
            sb.append(s.kind().id()).append(',').append(s.buildingId()).append(',').append(s.from()).append(',')
                    .append(s.kind() == DataScenario.Kind.METER_WH ? "heat meters report heating_energy_kwh in Wh"
                            : "weather.csv temperature_c " + DataScenario.WEATHER_OFFSET_K + " K too warm").append('\n');
        }
        Files.writeString(file, sb);
    }

    private SimulationResult writeTables(Path outDir, RawDataWriter raw, DataFaultLog log, long validLines,
            long readings) throws IOException {
        Path buildings = outDir.resolve("buildings.csv");
        Path apartmentsCsv = outDir.resolve("apartments.csv");
        Path weatherCsv = outDir.resolve("weather.csv");
        Path labelsCsv = outDir.resolve("labels.csv");
        Path eventsCsv = outDir.resolve("events.csv");
        Path faultsCsv = outDir.resolve("data_faults.csv");
        TopologyWriter.writeBuildings(buildings, portfolio.buildings());
        TopologyWriter.writeApartments(apartmentsCsv, portfolio.apartments());
        long weatherRows = WeatherWriter.writeCsv(weatherCsv, portfolio.buildings(), weather, options.zone(),
                dataFaultPlan.weatherGaps(), weatherOffsets());
        if (!scenarios.isEmpty()) {
            writeScenarios(outDir.resolve("scenarios.csv"), scenarios);
        }
        List<Path> apiFiles = new ArrayList<>();
        if (options.writeRawWeather()) {
            Path dir = Files.createDirectories(outDir.resolve("weather-raw"));
            for (RegionWeather rw : weather) {
                Path f = dir.resolve(rw.region().id() + ".json");
                WeatherWriter.writeApiJson(f, rw);
                apiFiles.add(f);
            }
        }
        GroundTruthWriter.writeLabels(labelsCsv, labels);
        GroundTruthWriter.writeEvents(eventsCsv, events);
        log.write(faultsCsv);
        int faults = (int) events.stream().filter(e -> e.kind().isFault()).count();
        return new SimulationResult(outDir, raw.files(), buildings, apartmentsCsv, weatherCsv, apiFiles, labelsCsv,
                eventsCsv, faultsCsv, portfolio.apartments().size(), portfolio.buildings().size(), options.days(),
                validLines, raw.linesWritten(), readings, weatherRows, faults, events.size() - faults, events, labels,
                log.records());
    }

    private List<List<GroundTruthEvent>> eventsByApartment() {
        List<List<GroundTruthEvent>> out = new ArrayList<>();
        for (int i = 0; i < portfolio.apartments().size(); i++) {
            out.add(new ArrayList<>());
        }
        for (GroundTruthEvent e : events) {
            if (e.scope() == EventScope.APARTMENT) {
                out.get(e.apartmentIndex()).add(e);
            } else {
                for (Apartment a : portfolio.apartments()) {
                    if (a.building().index() == e.buildingIndex()) {
                        out.get(a.index()).add(e);
                    }
                }
            }
        }
        return out;
    }

    private static void prepare(Path outDir) throws IOException {
        if (Files.exists(outDir)) {
            if (!Files.isDirectory(outDir)) {
                throw new IllegalArgumentException("outDir " + outDir + " is a file, expected a folder");
            }
            try (Stream<Path> s = Files.list(outDir)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalArgumentException("outDir " + outDir
                            + " is not empty; expected an empty or new folder so that no stale file mixes in");
                }
            }
        }
        Files.createDirectories(outDir);
    }
}
