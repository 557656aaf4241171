package io.iotad.cli;

import io.iotad.simulator.SimulationOptions;
import picocli.CommandLine.Option;

/**
 * The size and seed of a simulated portfolio ({@code --apartments}, {@code --days}, {@code --seed}), shared (a picocli
 * mixin) by the commands that simulate one: {@code iotad simulate}, {@code iotad demo} and {@code iotad flywheel}.
 * The defaults are the simulator's ({@link SimulationOptions}); the simulator checks the ranges.
 */
final class SimulatedPortfolioOptions {
    @Option(names = "--apartments", paramLabel = "N", defaultValue = "" + SimulationOptions.DEFAULT_APARTMENTS,
            description = "Apartments to simulate (default: ${DEFAULT-VALUE}).")
    int apartments;

    @Option(names = "--days", paramLabel = "D", defaultValue = "" + SimulationOptions.DEFAULT_DAYS,
            description = "Days to simulate, from the first simulated day (1 October unless the command takes --start; "
                    + "default: ${DEFAULT-VALUE}, a heating season).")
    int days;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SimulationOptions.DEFAULT_SEED,
            description = "Seed of every random choice: the simulation's, and where the command has them training's "
                    + "(training.seed) and the simulated technician's (default: ${DEFAULT-VALUE}).")
    long seed;

    /**
     * Refuses an empty portfolio before a command does anything else (the simulator would refuse it later, after the
     * command had read its configuration).
     *
     * @throws IllegalArgumentException when {@code --apartments} or {@code --days} is below 1
     */
    void requireNonEmpty() {
        if (apartments < 1 || days < 1) {
            throw new IllegalArgumentException("--apartments and --days must be >= 1, got " + apartments + " and " + days);
        }
    }

    /** @return a simulation of this size and seed, the simulator's other settings at their defaults */
    SimulationOptions.Builder builder() {
        return SimulationOptions.builder().apartments(apartments).days(days).seed(seed);
    }
}
