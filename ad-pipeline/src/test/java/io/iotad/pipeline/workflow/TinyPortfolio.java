package io.iotad.pipeline.workflow;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.core.registry.ModelStatus;
import io.iotad.core.score.Labels;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.pipeline.labels.LabelsCsv;
import io.iotad.pipeline.run.WorkflowRun;
import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.SimulationOptions;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A small simulated portfolio for workflow tests: simulated once into a folder, read through the
 * workflows' own {@code ValidateSchema} code ({@link TelemetryLoader}).
 *
 * @param dir where the simulator wrote its files
 * @param inputs the files, as the workflows take them
 * @param telemetry the validated telemetry
 * @param labels the simulator's ground truth
 * @param firstDay the first simulated day
 * @param days how many days were simulated
 */
record TinyPortfolio(Path dir, PortfolioInputs inputs, Telemetry telemetry, Labels labels, LocalDate firstDay, int days) {
    /** Start of every simulated portfolio of these tests. */
    static final LocalDate START = LocalDate.of(2024, 11, 1);
    /** Faults per apartment per 180 days: high, so that a few weeks hold enough faulty days to evaluate. */
    static final double FAULT_RATE = 4.0;

    /**
     * @param dir an empty folder
     * @param apartments apartments to simulate
     * @param buildings buildings they are spread over
     * @param days days from {@link #START}
     * @param seed the simulation's seed
     * @return the portfolio, loaded
     * @throws IOException when the files cannot be written or read
     */
    static TinyPortfolio simulate(Path dir, int apartments, int buildings, int days, long seed) throws IOException {
        new PortfolioSimulator(SimulationOptions.builder().apartments(apartments).buildings(buildings).days(days)
                .startDate(START).seed(seed).faultRate(FAULT_RATE).weatherGaps(0).build()).run(dir);
        PortfolioInputs inputs = PortfolioInputs.inDirectory(dir);
        Telemetry telemetry = new TelemetryLoader(IotadConfig.defaults(), null, ProgressListener.NONE)
                .load(inputs, new HashMap<>());
        return new TinyPortfolio(dir, inputs, telemetry, LabelsCsv.read(inputs.labels()), START, days);
    }

    /** The portfolios of {@link #shared}, by their parameters. */
    private static final Map<List<Long>, TinyPortfolio> SHARED = new HashMap<>();

    /**
     * A portfolio simulated once per test JVM and shared by every test class that asks for the same one
     * (a test reads its files and telemetry, never changes them); its folder is deleted when the JVM exits.
     *
     * @param apartments apartments to simulate
     * @param buildings buildings they are spread over
     * @param days days from {@link #START}
     * @param seed the simulation's seed
     * @return the portfolio, loaded
     * @throws UncheckedIOException when the files cannot be written or read
     */
    static synchronized TinyPortfolio shared(int apartments, int buildings, int days, long seed) {
        List<Long> key = List.of((long) apartments, (long) buildings, (long) days, seed);
        TinyPortfolio p = SHARED.get(key);
        if (p == null) {
            try {
                Path dir = Files.createTempDirectory("tiny-portfolio-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                p = simulate(dir.resolve("portfolio"), apartments, buildings, days, seed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SHARED.put(key, p);
        }
        return p;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /**
     * Runs the training workflow on this portfolio's loaded telemetry, its labels as ground truth, quietly.
     *
     * @param config the configuration
     * @param registry where the model is registered
     * @param clock the registration clock
     * @param out the run's output folder
     * @return the outcome
     * @throws IOException when files cannot be written
     */
    TrainingOutcome train(IotadConfig config, ModelRegistry registry, Clock clock, Path out) throws IOException {
        return new TrainingWorkflow(config, registry, clock, ProgressListener.NONE, WorkflowRun.StepListener.NONE)
                .run(TelemetrySource.loaded(telemetry), labels, true, out);
    }

    /**
     * {@link #train} and approve the registered version, as a person would before scoring.
     *
     * @param config the configuration
     * @param registry where the model is registered
     * @param clock the registration clock
     * @param out the run's output folder
     * @return the approved package
     * @throws IOException when files cannot be written
     * @throws java.util.NoSuchElementException when the gate refused the model
     */
    ModelPackage trainAndApprove(IotadConfig config, ModelRegistry registry, Clock clock, Path out) throws IOException {
        ModelPackage pkg = train(config, registry, clock, out).registered().orElseThrow();
        return registry.updateStatus(pkg.group(), pkg.version(), ModelStatus.APPROVED, "approved by the test");
    }

    /** @return the last simulated day */
    LocalDate lastDay() {
        return firstDay.plusDays(days - 1);
    }

    /**
     * The same telemetry with every hourly outdoor temperature of {@code day} (UTC) missing for the
     * given buildings: the seed's Challenge 1, a weather feed that failed.
     *
     * @param day the day whose weather is lost
     * @param buildings the buildings that lose it
     * @return the changed telemetry; this portfolio's is unchanged
     */
    Telemetry withoutWeather(LocalDate day, Set<String> buildings) {
        long from = day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        Map<String, HourlyWeather> weather = new HashMap<>(telemetry.weather());
        for (String b : buildings) {
            HourlyWeather w = weather.get(b);
            double[] temp = w.temperatureC().clone();
            for (int i = 0; i < temp.length; i++) {
                if (w.hourStartEpochSeconds()[i] >= from && w.hourStartEpochSeconds()[i] < to) {
                    temp[i] = Double.NaN;
                }
            }
            weather.put(b, new HourlyWeather(b, w.hourStartEpochSeconds(), temp, w.humidityPct(), w.solarIrradianceWm2()));
        }
        return new Telemetry(telemetry.apartments(), weather, telemetry.buildings(), telemetry.ingest());
    }
}
