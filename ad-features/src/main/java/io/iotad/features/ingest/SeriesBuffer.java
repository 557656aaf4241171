package io.iotad.features.ingest;

import io.iotad.features.readings.SensorSeries;
import java.util.Arrays;

/**
 * One (apartment, sensor, room) series as readings arrive in merge order (file path, then line);
 * {@link #toSeries} sorts by time and keeps the last reading of each instant.
 *
 * <p>Readings are held in chunks that grow with the series up to {@value #MAX_CHUNK} readings each, never
 * copied while the series grows: a season held this way costs its 16 bytes a reading plus at most one
 * partly filled chunk per series, where doubling one array per series held up to twice that and needed
 * the old and the new array at once on every growth (the seed-scale season ran out of a 1.5 GB heap that
 * way, docs/features.md "Speed and memory").
 */
final class SeriesBuffer {
    /** Readings of the first chunk. */
    private static final int FIRST_CHUNK = 16;
    /** Most readings in one chunk: 16 KiB of instants and values. */
    static final int MAX_CHUNK = 1024;

    final int apartment;
    final String sensor;
    final String room;
    private long[][] nanoChunks = new long[4][];
    private double[][] valueChunks = new double[4][];
    private int chunks;
    private long[] nanos;
    private double[] values;
    private int fill;
    private int size;
    private long last;
    private boolean sorted = true;

    SeriesBuffer(int apartment, String sensor, String room) {
        this.apartment = apartment;
        this.sensor = sensor;
        this.room = room;
    }

    void add(long t, double v) {
        if (nanos == null || fill == nanos.length) {
            newChunk();
        }
        if (size > 0 && t <= last) {
            sorted = false;
        }
        nanos[fill] = t;
        values[fill] = v;
        fill++;
        size++;
        last = t;
    }

    private void newChunk() {
        int n = Math.min(MAX_CHUNK, Math.max(FIRST_CHUNK, size));
        if (chunks == nanoChunks.length) {
            nanoChunks = Arrays.copyOf(nanoChunks, chunks * 2);
            valueChunks = Arrays.copyOf(valueChunks, chunks * 2);
        }
        nanos = new long[n];
        values = new double[n];
        nanoChunks[chunks] = nanos;
        valueChunks[chunks] = values;
        chunks++;
        fill = 0;
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
        long[] allNanos = new long[size];
        double[] allValues = new double[size];
        int at = 0;
        for (int c = 0; c < chunks; c++) {
            int n = c == chunks - 1 ? fill : nanoChunks[c].length;
            System.arraycopy(nanoChunks[c], 0, allNanos, at, n);
            System.arraycopy(valueChunks[c], 0, allValues, at, n);
            at += n;
        }
        nanoChunks = null;
        valueChunks = null;
        nanos = null;
        values = null;
        long[] t;
        double[] v;
        if (sorted) {
            t = allNanos;
            v = allValues;
        } else {
            int[] order = StableOrder.byKey(allNanos, size);
            int kept = 0;
            t = new long[size];
            v = new double[size];
            for (int i = 0; i < size; i++) {
                int k = order[i];
                if (kept > 0 && t[kept - 1] == allNanos[k]) {
                    v[kept - 1] = allValues[k]; // later in merge order wins
                    duplicates[0]++;
                } else {
                    t[kept] = allNanos[k];
                    v[kept] = allValues[k];
                    kept++;
                }
            }
            if (kept < size) {
                t = Arrays.copyOf(t, kept);
                v = Arrays.copyOf(v, kept);
            }
        }
        return new SensorSeries(sensor, room, t, v);
    }
}
