package io.iotad.cli;

import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.SimulationOptions;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tiny simulated portfolios shared by the command tests: each set of options is simulated once per
 * test JVM, into a folder deleted when the JVM exits. A test reads (or copies) the files, never
 * changes them.
 */
final class SimulatedPortfolios {
    /** The options of the operations tests: 20 apartments, 40 days, {@link OperationsFixture#SEED}, no weather gap. */
    static final SimulationOptions OPERATIONS = SimulationOptions.builder().apartments(20).days(40)
            .seed(OperationsFixture.SEED).weatherGaps(0).build();

    private static final Map<SimulationOptions, Path> SHARED = new HashMap<>();

    private SimulatedPortfolios() {
    }

    /**
     * @param options what to simulate
     * @return the folder the portfolio was simulated into (simulator layout)
     * @throws UncheckedIOException when the simulation cannot be written
     */
    static synchronized Path shared(SimulationOptions options) {
        return SHARED.computeIfAbsent(options, SimulatedPortfolios::simulate);
    }

    private static Path simulate(SimulationOptions options) {
        try {
            Path dir = Files.createTempDirectory("cli-portfolio-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            new PortfolioSimulator(options).run(dir.resolve("portfolio"));
            return dir.resolve("portfolio");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
