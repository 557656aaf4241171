package io.iotad.features.extract;

import java.util.Map;

/**
 * A column against the apartment's own trailing, robust baseline: the median and MAD of its present
 * values over the {@code window} days before the day (d−window … d−1; the day itself and anything
 * after it are never read). Written for {@code energy_per_hdd}: heat-exchanger fouling adds 15–40 % to
 * the metered energy for the same rooms and weather, a room sensor that reads too warm lowers it,
 * and a stuck meter drops it to 0 — each against what this apartment used per degree-day last month,
 * which the ten-fold spread between archetypes hides in absolute kWh.
 * <ul>
 *   <li>{@code <output>_z}: (value − median) / scale, scale = max(1.4826 × MAD, {@code minScaleShare} × |median|);</li>
 *   <li>{@code <output>_ratio}: value / median (missing when the median is ≤ 0).</li>
 * </ul>
 * Both are missing when the value is missing, fewer than {@code minPresent} window values are
 * present, or the scale is 0.
 *
 * @param source the column compared
 * @param window trailing days, 2…366
 * @param minPresent least present window values, 1…window
 * @param minScaleShare floor of the scale as a share of |median|, in [0, 1] (so a very steady apartment's tiny MAD does not blow up z)
 * @param output prefix of the two columns written
 */
public record TrailingBaseline(String source, int window, int minPresent, double minScaleShare, String output)
        implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "trailing_baseline";

    /** Validates the parameters. */
    public TrailingBaseline {
        FeatureExtractors.requireName("source", source);
        FeatureExtractors.requireName("output", output);
        if (window < 2 || window > RollingWindow.MAX_WINDOW) {
            throw new IllegalArgumentException("window must be in [2, " + RollingWindow.MAX_WINDOW + "] days, got " + window);
        }
        if (minPresent < 1 || minPresent > window) {
            throw new IllegalArgumentException("minPresent must be in [1, window=" + window + "], got " + minPresent);
        }
        if (!(minScaleShare >= 0 && minScaleShare <= 1)) {
            throw new IllegalArgumentException("minScaleShare must be in [0, 1], got " + minScaleShare);
        }
    }

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, output + "_z", output + "_ratio").reading(source).lookingBack(window)
                .withParameters("source", source, "window", window, "minPresent", minPresent,
                        "minScaleShare", minScaleShare, "output", output);
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        double[] in = columns.get(source);
        double[] z = RoomSetpointDeviation.nan(in.length);
        double[] ratio = RoomSetpointDeviation.nan(in.length);
        double[] sorted = new double[window];
        double[] scratch = new double[window];
        for (int d = 0; d < in.length; d++) {
            if (Double.isNaN(in[d])) {
                continue;
            }
            int n = RobustStatistics.sortedPresent(in, d - window, d, sorted);
            if (n < minPresent) {
                continue;
            }
            double median = RobustStatistics.median(sorted, n);
            double scale = Math.max(RobustStatistics.MAD_TO_SIGMA * RobustStatistics.mad(sorted, n, median, scratch),
                    minScaleShare * Math.abs(median));
            if (scale > 0) {
                z[d] = (in[d] - median) / scale;
            }
            if (median > 0) {
                ratio[d] = in[d] / median;
            }
        }
        columns.put(output + "_z", z);
        columns.put(output + "_ratio", ratio);
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind and its catalogue name {@code energy_per_hdd_baseline} (28 days, 14 present, floor 5 %). */
        public Kind() {
            super(KIND, p -> new TrailingBaseline(p.string("source"), p.integer("window"), p.integer("minPresent"),
                            p.number("minScaleShare"), p.string("output")),
                    Map.of("energy_per_hdd_baseline",
                            new TrailingBaseline(EnergyPerDegreeDay.OUTPUT, 28, 14, 0.05, "energy_per_hdd_baseline")));
        }
    }
}
