package io.iotad.models.context;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.models.matrix.RowMatrix;
import io.iotad.models.series.ApartmentDays;
import io.iotad.models.stats.SampleStatistics;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns each apartment-day's features into robust deviations from its context before a density or
 * forest detector sees them, so the detector asks "is this unusual for this apartment (and its
 * peers today)?" instead of "is this unusual in the portfolio?".
 *
 * <p>For a feature value {@code x} of apartment {@code a} on day {@code D}:
 * <ul>
 *   <li><b>apartment</b>: {@code (x − median(W)) / max(1.4826 × MAD(W), floor)}, where {@code W} holds
 *       the apartment's present values on days {@code D − windowDays .. D − 1} (trailing only: day
 *       {@code D} and later days are never read); NaN when {@code W} has fewer than
 *       {@link ContextOptions#minHistoryDays()} values;</li>
 *   <li><b>peers</b>: the same with {@code W} = the values of every apartment of {@code a}'s building
 *       on day {@code D} (its own included); NaN when fewer than {@link ContextOptions#minPeers()};</li>
 *   <li><b>apartment_then_peers</b>: the apartment value, then the peers step applied to the
 *       building's apartment values of that day (floor {@link #Z_FLOOR}: the values are already in
 *       robust standard deviations).</li>
 * </ul>
 * The floor of a raw feature is {@link #FLOOR_FRACTION} × its robust spread over the training rows
 * (1.4826 × MAD, or the standard deviation where the MAD is 0, or 1 where both are), fixed at fit
 * time and stored in the model, so a constant window (a meter stuck at 0 for a month) gives a large
 * but finite deviation, and the same rows always give the same values. A missing input value
 * (NaN) stays missing. Immutable and thread-safe.
 */
public final class ContextualStandardization {
    /** The scale floor of a raw feature as a fraction of its robust spread over the training rows. */
    public static final double FLOOR_FRACTION = 0.1;
    /** The scale floor of the peers step on apartment-standardised values, in robust standard deviations. */
    public static final double Z_FLOOR = FLOOR_FRACTION;

    private final ContextOptions options;
    private final double[] floors;

    private ContextualStandardization(ContextOptions options, double[] floors) {
        this.options = Objects.requireNonNull(options, "options");
        this.floors = floors.clone();
        for (int j = 0; j < floors.length; j++) {
            if (!(floors[j] > 0) || Double.isInfinite(floors[j])) {
                throw new IllegalArgumentException("scale floor " + j + " is " + floors[j] + ", expected a finite number > 0");
            }
        }
    }

    /**
     * Fits the scale floors on the training rows.
     *
     * @param train the training rows
     * @param features the features read, in order
     * @param options the context options
     * @return the fitted transformation
     */
    public static ContextualStandardization fit(FeatureFrame train, FeatureSchema features, ContextOptions options) {
        double[] floors = new double[features.size()];
        for (int j = 0; j < floors.length; j++) {
            double[] col = train.column(features.names().get(j));
            double spread = SampleStatistics.scaledMad(col);
            if (!(spread > 0) || Double.isInfinite(spread)) {
                spread = standardDeviation(col);
            }
            if (!(spread > 0) || Double.isInfinite(spread)) {
                spread = 1.0;
            }
            floors[j] = FLOOR_FRACTION * spread;
        }
        return new ContextualStandardization(options, floors);
    }

    /**
     * Rebuilds a fitted transformation (a payload codec reading a model).
     *
     * @param options the context options
     * @param floors the scale floor of each feature, finite and above 0
     * @return the transformation
     * @throws IllegalArgumentException when a floor is not finite and positive
     */
    public static ContextualStandardization of(ContextOptions options, double[] floors) {
        return new ContextualStandardization(options, floors);
    }

    /** @return the context options */
    public ContextOptions options() {
        return options;
    }

    /** @return a copy of the scale floor of each feature, in the features' unit */
    public double[] floors() {
        return floors.clone();
    }

    /** @return values per row of {@link #apply} for {@code floors().length} features */
    public int outputDimensions() {
        return options.mode().outputDimensions(floors.length);
    }

    /**
     * Standardises a frame's rows in the context of the frame's other rows: earlier days of the
     * same apartment and same-day rows of the same building.
     *
     * @param frame the rows and their context; rows of days after a row are never read for it
     * @param features the features, in the order the floors were fitted
     * @return a row matrix of {@link #outputDimensions()} values per frame row, in the frame's
     *     order; a row is missing where an input is missing or its context is too thin
     * @throws IllegalArgumentException when the frame lacks a feature, or the feature count differs
     *     from the fitted one
     */
    public RowMatrix apply(FeatureFrame frame, FeatureSchema features) {
        int d = features.size();
        if (d != floors.length) {
            throw new IllegalArgumentException("context fitted on " + floors.length + " features, given " + d);
        }
        RowMatrix raw = RowMatrix.of(frame, features);
        int n = raw.rows();
        ContextMode mode = options.mode();
        if (mode == ContextMode.NONE) {
            return raw;
        }
        double[][] cols = new double[d][];
        for (int j = 0; j < d; j++) {
            cols[j] = frame.column(features.names().get(j));
        }
        double[][] out = new double[mode.outputDimensions(d)][];
        if (mode.usesHistory()) {
            List<ApartmentDays> apartments = ApartmentDays.of(frame);
            double[][] own = new double[d][];
            for (int j = 0; j < d; j++) {
                own[j] = againstHistory(apartments, cols[j], n, floors[j]);
            }
            switch (mode) {
                case APARTMENT -> System.arraycopy(own, 0, out, 0, d);
                case APARTMENT_THEN_PEERS -> {
                    int[][] groups = buildingDays(frame);
                    for (int j = 0; j < d; j++) {
                        out[j] = againstPeers(groups, own[j], n, Z_FLOOR);
                    }
                }
                case APARTMENT_AND_PEERS -> {
                    int[][] groups = buildingDays(frame);
                    for (int j = 0; j < d; j++) {
                        out[j] = own[j];
                        out[d + j] = againstPeers(groups, cols[j], n, floors[j]);
                    }
                }
                default -> throw new IllegalStateException("mode " + mode);
            }
        } else {
            int[][] groups = buildingDays(frame);
            for (int j = 0; j < d; j++) {
                out[j] = againstPeers(groups, cols[j], n, floors[j]);
            }
        }
        int e = out.length;
        double[] v = new double[n * e];
        boolean[] miss = new boolean[n];
        int missing = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < e; j++) {
                double x = out[j][i];
                v[i * e + j] = x;
                miss[i] |= Double.isNaN(x);
            }
            if (miss[i]) {
                missing++;
            }
        }
        return new RowMatrix(v, e, miss, missing);
    }

    /** Robust deviation of every row's value from its apartment's trailing window. */
    private double[] againstHistory(List<ApartmentDays> apartments, double[] column, int n, double floor) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        int window = options.windowDays();
        int minDays = options.minHistoryDays();
        double[] buf = new double[window];
        for (ApartmentDays a : apartments) {
            double[] daily = a.daily(column);
            for (int i = 0; i < a.rowCount(); i++) {
                int t = a.offset(i);
                double x = daily[t];
                if (Double.isNaN(x)) {
                    continue;
                }
                int k = 0;
                for (int s = Math.max(0, t - window); s < t; s++) {
                    if (!Double.isNaN(daily[s])) {
                        buf[k++] = daily[s];
                    }
                }
                if (k < minDays) {
                    continue;
                }
                out[a.row(i)] = deviation(x, Arrays.copyOf(buf, k), floor);
            }
        }
        return out;
    }

    /** Robust deviation of every row's value from its building's values on the same day. */
    private double[] againstPeers(int[][] groups, double[] values, int n, double floor) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        int minPeers = options.minPeers();
        for (int[] g : groups) {
            double[] present = new double[g.length];
            int k = 0;
            for (int r : g) {
                if (!Double.isNaN(values[r])) {
                    present[k++] = values[r];
                }
            }
            if (k < minPeers) {
                continue;
            }
            double[] peers = Arrays.copyOf(present, k);
            double med = SampleStatistics.median(peers);
            double scale = Math.max(SampleStatistics.scaledMad(peers), floor);
            for (int r : g) {
                if (!Double.isNaN(values[r])) {
                    out[r] = (values[r] - med) / scale;
                }
            }
        }
        return out;
    }

    /**
     * @param x a value
     * @param sample its context, present values only, at least one
     * @param floor the smallest scale
     * @return {@code (x − median) / max(1.4826 × MAD, floor)}
     */
    static double deviation(double x, double[] sample, double floor) {
        double med = SampleStatistics.median(sample);
        double scale = Math.max(SampleStatistics.scaledMad(sample), floor);
        return (x - med) / scale;
    }

    /** @return the row indices of each (building, day), in order of first appearance */
    private static int[][] buildingDays(FeatureFrame frame) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < frame.rowCount(); r++) {
            groups.computeIfAbsent(frame.buildingId(r) + "\u0000" + frame.epochDay(r), k -> new ArrayList<>()).add(r);
        }
        int[][] out = new int[groups.size()][];
        int g = 0;
        for (List<Integer> rows : groups.values()) {
            out[g++] = rows.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    private static double standardDeviation(double[] col) {
        double sum = 0;
        int n = 0;
        for (double v : col) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : col) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        return Math.sqrt(ss / n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContextualStandardization c && c.options.equals(options) && Arrays.equals(c.floors, floors);
    }

    @Override
    public int hashCode() {
        return 31 * options.hashCode() + Arrays.hashCode(floors);
    }

    @Override
    public String toString() {
        return "ContextualStandardization[" + options + ", floors=" + Arrays.toString(floors) + "]";
    }
}
