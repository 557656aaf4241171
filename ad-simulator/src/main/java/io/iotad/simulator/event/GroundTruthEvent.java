package io.iotad.simulator.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One injected event, as written to events.csv: the simulator's ground truth.
 *
 * @param id event identifier such as {@code ev_00017}, unique in the run
 * @param scope apartment or building
 * @param buildingId the building affected (or holding the affected apartment)
 * @param apartmentId the apartment affected; empty for a building event
 * @param roomName the room affected; empty unless the kind is room-level
 * @param kind what happened
 * @param start first instant of the event (inclusive, UTC)
 * @param end end of the event (exclusive, UTC), after {@code start}
 * @param severity kind-specific magnitude, see {@link EventKind}
 * @param onsetHours hours over which the effect grows from nothing to full; 0 = abrupt
 * @param apartmentIndex the affected apartment's index, −1 for a building event
 * @param buildingIndex the building's index
 */
public record GroundTruthEvent(String id, EventScope scope, String buildingId, String apartmentId, String roomName,
        EventKind kind, Instant start, Instant end, double severity, double onsetHours, int apartmentIndex,
        int buildingIndex) {
    /** Validates the fields. */
    public GroundTruthEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("event " + id + ": end " + end + " is not after start " + start);
        }
        if (onsetHours < 0) {
            throw new IllegalArgumentException("event " + id + ": onsetHours must be >= 0, got " + onsetHours);
        }
        apartmentId = apartmentId == null ? "" : apartmentId;
        roomName = roomName == null ? "" : roomName;
    }

    /** @return the label of the event's days: 1 for an equipment fault, 0 for nuisance */
    public int label() {
        return kind.label();
    }

    /**
     * @param epochSecond an instant
     * @return how far the effect has developed at that instant: 0 outside the event, rising
     *     linearly to 1 over the onset, then 1
     */
    public double intensityAt(long epochSecond) {
        long s = start.getEpochSecond();
        if (epochSecond < s || epochSecond >= end.getEpochSecond()) {
            return 0.0;
        }
        if (onsetHours <= 0) {
            return 1.0;
        }
        return Math.min(1.0, (epochSecond - s) / (onsetHours * 3600.0));
    }
}
