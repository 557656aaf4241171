package io.iotad.features.extract;

import java.util.Map;

/**
 * The trend of a column over a trailing window d−(window−1) … d: the least-squares slope of its
 * present values against the day, divided by their mean, i.e. the relative change per day (1/day;
 * 0.01 = +1 % a day). The day axis is counted from the window's own first day, so the value does not depend
 * on how many earlier days the apartment's rows hold. Written for {@code energy_per_hdd}: heat-exchanger fouling and a drifting room
 * sensor develop over weeks, too slowly for a 7-day window and too gradually for a daily jump, but
 * they tilt the apartment's energy per degree-day. Missing with fewer than {@code minPresent} present
 * values, or when their mean is ≤ 0.
 *
 * @param source the column
 * @param window window length in days, 3…366
 * @param minPresent least present values, 3…window
 * @param output the column written
 */
public record TrailingSlope(String source, int window, int minPresent, String output) implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "trailing_slope";

    /** Validates the parameters. */
    public TrailingSlope {
        FeatureExtractors.requireName("source", source);
        FeatureExtractors.requireName("output", output);
        if (window < 3 || window > RollingWindow.MAX_WINDOW) {
            throw new IllegalArgumentException("window must be in [3, " + RollingWindow.MAX_WINDOW + "] days, got " + window);
        }
        if (minPresent < 3 || minPresent > window) {
            throw new IllegalArgumentException("minPresent must be in [3, window=" + window + "], got " + minPresent);
        }
    }

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, output).reading(source).lookingBack(window - 1)
                .withParameters("source", source, "window", window, "minPresent", minPresent, "output", output);
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        double[] in = columns.get(source);
        double[] out = RoomSetpointDeviation.nan(in.length);
        for (int d = 0; d < in.length; d++) {
            int n = 0;
            double sx = 0.0;
            double sy = 0.0;
            int first = d - window + 1;
            for (int i = Math.max(0, first); i <= d; i++) {
                if (!Double.isNaN(in[i])) {
                    n++;
                    sx += i - first;
                    sy += in[i];
                }
            }
            if (n < minPresent || !(sy > 0)) {
                continue;
            }
            double mx = sx / n;
            double my = sy / n;
            double sxy = 0.0;
            double sxx = 0.0;
            for (int i = Math.max(0, first); i <= d; i++) {
                if (!Double.isNaN(in[i])) {
                    double x = i - first;
                    sxy += (x - mx) * (in[i] - my);
                    sxx += (x - mx) * (x - mx);
                }
            }
            out[d] = sxy / sxx / my;
        }
        columns.put(output, out);
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind and its catalogue names {@code energy_per_hdd_trend_14d} and {@code energy_per_hdd_trend_28d}. */
        public Kind() {
            super(KIND, p -> new TrailingSlope(p.string("source"), p.integer("window"), p.integer("minPresent"), p.string("output")),
                    Map.of("energy_per_hdd_trend_14d", new TrailingSlope(EnergyPerDegreeDay.OUTPUT, 14, 7, "energy_per_hdd_trend_14d"),
                            "energy_per_hdd_trend_28d", new TrailingSlope(EnergyPerDegreeDay.OUTPUT, 28, 14, "energy_per_hdd_trend_28d")));
        }
    }
}
