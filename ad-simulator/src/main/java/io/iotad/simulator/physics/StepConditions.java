package io.iotad.simulator.physics;

import io.iotad.simulator.event.GroundTruthEvent;
import io.iotad.simulator.portfolio.Apartment;
import java.util.Arrays;
import java.util.List;

/**
 * What the injected events do to one apartment at one step: valve limits and sensor drift per
 * room, meter fouling and stuck state, the building's supply, and the household's situation.
 * A mutable scratch value, reused step after step by one apartment's simulation (one thread).
 */
final class StepConditions {
    /** Per room: the valve's opening may not exceed this (stuck closed), 0–1. */
    final double[] valveMax;
    /** Per room: the valve's opening may not fall below this (stuck open), 0–1. */
    final double[] valveMin;
    /** Per room: sensor reading minus true temperature, in K. */
    final double[] driftC;
    /** Metered energy per delivered energy minus one (fouling), ≥ 0. */
    double meterExcess;
    /** Whether the heat meter's counter is stuck. */
    boolean meterStuck;
    /** Share of the heating curve's capacity the circulation delivers, 0–1. */
    double supply;
    /** Away setpoint in °C, or NaN when residents are at home. */
    double awaySetpointC;
    /** Hot-water multiplier of a guest stay (1 = no guests). */
    double guestFactor;
    /** Schedule shift in minutes (0 = usual rhythm). */
    int shiftMinutes;
    /** Whether the building is in its commissioning weeks. */
    boolean commissioning;

    private final Apartment apartment;
    private final List<GroundTruthEvent> events;

    StepConditions(Apartment apartment, List<GroundTruthEvent> events) {
        this.apartment = apartment;
        this.events = List.copyOf(events);
        int n = apartment.rooms().size();
        valveMax = new double[n];
        valveMin = new double[n];
        driftC = new double[n];
    }

    /** Recomputes the conditions at an instant. */
    void update(long epochSecond) {
        Arrays.fill(valveMax, 1.0);
        Arrays.fill(valveMin, 0.0);
        Arrays.fill(driftC, 0.0);
        meterExcess = 0;
        meterStuck = false;
        supply = 1.0;
        awaySetpointC = Double.NaN;
        guestFactor = 1.0;
        shiftMinutes = 0;
        commissioning = false;
        for (int i = 0; i < events.size(); i++) {
            GroundTruthEvent e = events.get(i);
            double x = e.intensityAt(epochSecond);
            if (x > 0) {
                apply(e, x);
            }
        }
    }

    private void apply(GroundTruthEvent e, double x) {
        int room = roomIndex(e.roomName());
        switch (e.kind()) {
            case VALVE_STUCK_CLOSED -> valveMax[room] = Math.min(valveMax[room], 1.0 - x * e.severity());
            case VALVE_STUCK_OPEN -> valveMin[room] = Math.max(valveMin[room], x * e.severity());
            case HEAT_EXCHANGER_FOULING -> meterExcess += x * e.severity();
            case ROOM_SENSOR_DRIFT -> driftC[room] += x * e.severity();
            case HEAT_METER_STUCK -> meterStuck = true;
            case CIRCULATION_PUMP_FAILURE -> supply = Math.min(supply, 1.0 - x * e.severity());
            case RESIDENT_AWAY -> awaySetpointC = e.severity();
            case GUEST_STAY -> guestFactor = e.severity();
            case SCHEDULE_CHANGE -> shiftMinutes = (int) Math.round(e.severity() * 60);
            case NEW_BUILDING_COMMISSIONING -> commissioning = true;
            default -> throw new IllegalStateException("unhandled event kind " + e.kind());
        }
    }

    private int roomIndex(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        for (int r = 0; r < apartment.rooms().size(); r++) {
            if (apartment.rooms().get(r).name().equals(name)) {
                return r;
            }
        }
        throw new IllegalStateException("apartment " + apartment.id() + " has no room " + name);
    }
}
