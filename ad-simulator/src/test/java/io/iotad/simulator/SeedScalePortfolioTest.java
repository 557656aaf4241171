package io.iotad.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.simulator.event.EventKind;
import io.iotad.simulator.event.GroundTruthEvent;
import io.iotad.simulator.portfolio.Archetype;
import io.iotad.simulator.portfolio.Building;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's portfolio: 120 buildings, 3,000 apartments, a heating season. */
class SeedScalePortfolioTest {
    @TempDir
    Path tmp;

    private static SimulationOptions seedScale() {
        return SimulationOptions.builder().apartments(3000).buildings(120).days(180).build();
    }

    @Test
    void given_the_seed_portfolio_when_planned_then_it_holds_every_archetype_and_event_kind() {
        PortfolioSimulator sim = new PortfolioSimulator(seedScale());

        assertThat(sim.portfolio().buildings()).hasSize(120);
        assertThat(sim.portfolio().apartments()).hasSize(3000);
        assertThat(sim.portfolio().regions()).hasSize(10);
        assertThat(sim.portfolio().buildings().stream().map(Building::archetype).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Archetype.class));
        Set<EventKind> kinds = sim.events().stream().map(GroundTruthEvent::kind).collect(Collectors.toSet());
        assertThat(kinds).isEqualTo(EnumSet.allOf(EventKind.class));
        long faultDays = sim.labels().stream().filter(l -> l.label() == 1).count();
        assertThat(faultDays / (3000.0 * 180)).as("share of fault days").isBetween(0.01, 0.10);
    }

    @Test
    @Tag("slow")
    void given_the_seed_portfolio_when_two_weeks_are_written_gzipped_then_volume_stays_modest() throws IOException {
        SimulationResult r = new PortfolioSimulator(seedScale().toBuilder().days(14).gzip(true).build())
                .run(tmp.resolve("seed"));

        assertThat(r.apartments()).isEqualTo(3000);
        assertThat(r.linesPerApartmentDay()).isBetween(30.0, 70.0);
        assertThat(r.rawFiles()).hasSizeGreaterThanOrEqualTo(14 * 3);
    }
}
