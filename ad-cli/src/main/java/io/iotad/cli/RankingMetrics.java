package io.iotad.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Ranking metrics of anomaly scores against 0/1 labels, computed the way scikit-learn 1.2 computes
 * them, so the numbers of {@code iotad detect} and {@code detect_sklearn.py} compare directly.
 *
 * <p>Tied scores form one threshold: ROC-AUC is the trapezoidal area under the ROC curve over the
 * distinct thresholds ({@code roc_auc_score}: a tied positive/negative pair counts one half), and
 * average precision is {@code sum_n (R_n − R_(n−1)) P_n} over the distinct thresholds, highest first
 * ({@code average_precision_score}, no interpolation). Precision and recall at k take the first k
 * rows of a stable sort by descending score, so ties keep row order, as {@code np.argsort(-s,
 * kind="stable")} does.
 */
final class RankingMetrics {
    private final double[] scores;
    private final int[] labels;
    private final int positives;
    private final int[] descending;

    /**
     * @param scores one finite score per row, higher = more anomalous
     * @param labels one label per row, 0 or 1
     * @throws IllegalArgumentException when lengths differ, a label is not 0/1, or a score is NaN
     */
    RankingMetrics(double[] scores, int[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + labels.length + " labels");
        }
        int p = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label of row " + i + " is " + labels[i] + ", expected 0 or 1");
            }
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score of row " + i + " is NaN; rank only scored rows");
            }
            p += labels[i];
        }
        this.scores = scores.clone();
        this.labels = labels.clone();
        this.positives = p;
        this.descending = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -this.scores[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    /** @return the number of rows labelled 1 */
    int positives() {
        return positives;
    }

    /** @return whether both classes occur, so ROC-AUC and average precision are defined */
    boolean bothClassesPresent() {
        return positives > 0 && positives < labels.length;
    }

    /** @return ROC-AUC in [0, 1]; requires {@link #bothClassesPresent()} */
    double rocAuc() {
        requireBothClasses();
        double area = 0;
        long tp = 0;
        long fp = 0;
        int i = 0;
        while (i < descending.length) {
            long tp0 = tp;
            long fp0 = fp;
            double s = scores[descending[i]];
            while (i < descending.length && scores[descending[i]] == s) {
                if (labels[descending[i]] == 1) {
                    tp++;
                } else {
                    fp++;
                }
                i++;
            }
            area += (fp - fp0) * (tp + tp0) / 2.0;
        }
        return area / ((double) positives * (labels.length - positives));
    }

    /** @return average precision in [0, 1]; requires {@link #bothClassesPresent()} */
    double averagePrecision() {
        requireBothClasses();
        double ap = 0;
        double prevRecall = 0;
        long tp = 0;
        long seen = 0;
        int i = 0;
        while (i < descending.length) {
            double s = scores[descending[i]];
            while (i < descending.length && scores[descending[i]] == s) {
                tp += labels[descending[i]];
                seen++;
                i++;
            }
            double recall = (double) tp / positives;
            ap += (recall - prevRecall) * ((double) tp / seen);
            prevRecall = recall;
        }
        return ap;
    }

    /**
     * @param k rows taken from the top, at least 1
     * @return the share of positives among the top {@code min(k, rows)} rows
     */
    double precisionAt(int k) {
        int m = Math.min(checkK(k), descending.length);
        return m == 0 ? Double.NaN : (double) positivesInTop(m) / m;
    }

    /**
     * @param k rows taken from the top, at least 1
     * @return the share of all positives found in the top {@code k} rows (0 when there are none)
     */
    double recallAt(int k) {
        int m = Math.min(checkK(k), descending.length);
        return (double) positivesInTop(m) / Math.max(1, positives);
    }

    private int positivesInTop(int m) {
        int c = 0;
        for (int r = 0; r < m; r++) {
            c += labels[descending[r]];
        }
        return c;
    }

    private static int checkK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        return k;
    }

    private void requireBothClasses() {
        if (!bothClassesPresent()) {
            throw new IllegalStateException("ROC-AUC and average precision need both labels; got " + positives
                    + " positives of " + labels.length);
        }
    }

    @Override
    public String toString() {
        return "RankingMetrics[rows=" + labels.length + ", positives=" + positives + ", scores=" + Arrays.hashCode(scores) + "]";
    }
}
