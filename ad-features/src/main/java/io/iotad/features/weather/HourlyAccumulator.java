package io.iotad.features.weather;

import io.iotad.features.readings.HourlyWeather;
import java.util.Arrays;

/**
 * Collects one building's (or forecast location's) hourly rows in arrival order; {@link #build} sorts them
 * by hour and keeps the last row of each hour (DATA-CONTRACT §1.2: duplicates keep the last).
 */
final class HourlyAccumulator {
    private long[] hours = new long[64];
    private double[] temperature = new double[64];
    private double[] humidity = new double[64];
    private double[] solar = new double[64];
    private boolean[] holiday = new boolean[64];
    private int size;

    void add(long hourStart, double t, double h, double s, boolean isHoliday) {
        if (size == hours.length) {
            int n = size * 2;
            hours = Arrays.copyOf(hours, n);
            temperature = Arrays.copyOf(temperature, n);
            humidity = Arrays.copyOf(humidity, n);
            solar = Arrays.copyOf(solar, n);
            holiday = Arrays.copyOf(holiday, n);
        }
        hours[size] = hourStart;
        temperature[size] = t;
        humidity[size] = h;
        solar[size] = s;
        holiday[size] = isHoliday;
        size++;
    }

    /** Adds every row of another accumulator after this one's (so they win on equal hours). */
    void addAll(HourlyAccumulator other) {
        for (int i = 0; i < other.size; i++) {
            add(other.hours[i], other.temperature[i], other.humidity[i], other.solar[i], other.holiday[i]);
        }
    }

    int size() {
        return size;
    }

    /** @return the sorted, de-duplicated weather of {@code buildingId} */
    HourlyWeather build(String buildingId) {
        int[] order = order();
        int n = order.length;
        long[] h = new long[n];
        double[] t = new double[n];
        double[] hu = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = hours[order[i]];
            t[i] = temperature[order[i]];
            hu[i] = humidity[order[i]];
            s[i] = solar[order[i]];
        }
        return new HourlyWeather(buildingId, h, t, hu, s);
    }

    /** @return the sorted, de-duplicated hours flagged as holidays */
    long[] holidayHours() {
        return Arrays.stream(order()).filter(i -> holiday[i]).mapToLong(i -> hours[i]).toArray();
    }

    /** Indices of the last row of each distinct hour, in hour order. */
    private int[] order() {
        Integer[] idx = new Integer[size];
        for (int i = 0; i < size; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Long.compare(hours[a], hours[b])); // stable: equal hours keep arrival order
        int[] out = new int[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            int k = idx[i];
            if (n > 0 && hours[out[n - 1]] == hours[k]) {
                out[n - 1] = k;
            } else {
                out[n++] = k;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
