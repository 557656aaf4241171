package io.iotad.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.simulator.event.EventKind;
import io.iotad.simulator.event.EventScope;
import io.iotad.simulator.event.GroundTruthEvent;
import io.iotad.simulator.portfolio.Apartment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fault kind moves the telemetry the way it physically should, measured against a no-fault
 * twin run with the same seed (same weather, same residents, same sensor noise), reading the
 * simulator's raw JSON Lines back.
 */
class FaultPhysicsTest {
    private static final int APARTMENTS = 24;
    private static final int DAYS = 30;

    @TempDir
    Path tmp;

    /** Telemetry of a faulty run and its twin, with the fault events compared over their developed part. */
    private record Twin(PortfolioSimulator sim, RawTelemetry faulty, RawTelemetry clean, List<GroundTruthEvent> events) {
    }

    private Twin twin(EventKind kind, double faultRate, double pumpRate) throws IOException {
        SimulationOptions faulty = TestRuns.clean(APARTMENTS, 3, DAYS, Set.of(kind), faultRate)
                .pumpFailureRate(pumpRate).build();
        SimulationOptions clean = faulty.toBuilder().faultKinds(Set.of()).build();
        PortfolioSimulator sim = new PortfolioSimulator(faulty);
        sim.run(tmp.resolve("faulty"));
        new PortfolioSimulator(clean).run(tmp.resolve("clean"));
        List<GroundTruthEvent> events = sim.events().stream().filter(e -> e.kind() == kind).toList();
        assertThat(events).as("the faulty run holds %s events", kind).isNotEmpty();
        assertThat(new PortfolioSimulator(clean).events()).isEmpty();
        return new Twin(sim, RawTelemetry.read(tmp.resolve("faulty")), RawTelemetry.read(tmp.resolve("clean")),
                events);
    }

    /** @return [from, to): from a day after the start (after the onset, if any) to the end, at least 12 h */
    private static Instant[] developed(GroundTruthEvent e) {
        Instant from = e.start().plus(Duration.ofHours(Math.max(24, (long) e.onsetHours())));
        Instant to = e.end();
        return from.isBefore(to.minus(Duration.ofHours(12))) ? new Instant[] {from, to} : null;
    }

    private static double energy(RawTelemetry t, String apt, Instant[] w) {
        return t.counterIncrease(apt, "heating_energy_kwh", w[0], w[1]);
    }

    private static double roomTemp(RawTelemetry t, String apt, String room, Instant[] w) {
        return t.roomMean(apt, "room_temp_c", room, w[0], w[1]);
    }

    @Test
    void given_a_valve_stuck_closed_when_compared_with_its_twin_then_the_room_cools_and_energy_drops() throws IOException {
        Twin t = twin(EventKind.VALVE_STUCK_CLOSED, 4.0, 0);
        List<double[]> diffs = new ArrayList<>();
        for (GroundTruthEvent e : t.events()) {
            Instant[] w = developed(e);
            if (w != null) {
                diffs.add(new double[] {roomTemp(t.faulty(), e.apartmentId(), e.roomName(), w)
                        - roomTemp(t.clean(), e.apartmentId(), e.roomName(), w),
                        energy(t.faulty(), e.apartmentId(), w) - energy(t.clean(), e.apartmentId(), w)});
            }
        }
        assertThat(diffs).isNotEmpty();
        // never warmer, never more energy; a room that needed no heat anyway (a passive house on mild
        // days) does not change at all
        assertThat(diffs).allSatisfy(d -> {
            assertThat(d[0]).as("room temperature change, K").isLessThan(0.02);
            assertThat(d[1]).as("energy change, kWh").isLessThanOrEqualTo(0.0);
        });
        // a passive-house room barely cools (its neighbours keep it warm); a 1980s room cools by several K
        assertThat(diffs.stream().mapToDouble(d -> d[0]).average().orElseThrow()).isLessThan(-1.0);
        assertThat(diffs.stream().filter(d -> d[1] < 0).count()).isGreaterThanOrEqualTo((long) (0.8 * diffs.size()));
    }

    @Test
    void given_a_valve_stuck_open_when_compared_with_its_twin_then_the_room_overheats_and_energy_rises() throws IOException {
        Twin t = twin(EventKind.VALVE_STUCK_OPEN, 4.0, 0);
        int checked = 0;
        for (GroundTruthEvent e : t.events()) {
            Instant[] w = developed(e);
            if (w == null) {
                continue;
            }
            checked++;
            double faultyTemp = roomTemp(t.faulty(), e.apartmentId(), e.roomName(), w);
            double setpoint = t.faulty().roomMean(e.apartmentId(), "setpoint_temp_c", e.roomName(), w[0], w[1]);
            assertThat(faultyTemp - roomTemp(t.clean(), e.apartmentId(), e.roomName(), w)).isGreaterThan(0.5);
            assertThat(faultyTemp).as("above setpoint").isGreaterThan(setpoint + 0.5);
            assertThat(energy(t.faulty(), e.apartmentId(), w)).isGreaterThan(energy(t.clean(), e.apartmentId(), w));
        }
        assertThat(checked).isPositive();
    }

    @Test
    void given_heat_exchanger_fouling_when_compared_with_its_twin_then_energy_rises_at_equal_comfort() throws IOException {
        Twin t = twin(EventKind.HEAT_EXCHANGER_FOULING, 4.0, 0);
        int checked = 0;
        for (GroundTruthEvent e : t.events()) {
            Instant[] w = developed(e);
            if (w == null) {
                continue;
            }
            Apartment a = t.sim().portfolio().apartments().get(e.apartmentIndex());
            double clean = energy(t.clean(), e.apartmentId(), w);
            if (clean < 5) {
                continue; // a passive house in mild weather: too little heat to measure a ratio
            }
            checked++;
            assertThat(energy(t.faulty(), e.apartmentId(), w) / clean).isGreaterThan(1.05);
            for (var room : a.rooms()) {
                assertThat(roomTemp(t.faulty(), a.id(), room.name(), w) - roomTemp(t.clean(), a.id(), room.name(), w))
                        .as("comfort unchanged in %s", room.name()).isBetween(-0.1, 0.1);
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void given_room_sensor_drift_when_compared_with_its_twin_then_energy_moves_against_the_drift() throws IOException {
        Twin t = twin(EventKind.ROOM_SENSOR_DRIFT, 4.0, 0);
        int agree = 0;
        int checked = 0;
        for (GroundTruthEvent e : t.events()) {
            Instant[] w = developed(e);
            if (w == null) {
                continue;
            }
            checked++;
            double de = energy(t.faulty(), e.apartmentId(), w) - energy(t.clean(), e.apartmentId(), w);
            // a sensor reading warm makes the valve close: the room is really colder and uses less heat
            agree += Math.signum(de) == -Math.signum(e.severity()) ? 1 : 0;
        }
        assertThat(checked).isPositive();
        assertThat(agree).isGreaterThanOrEqualTo((int) Math.ceil(0.8 * checked));
    }

    @Test
    void given_a_stuck_heat_meter_when_compared_with_its_twin_then_the_counter_stops_while_rooms_stay_warm() throws IOException {
        Twin t = twin(EventKind.HEAT_METER_STUCK, 4.0, 0);
        for (GroundTruthEvent e : t.events()) {
            Instant[] w = {e.start().plus(Duration.ofHours(1)), e.end()};
            Apartment a = t.sim().portfolio().apartments().get(e.apartmentIndex());
            assertThat(energy(t.faulty(), a.id(), w)).isZero();
            for (var room : a.rooms()) {
                assertThat(roomTemp(t.faulty(), a.id(), room.name(), w) - roomTemp(t.clean(), a.id(), room.name(), w))
                        .isBetween(-0.1, 0.1);
            }
        }
    }

    @Test
    void given_a_circulation_pump_failure_when_compared_with_its_twin_then_the_whole_building_cools() throws IOException {
        Twin t = twin(EventKind.CIRCULATION_PUMP_FAILURE, 0, 10.0);
        int checked = 0;
        for (GroundTruthEvent e : t.events()) {
            assertThat(e.scope()).isEqualTo(EventScope.BUILDING);
            Instant[] w = developed(e);
            if (w == null) {
                continue;
            }
            double dTemp = 0;
            double dEnergy = 0;
            int n = 0;
            for (Apartment a : t.sim().portfolio().apartments()) {
                if (a.building().index() != e.buildingIndex()) {
                    continue;
                }
                n++;
                dEnergy += energy(t.faulty(), a.id(), w) - energy(t.clean(), a.id(), w);
                for (var room : a.rooms()) {
                    dTemp += (roomTemp(t.faulty(), a.id(), room.name(), w)
                            - roomTemp(t.clean(), a.id(), room.name(), w)) / a.rooms().size();
                }
            }
            checked++;
            assertThat(dTemp / n).as("mean room temperature change in %s", e.buildingId()).isLessThan(-0.3);
            assertThat(dEnergy).isLessThan(0);
        }
        assertThat(checked).isPositive();
    }
}
