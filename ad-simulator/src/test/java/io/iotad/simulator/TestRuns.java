package io.iotad.simulator;

import io.iotad.simulator.event.EventKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/** Small, quiet portfolios for tests: no data faults, no nuisance unless asked. */
final class TestRuns {
    private TestRuns() {
    }

    /** @return a 20-apartment fixture with clean data and only the given fault kinds */
    static SimulationOptions.Builder clean(int apartments, int buildings, int days, Set<EventKind> faults,
            double faultRate) {
        return SimulationOptions.builder().apartments(apartments).buildings(buildings).days(days)
                .startDate(LocalDate.of(2024, 11, 15)).seed(7).faultKinds(faults).faultRate(faultRate)
                .pumpFailureRate(0).awayRate(0).guestRate(0).scheduleChangeRate(0).gradualOnsetShare(0)
                .dataFaults(Set.of()).newBuildings(0).writeRawWeather(false).threads(2);
    }

    static SimulationResult run(SimulationOptions o, Path dir) throws IOException {
        return new PortfolioSimulator(o).run(dir);
    }
}
