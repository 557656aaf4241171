package io.iotad.features.extract;

import io.iotad.features.readings.SensorSeries;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the day's heating energy spreads over the hours of the day (hours counted from local midnight,
 * each the counter's increments over (h, h+1], resets counted as in {@link CounterConsumption}):
 * <ul>
 *   <li>{@code energy_share_night}: share (0…1) of the day's energy used in hours 00–06;</li>
 *   <li>{@code energy_share_morning}: share used in hours 06–12;</li>
 *   <li>{@code energy_share_evening}: share used in hours 18–24;</li>
 *   <li>{@code peak_energy_hour}: the hour (0…23) with the largest use, the earliest on ties.</li>
 * </ul>
 * All four are missing when any hour's use is undefined (silent at an hour's end, or no counter
 * reading before it) or when the day used no energy.
 */
public record HourlyEnergyProfile() implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "hourly_energy_profile";
    private static final long HOUR_NANOS = 3600L * 1_000_000_000L;

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, "energy_share_night", "energy_share_morning", "energy_share_evening",
                "peak_energy_hour");
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        int nd = days.dayCount();
        double[][] out = new double[4][nd];
        for (double[] c : out) {
            Arrays.fill(c, Double.NaN);
        }
        List<SensorSeries> series = days.series("heating_energy_kwh");
        if (series.size() == 1) {
            CounterIncrements counter = new CounterIncrements(series.get(0));
            double[] hourly = new double[24];
            for (int d = 0; d < nd; d++) {
                if (fillHours(days, counter, d, hourly)) {
                    describe(hourly, out, d);
                }
            }
        }
        List<String> names = outputs();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i), out[i]);
        }
    }

    static boolean fillHours(ApartmentDays days, CounterIncrements counter, int d, double[] hourly) {
        long start = days.dayStartNanos(d);
        if (days.silentAt(start)) {
            return false;
        }
        for (int h = 0; h < 24; h++) {
            long to = start + (h + 1) * HOUR_NANOS;
            if (days.silentAt(to)) {
                return false;
            }
            hourly[h] = counter.between(start + h * HOUR_NANOS, to);
            if (Double.isNaN(hourly[h])) {
                return false;
            }
        }
        return true;
    }

    private static void describe(double[] hourly, double[][] out, int d) {
        double total = 0.0;
        int peak = 0;
        for (int h = 0; h < 24; h++) {
            total += hourly[h];
            if (hourly[h] > hourly[peak]) {
                peak = h;
            }
        }
        if (!(total > 0)) {
            return;
        }
        out[0][d] = sum(hourly, 0, 6) / total;
        out[1][d] = sum(hourly, 6, 12) / total;
        out[2][d] = sum(hourly, 18, 24) / total;
        out[3][d] = peak;
    }

    private static double sum(double[] v, int from, int to) {
        double s = 0.0;
        for (int i = from; i < to; i++) {
            s += v[i];
        }
        return s;
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind and its catalogue names. */
        public Kind() {
            super(KIND, p -> new HourlyEnergyProfile(),
                    Map.of("hourly_energy_profile", new HourlyEnergyProfile()));
        }
    }
}
