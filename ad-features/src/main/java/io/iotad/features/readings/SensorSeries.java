package io.iotad.features.readings;

import java.util.Objects;

/**
 * One sensor's readings in one apartment (and room), deduplicated and sorted by time.
 * Values are recorded on change: a value holds until the next reading (DATA-CONTRACT §1.1).
 *
 * <p>The arrays are owned by this record and must not be modified by callers.
 *
 * @param sensorType e.g. {@code heating_energy_kwh}, {@code room_temp_c}; unknown types are kept
 * @param roomName the room for per-room sensors ({@code default} when the reading had none)
 * @param epochNanos reading instants, nanoseconds since 1970-01-01T00:00Z, strictly increasing
 * @param values one finite value per instant, in the sensor's unit (kWh, litres, °C)
 */
public record SensorSeries(String sensorType, String roomName, long[] epochNanos, double[] values) {
    /** Validates the fields (lengths, order). */
    public SensorSeries {
        Objects.requireNonNull(sensorType, "sensorType");
        Objects.requireNonNull(roomName, "roomName");
        if (epochNanos.length != values.length) {
            throw new IllegalArgumentException("series " + sensorType + "/" + roomName + ": " + epochNanos.length
                    + " instants but " + values.length + " values");
        }
        for (int i = 1; i < epochNanos.length; i++) {
            if (epochNanos[i] <= epochNanos[i - 1]) {
                throw new IllegalArgumentException("series " + sensorType + "/" + roomName
                        + ": instants must be strictly increasing at index " + i);
            }
        }
    }

    /** @return the number of readings */
    public int size() {
        return values.length;
    }
}
