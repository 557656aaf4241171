package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A tiny simulated portfolio (20 apartments, 40 days, no weather gap: {@link SimulatedPortfolios#OPERATIONS},
 * simulated once per test JVM) and a registry with one approved workflow model, built once per test class
 * that needs them.
 *
 * @param data the portfolio folder (simulator layout)
 * @param registry the registry folder, with {@code global/1} Approved
 * @param trainOut the training run's output folder
 */
record OperationsFixture(Path data, Path registry, Path trainOut) {
    /** Seed of the fixture's simulation. */
    static final long SEED = 11L;

    /**
     * @param dir an empty folder, for the registry and the training run
     * @return the fixture
     * @throws IOException when the training run cannot be written
     */
    static OperationsFixture create(Path dir) throws IOException {
        Path data = SimulatedPortfolios.shared(SimulatedPortfolios.OPERATIONS);
        Path registry = dir.resolve("registry");
        Path out = dir.resolve("train");
        CliRun train = CliRun.of("train", "--data", data.toString(), "--registry", registry.toString(), "--out", out.toString(),
                "--labels-complete");
        assertThat(train.exit()).as(train.both()).isZero();
        CliRun approve = CliRun.of("registry", "approve", "--registry", registry.toString(), "--version", "1");
        assertThat(approve.exit()).as(approve.both()).isZero();
        return new OperationsFixture(data, registry, out);
    }
}
