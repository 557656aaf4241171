package io.iotad.eval.metrics;

/**
 * Top-K metrics: what a technician who visits the K most anomalous apartment-days finds.
 *
 * <p>With fewer than K scored rows, only those rows are visited: Precision@K divides by
 * {@code min(K, scored rows)}, the number of alerts actually raised.
 */
public final class RankingMetrics {
    private RankingMetrics() {
    }

    /**
     * @param sample ranked rows
     * @param k number of alerts, at least 1
     * @return the share of the top {@code min(k, n)} rows labelled 1, in [0, 1]; NaN when nothing is scored
     */
    public static double precisionAtK(RankedSample sample, int k) {
        requireK(k);
        int visited = Math.min(k, sample.size());
        return visited == 0 ? Double.NaN : (double) sample.hitsAtK(k) / visited;
    }

    /**
     * @param sample ranked rows
     * @param k number of alerts, at least 1
     * @return the share of the ranked positives that are in the top K, in [0, 1]; NaN without positives
     */
    public static double recallAtK(RankedSample sample, int k) {
        requireK(k);
        return sample.positives() == 0 ? Double.NaN : (double) sample.hitsAtK(k) / sample.positives();
    }

    /**
     * Anomaly yield@K: the number of confirmed faults among the top K, i.e. the faults a crew with a
     * capacity of K visits would find.
     *
     * @param sample ranked rows
     * @param k number of alerts, at least 1
     * @return the count of rows labelled 1 among the top {@code min(k, n)}, in [0, k]
     */
    public static int yieldAtK(RankedSample sample, int k) {
        requireK(k);
        return sample.hitsAtK(k);
    }

    /**
     * @param scores one score per row, NaN = not scored
     * @param labels one 0/1 label per row
     * @param k number of alerts, at least 1
     * @return {@link #precisionAtK(RankedSample, int)} of the ranked rows
     */
    public static double precisionAtK(double[] scores, int[] labels, int k) {
        return precisionAtK(RankedSample.of(scores, labels), k);
    }

    /**
     * @param scores one score per row, NaN = not scored
     * @param labels one 0/1 label per row
     * @param k number of alerts, at least 1
     * @return {@link #recallAtK(RankedSample, int)} of the ranked rows
     */
    public static double recallAtK(double[] scores, int[] labels, int k) {
        return recallAtK(RankedSample.of(scores, labels), k);
    }

    static void requireK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
    }
}
