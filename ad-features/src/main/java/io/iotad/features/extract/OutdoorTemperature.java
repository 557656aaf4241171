package io.iotad.features.extract;

import io.iotad.features.readings.HourlyWeather;
import java.util.Arrays;
import java.util.Map;

/**
 * Daily outdoor temperature of DATA-CONTRACT §3, {@code avg_outdoor_temp_c} (°C): the mean of the
 * building's hourly temperatures whose hour starts in the day (local calendar day); missing when
 * fewer than {@code minHours} hours have a temperature, or when the building has no weather. Never
 * filled: a building without weather gets NaN, and other buildings are untouched.
 *
 * @param minHours the least number of hours with a temperature for a defined mean, 1…24
 */
public record OutdoorTemperature(int minHours) implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "outdoor_temperature";
    /** The contract's least number of hours: 18 of 24. */
    public static final int DEFAULT_MIN_HOURS = 18;
    /** The column written. */
    public static final String OUTPUT = "avg_outdoor_temp_c";

    /** Validates {@code minHours}. */
    public OutdoorTemperature {
        if (minHours < 1 || minHours > 24) {
            throw new IllegalArgumentException("minHours must be in [1, 24], got " + minHours);
        }
    }

    /** @return the contract's definition, 18 of 24 hours */
    public static OutdoorTemperature standard() {
        return new OutdoorTemperature(DEFAULT_MIN_HOURS);
    }

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, OUTPUT).withParameters("minHours", minHours);
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        int nd = days.dayCount();
        double[] out = new double[nd];
        Arrays.fill(out, Double.NaN);
        HourlyWeather w = days.weather();
        if (w != null) {
            long[] hours = w.hourStartEpochSeconds();
            double[] temp = w.temperatureC();
            for (int d = 0; d < nd; d++) {
                long from = Math.floorDiv(days.dayStartNanos(d), 1_000_000_000L);
                long to = Math.floorDiv(days.dayStartNanos(d + 1), 1_000_000_000L);
                int i = ApartmentDays.lastAtOrBefore(hours, from - 1) + 1;
                double sum = 0.0;
                int count = 0;
                for (; i < hours.length && hours[i] < to; i++) {
                    if (!Double.isNaN(temp[i])) {
                        sum += temp[i];
                        count++;
                    }
                }
                if (count >= minHours) {
                    out[d] = sum / count;
                }
            }
        }
        columns.put(OUTPUT, out);
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind; it catalogues no name (the extractor is one of the standard ten). */
        public Kind() {
            super(KIND, p -> new OutdoorTemperature(p.integer("minHours")), Map.of());
        }
    }
}
