package io.iotad.eval.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Scored rows with their labels, ranked from the most anomalous down; rows with a NaN score are
 * left out and counted. Immutable; the input arrays are not kept.
 */
public final class RankedSample {
    private final double[] scores;
    private final int[] labels;
    private final int[] rows;
    private final int unscored;
    private final int unscoredPositives;
    private final int positives;

    private RankedSample(double[] scores, int[] labels, int[] rows, int unscored, int unscoredPositives) {
        this.scores = scores;
        this.labels = labels;
        this.rows = rows;
        this.unscored = unscored;
        this.unscoredPositives = unscoredPositives;
        this.positives = (int) Arrays.stream(labels).filter(l -> l == 1).count();
    }

    /**
     * Ranks rows by descending score; ties keep row order.
     *
     * @param scores one score per row, higher = more anomalous; NaN = not scored
     * @param labels one label per row, 0 or 1
     * @return the ranked sample
     * @throws IllegalArgumentException when the lengths differ or a label is not 0 or 1
     */
    public static RankedSample of(double[] scores, int[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("scores and labels differ in length: " + scores.length + " scores, "
                    + labels.length + " labels");
        }
        int unscored = 0;
        int unscoredPositives = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label at row " + i + " is " + labels[i] + "; expected 0 or 1");
            }
            if (Double.isNaN(scores[i])) {
                unscored++;
                unscoredPositives += labels[i];
            }
        }
        int[] order = IntStream.range(0, scores.length)
                .filter(i -> !Double.isNaN(scores[i]))
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> scores[i]).reversed())
                .mapToInt(Integer::intValue)
                .toArray();
        double[] s = new double[order.length];
        int[] y = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            s[r] = scores[order[r]];
            y[r] = labels[order[r]];
        }
        return new RankedSample(s, y, order, unscored, unscoredPositives);
    }

    /** @return the number of scored (ranked) rows */
    public int size() {
        return scores.length;
    }

    /** @return the number of rows left out because their score was NaN */
    public int unscored() {
        return unscored;
    }

    /** @return how many of the unscored rows were labelled 1 */
    public int unscoredPositives() {
        return unscoredPositives;
    }

    /** @return the number of ranked rows labelled 1 */
    public int positives() {
        return positives;
    }

    /** @return the number of ranked rows labelled 0 */
    public int negatives() {
        return scores.length - positives;
    }

    /** @param rank 0 = most anomalous @return the score at that rank */
    public double score(int rank) {
        return scores[rank];
    }

    /** @param rank 0 = most anomalous @return the label (0 or 1) at that rank */
    public int label(int rank) {
        return labels[rank];
    }

    /** @param rank 0 = most anomalous @return the index, in the input arrays, of the row at that rank */
    public int row(int rank) {
        return rows[rank];
    }

    /**
     * @param k how many of the top ranks, at least 0
     * @return how many of the {@code min(k, size())} top-ranked rows are labelled 1
     */
    public int hitsAtK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        int hits = 0;
        for (int r = 0, n = Math.min(k, scores.length); r < n; r++) {
            hits += labels[r];
        }
        return hits;
    }
}
