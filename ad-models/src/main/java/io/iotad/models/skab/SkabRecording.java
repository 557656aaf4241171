package io.iotad.models.skab;

import java.util.List;
import java.util.Objects;

/**
 * One SKAB experiment: sensor readings about once a second and the labels of each row.
 *
 * @param source the file it was read from, for messages
 * @param sensors the sensor column names, in file order
 * @param epochSeconds the timestamp of each row, seconds since 1970-01-01 (the file's local time
 *     read as UTC), strictly increasing
 * @param values {@code values[row][sensor]}; NaN = an empty cell
 * @param anomaly per row: 1 inside the anomaly, 0 outside
 * @param changepoint per row: 1 at a change point, 0 elsewhere
 */
public record SkabRecording(String source, List<String> sensors, long[] epochSeconds, double[][] values,
                            int[] anomaly, int[] changepoint) {
    /** Validates lengths and copies. */
    public SkabRecording {
        Objects.requireNonNull(source, "source");
        sensors = List.copyOf(sensors);
        int n = epochSeconds.length;
        if (values.length != n || anomaly.length != n || changepoint.length != n) {
            throw new IllegalArgumentException(source + ": column lengths differ: times=" + n + ", values="
                    + values.length + ", anomaly=" + anomaly.length + ", changepoint=" + changepoint.length);
        }
        double[][] v = new double[n][];
        for (int i = 0; i < n; i++) {
            if (values[i].length != sensors.size()) {
                throw new IllegalArgumentException(source + ": row " + i + " has " + values[i].length
                        + " sensor values, expected " + sensors.size());
            }
            v[i] = values[i].clone();
        }
        values = v;
        epochSeconds = epochSeconds.clone();
        anomaly = anomaly.clone();
        changepoint = changepoint.clone();
    }

    /** @return the number of rows */
    public int size() {
        return epochSeconds.length;
    }

    /**
     * @param sensor sensor index
     * @return a copy of that sensor's readings, in row order
     */
    public double[] sensor(int sensor) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i][sensor];
        }
        return out;
    }

    /**
     * @param names sensors to keep, in the order wanted
     * @return the recording with only those sensors
     * @throws IllegalArgumentException naming a sensor the recording lacks
     */
    public SkabRecording withSensors(List<String> names) {
        int[] idx = new int[names.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = sensors.indexOf(names.get(k));
            if (idx[k] < 0) {
                throw new IllegalArgumentException(source + ": no sensor '" + names.get(k) + "'; it has " + sensors);
            }
        }
        double[][] v = new double[values.length][idx.length];
        for (int i = 0; i < v.length; i++) {
            for (int k = 0; k < idx.length; k++) {
                v[i][k] = values[i][idx[k]];
            }
        }
        return new SkabRecording(source, names, epochSeconds, v, anomaly, changepoint);
    }

    /** @return a copy of the row timestamps, seconds since 1970-01-01, strictly increasing */
    @Override
    public long[] epochSeconds() {
        return epochSeconds.clone();
    }

    /** @return a copy of {@code values[row][sensor]}, NaN for an empty cell */
    @Override
    public double[][] values() {
        double[][] v = new double[values.length][];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i].clone();
        }
        return v;
    }

    /** @return a copy of the anomaly labels, per row 1 inside the anomaly and 0 outside */
    @Override
    public int[] anomaly() {
        return anomaly.clone();
    }

    /** @return a copy of the change-point labels, per row 1 at a change point and 0 elsewhere */
    @Override
    public int[] changepoint() {
        return changepoint.clone();
    }
}
