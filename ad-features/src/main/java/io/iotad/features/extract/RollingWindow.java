package io.iotad.features.extract;

import java.util.Locale;
import java.util.Map;

/**
 * A statistic of a column over a trailing window of calendar days d−(window−1) … d, over the values
 * present in it (for example {@code energy_roll_avg_7d}: mean of {@code daily_energy_kwh} over 7 days,
 * at least 4 present; {@code temp_diff_roll_std_3d}: sample standard deviation of {@code avg_temp_diff}
 * over 3 days, at least 2 present). Missing when fewer than {@code minPresent} values are present.
 *
 * @param source the column summarised
 * @param statistic mean or sample standard deviation
 * @param window the window length in days, 1…366
 * @param minPresent the least number of present values for a defined result, 1…window (2…window for the standard deviation)
 * @param output the column written
 */
public record RollingWindow(String source, Statistic statistic, int window, int minPresent, String output)
        implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "rolling";
    /** Longest window accepted, in days. */
    public static final int MAX_WINDOW = 366;

    /** What is computed over the window. */
    public enum Statistic {
        /** Arithmetic mean of the present values. */
        MEAN,
        /** Sample standard deviation (n−1) of the present values. */
        STD;

        /** @return the name used in the JSON form */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * @param key {@code mean} or {@code std}
         * @return the statistic
         */
        public static Statistic ofKey(String key) {
            for (Statistic s : values()) {
                if (s.key().equals(key)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("statistic must be one of [mean, std], got '" + key + "'");
        }
    }

    /** Validates the parameters. */
    public RollingWindow {
        FeatureExtractors.requireName("source", source);
        FeatureExtractors.requireName("output", output);
        if (statistic == null) {
            throw new IllegalArgumentException("statistic must be mean or std, got null");
        }
        if (window < 1 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("window must be in [1, " + MAX_WINDOW + "] days, got " + window);
        }
        int least = statistic == Statistic.STD ? 2 : 1;
        if (minPresent < least || minPresent > window) {
            throw new IllegalArgumentException("minPresent must be in [" + least + ", window=" + window + "] for "
                    + statistic.key() + ", got " + minPresent);
        }
    }

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, output).reading(source).lookingBack(window - 1).withParameters("source", source,
                "statistic", statistic.key(), "window", window, "minPresent", minPresent, "output", output);
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        double[] in = columns.get(source);
        double[] out = new double[in.length];
        for (int d = 0; d < in.length; d++) {
            int from = Math.max(0, d - window + 1);
            double sum = 0.0;
            int n = 0;
            for (int i = from; i <= d; i++) {
                if (!Double.isNaN(in[i])) {
                    sum += in[i];
                    n++;
                }
            }
            if (n < minPresent) {
                out[d] = Double.NaN;
                continue;
            }
            double mean = sum / n;
            if (statistic == Statistic.MEAN) {
                out[d] = mean;
            } else {
                double ss = 0.0;
                for (int i = from; i <= d; i++) {
                    if (!Double.isNaN(in[i])) {
                        double e = in[i] - mean;
                        ss += e * e;
                    }
                }
                out[d] = Math.sqrt(ss / (n - 1));
            }
        }
        columns.put(output, out);
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind and its catalogue names. */
        public Kind() {
            super(KIND, p -> new RollingWindow(p.string("source"), Statistic.ofKey(p.string("statistic")),
                    p.integer("window"), p.integer("minPresent"), p.string("output")),
                    Map.of("energy_roll_std_7d", new RollingWindow("daily_energy_kwh", Statistic.STD, 7, 4, "energy_roll_std_7d"),
                            "temp_diff_roll_avg_3d",
                            new RollingWindow("avg_temp_diff", Statistic.MEAN, 3, 2, "temp_diff_roll_avg_3d")));
        }
    }
}
