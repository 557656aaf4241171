package io.iotad.benchmarks.lake;

import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.readings.SensorSeries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic in-memory readings shaped like an ingestion's result, for lake benchmarks: every
 * apartment reports every 15 minutes a heating counter and hot-water counter (room {@code default}) and,
 * in each of its 2 to 4 rooms, a room temperature; setpoints change a few times a day. Buildings hold 15
 * apartments and have hourly weather. One apartment-day gives {@code 96 × (1 + rooms)} lake rows (384 on
 * average), so 75 apartments × 90 days ≈ 2.6 M rows.
 */
public final class SyntheticReadings {
    /** Nanoseconds between two reports. */
    public static final long STEP_NS = 900_000_000_000L;
    /** 2024-10-01T00:00Z in nanoseconds. */
    public static final long START_NS = 1_727_740_800_000_000_000L;
    private static final int PER_DAY = 96;
    private static final int APARTMENTS_PER_BUILDING = 15;

    private final List<ApartmentReadings> apartments;
    private final Map<String, HourlyWeather> weather;
    private final long rows;

    private SyntheticReadings(List<ApartmentReadings> apartments, Map<String, HourlyWeather> weather, long rows) {
        this.apartments = apartments;
        this.weather = weather;
        this.rows = rows;
    }

    /**
     * @param apartments apartments, at least 1
     * @param firstDay first day, counted from 2024-10-01 (0 = that day)
     * @param days days, at least 1
     * @param seed random seed
     * @return the readings, their weather and their lake row count
     */
    public static SyntheticReadings of(int apartments, int firstDay, int days, long seed) {
        if (apartments < 1 || days < 1 || firstDay < 0) {
            throw new IllegalArgumentException("apartments and days must be >= 1 and firstDay >= 0, got "
                    + apartments + ", " + days + ", " + firstDay);
        }
        SplittableRandom r = new SplittableRandom(seed);
        int n = days * PER_DAY;
        long t0 = START_NS + firstDay * PER_DAY * STEP_NS;
        long[] instants = new long[n];
        for (int i = 0; i < n; i++) {
            instants[i] = t0 + i * STEP_NS;
        }
        List<ApartmentReadings> out = new ArrayList<>(apartments);
        long rows = 0;
        for (int a = 0; a < apartments; a++) {
            List<SensorSeries> series = new ArrayList<>();
            series.add(new SensorSeries("heating_energy_kwh", "default", instants, counter(r, n, 5000, 0.4)));
            series.add(new SensorSeries("hot_water_litres", "default", instants, counter(r, n, 40000, 6)));
            int rooms = 2 + r.nextInt(3);
            for (int k = 0; k < rooms; k++) {
                String room = "room" + k;
                double[] temp = new double[n];
                double level = 19 + r.nextDouble(3);
                for (int i = 0; i < n; i++) {
                    level += (r.nextDouble() - 0.5) * 0.1;
                    temp[i] = Math.round(level * 10) / 10.0;
                }
                series.add(new SensorSeries("room_temp_c", room, instants, temp));
                long[] changes = new long[days * 3];
                double[] setpoints = new double[changes.length];
                for (int c = 0; c < changes.length; c++) {
                    changes[c] = t0 + (c * 32L + k) * STEP_NS;
                    setpoints[c] = 20 + r.nextInt(3);
                }
                series.add(new SensorSeries("setpoint_temp_c", room, changes, setpoints));
            }
            rows += (long) n * (1 + rooms);
            out.add(new ApartmentReadings(String.format("apt-%05d", a), "bld-" + a / APARTMENTS_PER_BUILDING, series,
                    instants));
        }
        Map<String, HourlyWeather> weather = new HashMap<>();
        int hours = days * 24;
        for (int b = 0; b <= (apartments - 1) / APARTMENTS_PER_BUILDING; b++) {
            long[] start = new long[hours];
            double[] temp = new double[hours];
            double[] nan = new double[hours];
            for (int h = 0; h < hours; h++) {
                start[h] = t0 / 1_000_000_000L + h * 3600L;
                temp[h] = 5 + 8 * Math.sin(h * Math.PI / 12) + r.nextDouble();
                nan[h] = Double.NaN;
            }
            weather.put("bld-" + b, new HourlyWeather("bld-" + b, start, temp, nan, nan.clone()));
        }
        return new SyntheticReadings(List.copyOf(out), Map.copyOf(weather), rows);
    }

    private static double[] counter(SplittableRandom r, int n, double start, double step) {
        double[] v = new double[n];
        double c = start + r.nextDouble(start);
        for (int i = 0; i < n; i++) {
            c += r.nextDouble(step);
            v[i] = Math.round(c * 1000) / 1000.0;
        }
        return v;
    }

    /** @return the apartments' readings, sorted by apartment id */
    public List<ApartmentReadings> apartments() {
        return apartments;
    }

    /** @return hourly weather per building */
    public Map<String, HourlyWeather> weather() {
        return weather;
    }

    /** @return the rows these readings make in the lake (one per apartment, room and instant) */
    public long rows() {
        return rows;
    }
}
