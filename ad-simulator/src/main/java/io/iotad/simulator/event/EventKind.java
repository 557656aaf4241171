package io.iotad.simulator.event;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of injected events: equipment faults (label 1) and nuisance behaviour that looks odd
 * but is not a fault (label 0). The meaning of an event's {@code severity} depends on its kind and
 * is given with each constant.
 */
public enum EventKind {
    /** A radiator valve stuck closed: the room cools. Severity: 1 − leak share (0.92–1). */
    VALVE_STUCK_CLOSED(true, EventScope.APARTMENT, true, 4, 21),
    /** A radiator valve stuck open: the room overheats, energy rises. Severity: 1 (fully open). */
    VALVE_STUCK_OPEN(true, EventScope.APARTMENT, true, 4, 21),
    /** A fouled heat exchanger: more metered energy for the same comfort. Severity: energy excess share (0.15–0.40). */
    HEAT_EXCHANGER_FOULING(true, EventScope.APARTMENT, false, 10, 42),
    /** A room sensor whose reading drifts from the truth; the controller follows the wrong value. Severity: drift in K (±1.5–3). */
    ROOM_SENSOR_DRIFT(true, EventScope.APARTMENT, true, 10, 42),
    /** A heat meter whose counter stops while heat still flows. Severity: 1. */
    HEAT_METER_STUCK(true, EventScope.APARTMENT, false, 5, 30),
    /** A failed building circulation pump: every apartment under-heats. Severity: lost supply share (0.4–0.75). */
    CIRCULATION_PUMP_FAILURE(true, EventScope.BUILDING, false, 2, 10),
    /** Residents away (over 48 h): setpoints lowered, no hot water, near-zero energy. Severity: away setpoint in °C (10–16). */
    RESIDENT_AWAY(false, EventScope.APARTMENT, false, 3, 16),
    /** Guests staying: more hot water, warmer living room. Severity: hot-water multiplier (1.8–2.6). */
    GUEST_STAY(false, EventScope.APARTMENT, false, 2, 8),
    /** A changed schedule (night shifts): the daily rhythm shifts. Severity: shift in hours (8–11). */
    SCHEDULE_CHANGE(false, EventScope.APARTMENT, false, 14, 45),
    /** A newly commissioned building's first weeks: few residents, erratic settings, drying walls. Severity: share occupied at the start. */
    NEW_BUILDING_COMMISSIONING(false, EventScope.BUILDING, false, 21, 42);

    private final boolean fault;
    private final EventScope scope;
    private final boolean roomLevel;
    private final int minDays;
    private final int maxDays;

    EventKind(boolean fault, EventScope scope, boolean roomLevel, int minDays, int maxDays) {
        this.fault = fault;
        this.scope = scope;
        this.roomLevel = roomLevel;
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    /** @return whether this is an equipment fault (label 1) rather than nuisance (label 0) */
    public boolean isFault() {
        return fault;
    }

    /** @return the label of this kind's days: 1 for a fault, 0 for nuisance */
    public int label() {
        return fault ? 1 : 0;
    }

    /** @return what an event of this kind affects */
    public EventScope scope() {
        return scope;
    }

    /** @return whether an event of this kind affects one room of the apartment */
    public boolean isRoomLevel() {
        return roomLevel;
    }

    /** @return shortest duration in days */
    public int minDays() {
        return minDays;
    }

    /** @return longest duration in days */
    public int maxDays() {
        return maxDays;
    }

    /** @return the cause written to labels.csv and the kind written to events.csv, e.g. {@code valve_stuck_closed} */
    public String cause() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return every equipment-fault kind */
    public static Set<EventKind> faultKinds() {
        EnumSet<EventKind> s = EnumSet.noneOf(EventKind.class);
        Arrays.stream(values()).filter(EventKind::isFault).forEach(s::add);
        return s;
    }

    /**
     * @param cause a cause such as {@code valve_stuck_open} (case-insensitive, '-' allowed for '_')
     * @return the kind
     * @throws IllegalArgumentException naming the value and the accepted ones, if unknown
     */
    public static EventKind fromCause(String cause) {
        String c = cause == null ? "" : cause.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (EventKind k : values()) {
            if (k.name().equals(c)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown event kind '" + cause + "', expected one of "
                + Arrays.stream(values()).map(EventKind::cause).toList());
    }
}
