package io.iotad.core.explain;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Each feature's typical value and spread in the training data: the median and a robust scale,
 * 1.4826 · MAD (the median absolute deviation, scaled to equal the standard deviation of normal data);
 * when the MAD is 0 (a feature that is mostly one value), 1.2533 · the mean absolute deviation from
 * the median; 0 when the feature was constant. Missing values (NaN) are left out. Recorded in the
 * model artifact ({@code feature_baseline}) so scoring measures deviations against training.
 * Immutable.
 */
public final class FeatureBaseline {
    /** Consistency constant of the MAD for normal data. */
    public static final double MAD_TO_SD = 1.4826;
    /** Consistency constant of the mean absolute deviation for normal data, sqrt(pi/2). */
    public static final double MEAN_AD_TO_SD = 1.2533;

    /** A baseline that knows no feature. */
    public static final FeatureBaseline EMPTY = new FeatureBaseline(Map.of());

    private final Map<String, double[]> stats; // feature -> {median, scale}

    private FeatureBaseline(Map<String, double[]> stats) {
        this.stats = stats;
    }

    /**
     * Measures the features of a frame.
     *
     * @param frame the training rows
     * @param features the features to measure; each must be in the frame
     * @return the baseline; a feature with no value at all is left out
     */
    public static FeatureBaseline of(FeatureFrame frame, FeatureSchema features) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (String f : features.names()) {
            double[] v = Arrays.stream(frame.column(f)).filter(x -> !Double.isNaN(x)).sorted().toArray();
            if (v.length == 0) {
                continue;
            }
            double median = median(v);
            double[] dev = new double[v.length];
            double sum = 0;
            for (int i = 0; i < v.length; i++) {
                dev[i] = Math.abs(v[i] - median);
                sum += dev[i];
            }
            Arrays.sort(dev);
            double scale = MAD_TO_SD * median(dev);
            if (scale == 0) {
                scale = MEAN_AD_TO_SD * sum / v.length;
            }
            m.put(f, new double[] {median, scale});
        }
        return new FeatureBaseline(m);
    }

    /**
     * Reads {@link #toMap()}.
     *
     * @param map feature → {@code {median, scale}}; empty = {@link #EMPTY}
     * @return the baseline
     * @throws IllegalArgumentException naming the feature when an entry is not two finite numbers, scale ≥ 0
     */
    public static FeatureBaseline fromMap(Map<String, ?> map) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> v) || !(v.get("median") instanceof Number med)
                    || !(v.get("scale") instanceof Number sc)) {
                throw new IllegalArgumentException("feature_baseline." + e.getKey() + " must be {median: number, scale: "
                        + "number}, got " + e.getValue());
            }
            double median = med.doubleValue();
            double scale = sc.doubleValue();
            if (!Double.isFinite(median) || !Double.isFinite(scale) || scale < 0) {
                throw new IllegalArgumentException("feature_baseline." + e.getKey() + " needs a finite median and a finite "
                        + "scale >= 0, got median " + median + ", scale " + scale);
            }
            m.put(e.getKey(), new double[] {median, scale});
        }
        return new FeatureBaseline(m);
    }

    /** @return feature → {@code {median, scale}}, in the order measured (JSON-compatible) */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        stats.forEach((f, s) -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("median", s[0]);
            v.put("scale", s[1]);
            out.put(f, v);
        });
        return out;
    }

    /** @return true when no feature is known */
    public boolean isEmpty() {
        return stats.isEmpty();
    }

    /**
     * @param feature a name
     * @return whether the feature is known
     */
    public boolean contains(String feature) {
        return stats.containsKey(feature);
    }

    /**
     * @param feature a name
     * @return its training median, empty when unknown
     */
    public OptionalDouble median(String feature) {
        double[] s = stats.get(feature);
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s[0]);
    }

    /**
     * @param feature a name
     * @return its robust scale, at least 0, empty when unknown
     */
    public OptionalDouble scale(String feature) {
        double[] s = stats.get(feature);
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s[1]);
    }

    /**
     * @param feature a name
     * @param value a value of it
     * @return its robust deviation (value − median) / scale; NaN when the value is missing, the
     *     feature unknown, or its scale 0 (a constant feature)
     */
    public double deviation(String feature, double value) {
        double[] s = stats.get(feature);
        if (s == null || Double.isNaN(value) || s[1] == 0) {
            return Double.NaN;
        }
        return (value - s[0]) / s[1];
    }

    /**
     * @param feature a name
     * @param value a value of it
     * @return where the value lies against the feature's median
     */
    public Direction direction(String feature, double value) {
        if (Double.isNaN(value)) {
            return Direction.MISSING;
        }
        double[] s = stats.get(feature);
        if (s == null || value == s[0]) {
            return Direction.TYPICAL;
        }
        return value > s[0] ? Direction.HIGH : Direction.LOW;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FeatureBaseline b) || !b.stats.keySet().equals(stats.keySet())) {
            return false;
        }
        return stats.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.stats.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return Objects.hash(stats.keySet());
    }

    @Override
    public String toString() {
        return "FeatureBaseline[" + stats.size() + " features]";
    }
}
