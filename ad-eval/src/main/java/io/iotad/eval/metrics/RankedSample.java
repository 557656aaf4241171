package io.iotad.eval.metrics;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Scored rows with their labels, ranked from the most anomalous down; rows with a NaN score are
 * left out and counted. Immutable; the input arrays are not kept.
 */
public final class RankedSample {
    private final double[] scores;
    private final int[] labels;
    private final int[] rows;
    private final int[] unscoredRows;
    private final int[] unscoredLabels;
    private final int unscoredPositives;
    private final int positives;

    private RankedSample(double[] scores, int[] labels, int[] rows, int[] unscoredRows, int[] unscoredLabels) {
        this.scores = scores;
        this.labels = labels;
        this.rows = rows;
        this.unscoredRows = unscoredRows;
        this.unscoredLabels = unscoredLabels;
        this.unscoredPositives = Arrays.stream(unscoredLabels).sum();
        this.positives = Arrays.stream(labels).sum();
    }

    /**
     * Ranks rows by descending score; ties keep row order. O(n log n), no boxing.
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
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label at row " + i + " is " + labels[i] + "; expected 0 or 1");
            }
            unscored += Double.isNaN(scores[i]) ? 1 : 0;
        }
        int[] order = new int[scores.length - unscored];
        int[] unscoredRows = new int[unscored];
        int[] unscoredLabels = new int[unscored];
        for (int i = 0, o = 0, u = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                unscoredLabels[u] = labels[i];
                unscoredRows[u++] = i;
            } else {
                order[o++] = i;
            }
        }
        order = descendingStable(order, scores);
        double[] s = new double[order.length];
        int[] y = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            s[r] = scores[order[r]];
            y[r] = labels[order[r]];
        }
        return new RankedSample(s, y, order, unscoredRows, unscoredLabels);
    }

    /** Stable merge sort of row indices by descending score (indices start in ascending order). */
    private static int[] descendingStable(int[] rows, double[] scores) {
        int n = rows.length;
        int[] src = rows;
        int[] dst = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    // take from the right run only when strictly higher: keeps equal scores in row order
                    dst[k++] = Double.compare(scores[src[j]], scores[src[i]]) > 0 ? src[j++] : src[i++];
                }
                while (i < mid) {
                    dst[k++] = src[i++];
                }
                while (j < hi) {
                    dst[k++] = src[j++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        return src;
    }

    /**
     * The same ranking restricted to some rows, without sorting again.
     *
     * @param keepRow decides, by index in the original input arrays, which rows stay
     * @return the ranked sample of the rows kept (their unscored rows counted as before)
     */
    public RankedSample subset(IntPredicate keepRow) {
        int n = 0;
        for (int r = 0; r < rows.length; r++) {
            n += keepRow.test(rows[r]) ? 1 : 0;
        }
        double[] s = new double[n];
        int[] y = new int[n];
        int[] kept = new int[n];
        for (int r = 0, k = 0; r < rows.length; r++) {
            if (keepRow.test(rows[r])) {
                s[k] = scores[r];
                y[k] = labels[r];
                kept[k++] = rows[r];
            }
        }
        int u = 0;
        for (int row : unscoredRows) {
            u += keepRow.test(row) ? 1 : 0;
        }
        int[] unscoredKept = new int[u];
        int[] unscoredKeptLabels = new int[u];
        for (int j = 0, k = 0; j < unscoredRows.length; j++) {
            if (keepRow.test(unscoredRows[j])) {
                unscoredKeptLabels[k] = unscoredLabels[j];
                unscoredKept[k++] = unscoredRows[j];
            }
        }
        return new RankedSample(s, y, kept, unscoredKept, unscoredKeptLabels);
    }

    /**
     * Splits the ranking into groups in one pass, without sorting again.
     *
     * @param groupOfRow the group (0 to {@code groups - 1}) of each row, by index in the original input arrays
     * @param groups number of groups, at least 1
     * @return one ranked sample per group
     */
    public RankedSample[] partition(int[] groupOfRow, int groups) {
        if (groups < 1) {
            throw new IllegalArgumentException("groups must be >= 1, got " + groups);
        }
        int[] scoredCount = new int[groups];
        int[] unscoredCount = new int[groups];
        for (int row : rows) {
            scoredCount[groupOfRow[row]]++;
        }
        for (int row : unscoredRows) {
            unscoredCount[groupOfRow[row]]++;
        }
        double[][] s = new double[groups][];
        int[][] y = new int[groups][];
        int[][] kept = new int[groups][];
        int[][] uRows = new int[groups][];
        int[][] uLabels = new int[groups][];
        for (int g = 0; g < groups; g++) {
            s[g] = new double[scoredCount[g]];
            y[g] = new int[scoredCount[g]];
            kept[g] = new int[scoredCount[g]];
            uRows[g] = new int[unscoredCount[g]];
            uLabels[g] = new int[unscoredCount[g]];
        }
        int[] at = new int[groups];
        for (int r = 0; r < rows.length; r++) {
            int g = groupOfRow[rows[r]];
            s[g][at[g]] = scores[r];
            y[g][at[g]] = labels[r];
            kept[g][at[g]++] = rows[r];
        }
        Arrays.fill(at, 0);
        for (int j = 0; j < unscoredRows.length; j++) {
            int g = groupOfRow[unscoredRows[j]];
            uLabels[g][at[g]] = unscoredLabels[j];
            uRows[g][at[g]++] = unscoredRows[j];
        }
        RankedSample[] out = new RankedSample[groups];
        for (int g = 0; g < groups; g++) {
            out[g] = new RankedSample(s[g], y[g], kept[g], uRows[g], uLabels[g]);
        }
        return out;
    }

    /** @return the number of scored (ranked) rows */
    public int size() {
        return scores.length;
    }

    /** @return the number of rows left out because their score was NaN */
    public int unscored() {
        return unscoredRows.length;
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

    /**
     * @param rank 0 = most anomalous
     * @return the score at that rank
     */
    public double score(int rank) {
        return scores[rank];
    }

    /**
     * @param rank 0 = most anomalous
     * @return the label (0 or 1) at that rank
     */
    public int label(int rank) {
        return labels[rank];
    }

    /**
     * @param rank 0 = most anomalous
     * @return the index, in the input arrays, of the row at that rank
     */
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
