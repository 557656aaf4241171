package io.iotad.features.ingest;

import io.iotad.features.readings.SensorSeries;
import java.util.Arrays;

/**
 * One (apartment, sensor, room) series as readings arrive in merge order (file path, then line);
 * {@link #toSeries} sorts by time and keeps the last reading of each instant.
 */
final class SeriesBuffer {
    final int apartment;
    final String sensor;
    final String room;
    private long[] nanos = new long[16];
    private double[] values = new double[16];
    private int size;
    private boolean sorted = true;

    SeriesBuffer(int apartment, String sensor, String room) {
        this.apartment = apartment;
        this.sensor = sensor;
        this.room = room;
    }

    void add(long t, double v) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        if (size > 0 && t <= nanos[size - 1]) {
            sorted = false;
        }
        nanos[size] = t;
        values[size] = v;
        size++;
    }

    int size() {
        return size;
    }

    /**
     * Builds the sorted, de-duplicated series and releases the buffer.
     *
     * @param duplicates receives the number of readings dropped as duplicates in {@code [0]}
     */
    SensorSeries toSeries(long[] duplicates) {
        long[] t;
        double[] v;
        if (sorted) {
            t = size == nanos.length ? nanos : Arrays.copyOf(nanos, size);
            v = size == values.length ? values : Arrays.copyOf(values, size);
        } else {
            int[] order = StableOrder.byKey(nanos, size);
            int kept = 0;
            t = new long[size];
            v = new double[size];
            for (int i = 0; i < size; i++) {
                int k = order[i];
                if (kept > 0 && t[kept - 1] == nanos[k]) {
                    v[kept - 1] = values[k]; // later in merge order wins
                    duplicates[0]++;
                } else {
                    t[kept] = nanos[k];
                    v[kept] = values[k];
                    kept++;
                }
            }
            if (kept < size) {
                t = Arrays.copyOf(t, kept);
                v = Arrays.copyOf(v, kept);
            }
        }
        nanos = null;
        values = null;
        return new SensorSeries(sensor, room, t, v);
    }
}
