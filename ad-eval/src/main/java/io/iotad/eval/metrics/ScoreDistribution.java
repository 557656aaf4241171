package io.iotad.eval.metrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A summary of the scores: moments, quantiles and a histogram split by label.
 *
 * @param count scored rows
 * @param unscored rows with a NaN score
 * @param min lowest score; NaN when nothing is scored
 * @param max highest score; NaN when nothing is scored
 * @param mean mean score; NaN when nothing is scored
 * @param standardDeviation sample standard deviation (n − 1); NaN with fewer than 2 scores
 * @param quantiles quantile level ("p01" … "p99") to score, linear interpolation between order
 *        statistics (numpy's default); NaN when nothing is scored
 * @param binEdges histogram bin edges, {@code bins + 1} ascending values (empty when nothing is scored)
 * @param positives per bin, scored rows labelled 1
 * @param negatives per bin, scored rows labelled 0
 * @param unlabelled per bin, scored rows without a verdict
 */
public record ScoreDistribution(int count, int unscored, double min, double max, double mean,
                                double standardDeviation, Map<String, Double> quantiles, List<Double> binEdges,
                                List<Integer> positives, List<Integer> negatives, List<Integer> unlabelled) {
    /** Default number of histogram bins. */
    public static final int DEFAULT_BINS = 20;
    /** The quantile levels reported. */
    public static final double[] LEVELS = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};

    /** Copies the collections. */
    public ScoreDistribution {
        quantiles = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(quantiles));
        binEdges = List.copyOf(binEdges);
        positives = List.copyOf(positives);
        negatives = List.copyOf(negatives);
        unlabelled = List.copyOf(unlabelled);
    }

    /**
     * @param scores one score per row, NaN = not scored
     * @param labels one label per row: 1, 0, or any other value for "no verdict"
     * @param bins number of equal-width histogram bins between min and max, at least 1
     * @return the summary
     */
    public static ScoreDistribution of(double[] scores, int[] labels, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, got " + bins);
        }
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("scores and labels differ in length: " + scores.length + " vs " + labels.length);
        }
        double[] sorted = Arrays.stream(scores).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = sorted.length;
        Map<String, Double> q = new LinkedHashMap<>();
        for (double level : LEVELS) {
            q.put(String.format(java.util.Locale.ROOT, "p%02d", Math.round(level * 100)), quantile(sorted, level));
        }
        if (n == 0) {
            return new ScoreDistribution(0, scores.length, Double.NaN, Double.NaN, Double.NaN, Double.NaN, q,
                    List.of(), List.of(), List.of(), List.of());
        }
        double mean = Arrays.stream(sorted).sum() / n;
        double ss = 0;
        for (double v : sorted) {
            ss += (v - mean) * (v - mean);
        }
        double min = sorted[0];
        double max = sorted[n - 1];
        Double[] edges = new Double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = b == bins ? max : min + (max - min) * b / bins;
        }
        Integer[] pos = zeros(bins);
        Integer[] neg = zeros(bins);
        Integer[] unl = zeros(bins);
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                continue;
            }
            int b = max == min ? 0 : (int) Math.min(bins - 1, Math.floor((scores[i] - min) / (max - min) * bins));
            Integer[] target = labels[i] == 1 ? pos : labels[i] == 0 ? neg : unl;
            target[b]++;
        }
        return new ScoreDistribution(n, scores.length - n, min, max, mean,
                n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)), q, List.of(edges), List.of(pos), List.of(neg),
                List.of(unl));
    }

    private static Integer[] zeros(int n) {
        Integer[] a = new Integer[n];
        Arrays.fill(a, 0);
        return a;
    }

    /**
     * @param sorted ascending values without NaN
     * @param level in [0, 1]
     * @return the quantile with linear interpolation; NaN for an empty array
     */
    static double quantile(double[] sorted, double level) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = level * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
