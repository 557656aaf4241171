package io.iotad.features.extract;

import java.util.Arrays;
import java.util.Map;

/**
 * A column's value {@code days} calendar days earlier (for example {@code energy_lag_1d} =
 * {@code daily_energy_kwh} of d−1); missing for the apartment's first {@code days} days and where
 * the earlier value is missing.
 *
 * @param source the column lagged
 * @param days the lag in days, 1…366
 * @param output the column written
 */
public record DailyLag(String source, int days, String output) implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "lag";
    /** Longest lag accepted, in days. */
    public static final int MAX_DAYS = 366;

    /** Validates the parameters. */
    public DailyLag {
        FeatureExtractors.requireName("source", source);
        FeatureExtractors.requireName("output", output);
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days (lag) must be in [1, " + MAX_DAYS + "], got " + days);
        }
    }

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, output).reading(source).lookingBack(days)
                .withParameters("source", source, "days", days, "output", output);
    }

    @Override
    public void extract(ApartmentDays grid, DailyColumns columns) {
        double[] in = columns.get(source);
        double[] out = new double[in.length];
        Arrays.fill(out, Double.NaN);
        for (int d = days; d < in.length; d++) {
            out[d] = in[d - days];
        }
        columns.put(output, out);
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind and its catalogue names. */
        public Kind() {
            super(KIND, p -> new DailyLag(p.string("source"), p.integer("days"), p.string("output")),
                    Map.of("energy_lag_2d", new DailyLag("daily_energy_kwh", 2, "energy_lag_2d"),
                            "energy_lag_7d", new DailyLag("daily_energy_kwh", 7, "energy_lag_7d")));
        }
    }
}
