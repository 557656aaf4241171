package io.iotad.features.extract;

import io.iotad.features.readings.SensorSeries;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Daily consumption of a cumulative counter (DATA-CONTRACT §3, {@code daily_energy_kwh} and
 * {@code daily_hot_water_litres}): the counter's increments over (end of d−1, end of d], a decrease
 * counting as a meter reset. Missing when the apartment is silent at either end, or when the counter
 * has no reading at or before the end of d−1. Readings of every room of the sensor are taken as one
 * counter (the contract's counters have no room; several rooms would be a data error).
 *
 * @param sensorType the counter's sensor type, such as {@code heating_energy_kwh}
 * @param output the column written, such as {@code daily_energy_kwh}
 */
public record CounterConsumption(String sensorType, String output) implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "counter_consumption";

    /** Validates the names. */
    public CounterConsumption {
        FeatureExtractors.requireName("sensorType", sensorType);
        FeatureExtractors.requireName("output", output);
    }

    /** @return the heating energy counter's daily consumption, {@code daily_energy_kwh} in kWh */
    public static CounterConsumption heatingEnergy() {
        return new CounterConsumption("heating_energy_kwh", "daily_energy_kwh");
    }

    /** @return the hot water counter's daily consumption, {@code daily_hot_water_litres} in litres */
    public static CounterConsumption hotWater() {
        return new CounterConsumption("hot_water_litres", "daily_hot_water_litres");
    }

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, output).withParameters("sensorType", sensorType, "output", output);
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        int nd = days.dayCount();
        double[] out = new double[nd];
        Arrays.fill(out, Double.NaN);
        List<SensorSeries> series = days.series(sensorType);
        if (series.size() == 1) {
            CounterIncrements counter = new CounterIncrements(series.get(0));
            for (int d = 0; d < nd; d++) {
                if (!days.silentAtDayStart(d) && !days.silentAtSlotEnd(d, ApartmentDays.SLOTS_PER_DAY - 1)) {
                    out[d] = counter.between(days.dayStartNanos(d), days.dayEndNanos(d));
                }
            }
        } else if (series.size() > 1) {
            throw new IllegalArgumentException("apartment " + days.readings().apartmentId() + ": counter " + sensorType
                    + " is reported for " + series.size() + " rooms; a counter has one series");
        }
        columns.put(output, out);
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind; it catalogues no name (the extractor is one of the standard ten). */
        public Kind() {
            super(KIND, p -> new CounterConsumption(p.string("sensorType"), p.string("output")), Map.of());
        }
    }
}
