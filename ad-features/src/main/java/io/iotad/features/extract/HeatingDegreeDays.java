package io.iotad.features.extract;

import java.util.Map;

/**
 * Heating degree days of DATA-CONTRACT §3, {@code hdd} (K·day): {@code max(0, base − avg_outdoor_temp_c)};
 * missing when the outdoor temperature is.
 *
 * @param baseC the base temperature in °C, finite, in [-30, 40]
 */
public record HeatingDegreeDays(double baseC) implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "heating_degree_days";
    /** The contract's base temperature, 18.0 °C. */
    public static final double DEFAULT_BASE_C = 18.0;
    /** The column written. */
    public static final String OUTPUT = "hdd";

    /** Validates the base. */
    public HeatingDegreeDays {
        if (!(baseC >= -30 && baseC <= 40)) {
            throw new IllegalArgumentException("baseC (HDD base temperature) must be in [-30, 40] °C, got " + baseC);
        }
    }

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, OUTPUT).reading(OutdoorTemperature.OUTPUT).withParameters("baseC", baseC);
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        double[] outdoor = columns.get(OutdoorTemperature.OUTPUT);
        double[] out = new double[outdoor.length];
        for (int d = 0; d < out.length; d++) {
            out[d] = Double.isNaN(outdoor[d]) ? Double.NaN : Math.max(0.0, baseC - outdoor[d]);
        }
        columns.put(OUTPUT, out);
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind; it catalogues no name (the extractor is one of the standard ten). */
        public Kind() {
            super(KIND, p -> new HeatingDegreeDays(p.number("baseC")), Map.of());
        }
    }
}
