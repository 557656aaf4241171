package io.iotad.features.extract;

import java.util.Map;

/**
 * Heating energy per heating degree day, {@code energy_per_hdd} (kWh per K·day):
 * {@code daily_energy_kwh / hdd}; missing when either is missing or when {@code hdd} is below
 * {@code minHdd} (a warm day, where the ratio is unstable or undefined).
 *
 * @param minHdd the least HDD for a defined ratio, finite and {@code > 0}
 */
public record EnergyPerDegreeDay(double minHdd) implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "energy_per_hdd";
    /** Default least HDD: 1.0 K·day. */
    public static final double DEFAULT_MIN_HDD = 1.0;
    /** The column written. */
    public static final String OUTPUT = "energy_per_hdd";

    /** Validates {@code minHdd}. */
    public EnergyPerDegreeDay {
        if (!(minHdd > 0) || Double.isInfinite(minHdd)) {
            throw new IllegalArgumentException("minHdd must be finite and > 0, got " + minHdd);
        }
    }

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, OUTPUT).reading("daily_energy_kwh", HeatingDegreeDays.OUTPUT)
                .withParameters("minHdd", minHdd);
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        double[] energy = columns.get("daily_energy_kwh");
        double[] hdd = columns.get(HeatingDegreeDays.OUTPUT);
        double[] out = new double[energy.length];
        for (int d = 0; d < out.length; d++) {
            out[d] = hdd[d] >= minHdd ? energy[d] / hdd[d] : Double.NaN;
        }
        columns.put(OUTPUT, out);
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind and its catalogue names. */
        public Kind() {
            super(KIND, p -> new EnergyPerDegreeDay(p.number("minHdd")),
                    Map.of("energy_per_hdd", new EnergyPerDegreeDay(DEFAULT_MIN_HDD)));
        }
    }
}
