package io.iotad.features.extract;

import io.iotad.features.readings.SensorSeries;
import java.util.List;
import java.util.Map;

/**
 * Whether anybody is home, so that "residents away" (setpoints turned down to 10–16 °C, no hot
 * water, standby energy for days) is a state the models can see rather than a fault to find:
 * <ul>
 *   <li>{@code hot_water_vs_baseline}: the day's hot water / the median of the apartment's
 *       {@code daily_hot_water_litres} over the {@code window} days before (≥ 0; ≈ 0 when away, ≈ 2 with guests);
 *       missing when the median is ≤ 0;</li>
 *   <li>{@code hot_water_hours}: hours (0…24) in which the hot-water counter advanced; missing when an
 *       hour's use is undefined (silent, or no counter reading before it);</li>
 *   <li>{@code setpoint_vs_baseline_k}: {@code avg_setpoint_temp_c} − its median over the {@code window}
 *       days before (K; strongly negative when the thermostats are turned down for an absence);</li>
 *   <li>{@code setpoint_changes}: how many times a room's setpoint took a new value during the day
 *       (readings in (start, end] that differ from that room's previous reading), summed over rooms;
 *       missing when the apartment is silent all day.</li>
 * </ul>
 * The baselines read only days before the day; a baseline needs {@code minPresent} present values.
 *
 * @param window trailing days of the baselines, 2…366
 * @param minPresent least present values in the window, 1…window
 */
public record Occupancy(int window, int minPresent) implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "occupancy";

    /** Validates the parameters. */
    public Occupancy {
        if (window < 2 || window > RollingWindow.MAX_WINDOW) {
            throw new IllegalArgumentException("window must be in [2, " + RollingWindow.MAX_WINDOW + "] days, got " + window);
        }
        if (minPresent < 1 || minPresent > window) {
            throw new IllegalArgumentException("minPresent must be in [1, window=" + window + "], got " + minPresent);
        }
    }

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, "hot_water_vs_baseline", "hot_water_hours", "setpoint_vs_baseline_k", "setpoint_changes")
                .reading("daily_hot_water_litres", "avg_setpoint_temp_c").lookingBack(window)
                .withParameters("window", window, "minPresent", minPresent);
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        double[] water = columns.get("daily_hot_water_litres");
        double[] setpoint = columns.get("avg_setpoint_temp_c");
        int nd = days.dayCount();
        double[] waterRatio = RoomSetpointDeviation.nan(nd);
        double[] setpointDelta = RoomSetpointDeviation.nan(nd);
        double[] sorted = new double[window];
        for (int d = 0; d < nd; d++) {
            if (!Double.isNaN(water[d])) {
                int n = RobustStatistics.sortedPresent(water, d - window, d, sorted);
                if (n >= minPresent) {
                    double median = RobustStatistics.median(sorted, n);
                    if (median > 0) {
                        waterRatio[d] = water[d] / median;
                    }
                }
            }
            if (!Double.isNaN(setpoint[d])) {
                int n = RobustStatistics.sortedPresent(setpoint, d - window, d, sorted);
                if (n >= minPresent) {
                    setpointDelta[d] = setpoint[d] - RobustStatistics.median(sorted, n);
                }
            }
        }
        columns.put("hot_water_vs_baseline", waterRatio);
        columns.put("hot_water_hours", hotWaterHours(days));
        columns.put("setpoint_vs_baseline_k", setpointDelta);
        columns.put("setpoint_changes", setpointChanges(days));
    }

    private static double[] hotWaterHours(ApartmentDays days) {
        int nd = days.dayCount();
        double[] out = RoomSetpointDeviation.nan(nd);
        List<SensorSeries> series = days.series(CounterConsumption.hotWater().sensorType());
        if (series.size() != 1) {
            return out;
        }
        CounterIncrements counter = new CounterIncrements(series.get(0));
        double[] hourly = new double[24];
        for (int d = 0; d < nd; d++) {
            if (HourlyEnergyProfile.fillHours(days, counter, d, hourly)) {
                int active = 0;
                for (double v : hourly) {
                    if (v > 0) {
                        active++;
                    }
                }
                out[d] = active;
            }
        }
        return out;
    }

    private static double[] setpointChanges(ApartmentDays days) {
        int nd = days.dayCount();
        double[] out = new double[nd];
        for (int d = 0; d < nd; d++) {
            boolean silentAllDay = days.silentAtDayStart(d);
            for (int s = 0; s < ApartmentDays.SLOTS_PER_DAY && silentAllDay; s++) {
                silentAllDay = days.silentAtSlotEnd(d, s);
            }
            out[d] = silentAllDay ? Double.NaN : 0.0;
        }
        for (SensorSeries s : days.series(RoomClimateAverages.SETPOINT)) {
            long[] t = s.epochNanos();
            double[] v = s.values();
            for (int i = 1; i < t.length; i++) {
                if (v[i] == v[i - 1]) {
                    continue;
                }
                int d = dayOf(days, t[i]);
                if (d >= 0 && !Double.isNaN(out[d])) {
                    out[d] += 1;
                }
            }
        }
        return out;
    }

    /** @return the day index whose (start, end] holds {@code t}, or -1 outside the grid */
    private static int dayOf(ApartmentDays days, long t) {
        int lo = 0;
        int hi = days.dayCount() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (t <= days.dayStartNanos(mid)) {
                hi = mid - 1;
            } else if (t > days.dayEndNanos(mid)) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind and its catalogue name {@code occupancy} (28 days, 7 present). */
        public Kind() {
            super(KIND, p -> new Occupancy(p.integer("window"), p.integer("minPresent")), Map.of(KIND, new Occupancy(28, 7)));
        }
    }
}
