package io.iotad.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.score.Label;
import io.iotad.simulator.event.EventKind;
import io.iotad.simulator.event.GroundTruthEvent;
import io.iotad.simulator.portfolio.Apartment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nuisance behaviour is labelled 0 with its cause, and it moves the telemetry as residents would. */
class NuisanceLabelTest {
    @TempDir
    Path tmp;

    @Test
    void given_only_nuisance_when_simulated_then_every_listed_day_is_labelled_0_with_a_nuisance_cause() throws IOException {
        SimulationOptions o = TestRuns.clean(30, 3, 60, Set.of(), 0).awayRate(3).guestRate(3).scheduleChangeRate(2)
                .newBuildings(1).build();
        SimulationResult r = new PortfolioSimulator(o).run(tmp.resolve("n"));

        assertThat(r.labels()).isNotEmpty().allSatisfy(l -> {
            assertThat(l.label()).isZero();
            assertThat(EventKind.fromCause(l.cause()).isFault()).isFalse();
        });
        assertThat(r.labels().stream().map(Label::cause).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "resident_away", "guest_stay", "schedule_change", "new_building_commissioning");
        List<String> csv = Files.readAllLines(r.labelsCsv());
        assertThat(csv).hasSize(r.labels().size() + 1);
        assertThat(csv.subList(1, csv.size())).allMatch(l -> l.split(",")[2].equals("0"));
    }

    @Test
    void given_faults_and_nuisance_when_labelled_then_fault_days_are_1_and_nuisance_days_0() {
        SimulationOptions o = TestRuns.clean(30, 3, 60, EventKind.faultKinds(), 3).awayRate(2).pumpFailureRate(2)
                .build();
        PortfolioSimulator sim = new PortfolioSimulator(o);
        Map<String, Label> byKey = sim.labels().stream()
                .collect(Collectors.toMap(l -> l.apartmentId() + "|" + l.eventDate(), l -> l));
        for (GroundTruthEvent e : sim.events()) {
            if (e.apartmentId().isEmpty()) {
                continue;
            }
            LocalDate day = e.start().atZone(ZoneOffset.UTC).toLocalDate();
            Label l = byKey.get(e.apartmentId() + "|" + day);
            assertThat(l).as("label of %s on %s", e.apartmentId(), day).isNotNull();
            if (e.kind().isFault()) {
                assertThat(l.label()).isEqualTo(1);
                assertThat(EventKind.fromCause(l.cause()).isFault()).isTrue();
            } else if (l.label() == 0) {
                assertThat(l.cause()).isEqualTo(e.kind().cause());
            }
        }
    }

    @Test
    void given_residents_away_when_compared_with_a_twin_at_home_then_hot_water_stops_and_energy_falls() throws IOException {
        SimulationOptions away = TestRuns.clean(20, 2, 40, Set.of(), 0).awayRate(6).build();
        PortfolioSimulator sim = new PortfolioSimulator(away);
        sim.run(tmp.resolve("away"));
        new PortfolioSimulator(away.toBuilder().awayRate(0).build()).run(tmp.resolve("home"));
        RawTelemetry a = RawTelemetry.read(tmp.resolve("away"));
        RawTelemetry h = RawTelemetry.read(tmp.resolve("home"));
        List<GroundTruthEvent> events = sim.events().stream().filter(e -> e.kind() == EventKind.RESIDENT_AWAY).toList();

        assertThat(events).isNotEmpty();
        double awayEnergy = 0;
        double homeEnergy = 0;
        for (GroundTruthEvent e : events) {
            Instant from = e.start().plus(Duration.ofHours(1));
            assertThat(Duration.between(e.start(), e.end())).isGreaterThan(Duration.ofHours(48));
            assertThat(a.counterIncrease(e.apartmentId(), "hot_water_litres", from, e.end())).isZero();
            awayEnergy += a.counterIncrease(e.apartmentId(), "heating_energy_kwh", from, e.end());
            homeEnergy += h.counterIncrease(e.apartmentId(), "heating_energy_kwh", from, e.end());
            Apartment apt = sim.portfolio().apartments().get(e.apartmentIndex());
            String room = apt.rooms().get(0).name();
            assertThat(a.roomMean(apt.id(), "setpoint_temp_c", room, from, e.end())).isLessThanOrEqualTo(16.0);
        }
        assertThat(awayEnergy).isLessThan(0.6 * homeEnergy);
    }
}
