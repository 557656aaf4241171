package io.iotad.features.extract;

import io.iotad.features.readings.SensorSeries;
import java.util.List;
import java.util.Map;

/**
 * The within-day shape of heating, from the heating counter's increments over the day's 24 local
 * hours (each hour ends on a slot end of the 15-minute grid; increments and resets as in
 * {@link CounterConsumption}):
 * <ul>
 *   <li>{@code heating_duty_cycle}: share (0…1) of the 24 hours in which the counter advanced. A heat
 *       meter that is stuck reads 0 while the rooms stay warm; a valve stuck open heats every hour (near 1);
 *       a valve stuck closed or a failing pump heats in fewer hours.</li>
 *   <li>{@code night_day_energy_ratio}: mean hourly energy over the 8 night hours 22–06 divided by the
 *       mean over the 16 day hours 06–22 (≥ 0). Night setback makes it low; a valve stuck open or a
 *       drifting sensor that keeps the valve open at night raises it. Missing when the day hours used no energy.</li>
 * </ul>
 * Both are missing when any hour's use is undefined (silent at an hour's end, or no counter reading
 * before it). The peak hour is {@link HourlyEnergyProfile}'s {@code peak_energy_hour}.
 */
public record HeatingShape() implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "heating_shape";

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, "heating_duty_cycle", "night_day_energy_ratio");
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        int nd = days.dayCount();
        double[] duty = RoomSetpointDeviation.nan(nd);
        double[] ratio = RoomSetpointDeviation.nan(nd);
        List<SensorSeries> series = days.series(CounterConsumption.heatingEnergy().sensorType());
        if (series.size() == 1) {
            CounterIncrements counter = new CounterIncrements(series.get(0));
            double[] hourly = new double[24];
            for (int d = 0; d < nd; d++) {
                if (!HourlyEnergyProfile.fillHours(days, counter, d, hourly)) {
                    continue;
                }
                int active = 0;
                double night = 0.0;
                double day = 0.0;
                for (int h = 0; h < 24; h++) {
                    if (hourly[h] > 0) {
                        active++;
                    }
                    if (h < 6 || h >= 22) {
                        night += hourly[h];
                    } else {
                        day += hourly[h];
                    }
                }
                duty[d] = active / 24.0;
                ratio[d] = day > 0 ? (night / 8.0) / (day / 16.0) : Double.NaN;
            }
        }
        columns.put("heating_duty_cycle", duty);
        columns.put("night_day_energy_ratio", ratio);
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind and its catalogue name. */
        public Kind() {
            super(KIND, p -> new HeatingShape(), Map.of(KIND, new HeatingShape()));
        }
    }
}
