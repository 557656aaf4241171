package io.iotad.models.skab;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Causal rolling-window features of raw sensor streams: each row's features use that row and the
 * {@code window − 1} rows before it, never a later row, so a detector sees at time t only what was
 * known at t. Windows count rows (SKAB samples about once a second; gaps are not filled).
 * Missing readings are skipped inside a window; a window with no reading gives NaN.
 *
 * <p>Kinds, per sensor {@code s}: {@code raw} ({@code s}), {@code mean} ({@code s_mean<w>}),
 * {@code std} (population standard deviation, {@code s_std<w>}), {@code diff}
 * ({@code s_diff}: the change from the previous row; NaN on the first row).
 *
 * @param window rows per window, 1 to 10,000
 * @param kinds the feature kinds to emit, a non-empty subset of {@link #KINDS}, in {@link #KINDS} order
 */
public record RollingWindowFeatures(int window, List<String> kinds) {
    /** The feature kinds, in output order. */
    public static final List<String> KINDS = List.of("raw", "mean", "std", "diff");
    /** Default window in rows. */
    public static final int DEFAULT_WINDOW = 10;
    /** Default kinds. */
    public static final List<String> DEFAULT_KINDS = List.of("mean", "std");

    /** Validates and normalises. */
    public RollingWindowFeatures {
        if (window < 1 || window > 10_000) {
            throw new IllegalArgumentException("window has value '" + window + "', expected an integer in [1, 10000]");
        }
        Set<String> given = new TreeSet<>();
        for (String k : kinds) {
            String n = k.strip().toLowerCase(Locale.ROOT);
            if (!KINDS.contains(n)) {
                throw new IllegalArgumentException("feature kind '" + k + "' is unknown, expected one of " + KINDS);
            }
            given.add(n);
        }
        if (given.isEmpty()) {
            throw new IllegalArgumentException("feature kinds are empty, expected a non-empty subset of " + KINDS);
        }
        kinds = KINDS.stream().filter(given::contains).toList();
    }

    /** @return the defaults: {@link #DEFAULT_WINDOW} rows, {@link #DEFAULT_KINDS} */
    public static RollingWindowFeatures defaults() {
        return new RollingWindowFeatures(DEFAULT_WINDOW, DEFAULT_KINDS);
    }

    /**
     * @param sensors sensor names
     * @return the output feature names, per sensor then per kind
     */
    public FeatureSchema schema(List<String> sensors) {
        List<String> names = new ArrayList<>();
        for (String s : sensors) {
            for (String k : kinds) {
                names.add(switch (k) {
                    case "raw" -> s;
                    case "mean" -> s + "_mean" + window;
                    case "std" -> s + "_std" + window;
                    default -> s + "_diff";
                });
            }
        }
        return FeatureSchema.of(names);
    }

    /**
     * Computes the features of every row of a recording. Row keys: apartment
     * {@code <file name>#<row>}, building {@code skab}, the reading's UTC day.
     *
     * @param rec the recording
     * @return one feature row per recording row
     */
    public FeatureFrame apply(SkabRecording rec) {
        int n = rec.size();
        List<String> sensors = rec.sensors();
        double[][] cols = new double[sensors.size() * kinds.size()][];
        int c = 0;
        for (int s = 0; s < sensors.size(); s++) {
            double[] x = rec.sensor(s);
            for (String k : kinds) {
                cols[c++] = switch (k) {
                    case "raw" -> x;
                    case "mean" -> rolling(x, false);
                    case "std" -> rolling(x, true);
                    default -> diff(x);
                };
            }
        }
        String name = Path.of(rec.source()).getFileName().toString();
        String[] apts = new String[n];
        String[] bldgs = new String[n];
        LocalDate[] days = new LocalDate[n];
        long[] t = rec.epochSeconds();
        for (int i = 0; i < n; i++) {
            apts[i] = name + "#" + i;
            bldgs[i] = "skab";
            days[i] = LocalDate.ofInstant(java.time.Instant.ofEpochSecond(t[i]), ZoneOffset.UTC);
        }
        return FeatureFrame.of(schema(sensors), apts, bldgs, days, cols);
    }

    private double[] rolling(double[] x, boolean std) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int from = Math.max(0, i - window + 1);
            double sum = 0;
            int cnt = 0;
            for (int j = from; j <= i; j++) {
                if (!Double.isNaN(x[j])) {
                    sum += x[j];
                    cnt++;
                }
            }
            if (cnt == 0) {
                out[i] = Double.NaN;
                continue;
            }
            double mean = sum / cnt;
            if (!std) {
                out[i] = mean;
                continue;
            }
            double ss = 0;
            for (int j = from; j <= i; j++) {
                if (!Double.isNaN(x[j])) {
                    ss += (x[j] - mean) * (x[j] - mean);
                }
            }
            out[i] = Math.sqrt(ss / cnt);
        }
        return out;
    }

    private static double[] diff(double[] x) {
        double[] out = new double[x.length];
        Arrays.fill(out, Double.NaN);
        for (int i = 1; i < x.length; i++) {
            out[i] = x[i] - x[i - 1];
        }
        return out;
    }
}
