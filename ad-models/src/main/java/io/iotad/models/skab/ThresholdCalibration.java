package io.iotad.models.skab;

import java.util.Arrays;

/**
 * Turns scores into 0/1 alarms with a threshold learned on the training part's own scores, so no
 * label is needed: {@code threshold = Q(q) + margin · (Q(q) − Q(0.5))}, where {@code Q} is the
 * empirical quantile (linear interpolation) of the training scores. The margin widens the band
 * relative to the spread of the scores, so it works for any score scale. Scores may first be
 * smoothed causally: the alarm at row t compares the mean score of rows t−smooth+1..t.
 *
 * @param quantile q, in (0.5, 1]
 * @param margin relative widening, in [0, 100]
 * @param smooth rows of causal score smoothing, 1 (none) to 10,000
 */
public record ThresholdCalibration(double quantile, double margin, int smooth) {
    /** Default quantile of the training scores. */
    public static final double DEFAULT_QUANTILE = 0.99;
    /** Default margin. */
    public static final double DEFAULT_MARGIN = 0.0;
    /** Default smoothing rows. */
    public static final int DEFAULT_SMOOTH = 1;

    /** Validates. */
    public ThresholdCalibration {
        if (!(quantile > 0.5 && quantile <= 1)) {
            throw new IllegalArgumentException("quantile has value '" + quantile + "', expected a number in (0.5, 1]");
        }
        if (!(margin >= 0 && margin <= 100)) {
            throw new IllegalArgumentException("margin has value '" + margin + "', expected a number in [0, 100]");
        }
        if (smooth < 1 || smooth > 10_000) {
            throw new IllegalArgumentException("smooth has value '" + smooth + "', expected an integer in [1, 10000]");
        }
    }

    /** @return the defaults */
    public static ThresholdCalibration defaults() {
        return new ThresholdCalibration(DEFAULT_QUANTILE, DEFAULT_MARGIN, DEFAULT_SMOOTH);
    }

    /**
     * @param trainScores the training part's raw scores (NaN = unscored, ignored)
     * @return the alarm threshold on smoothed scores
     * @throws IllegalArgumentException when no training score is finite
     */
    public double threshold(double[] trainScores) {
        double[] s = Arrays.stream(smoothed(trainScores)).filter(Double::isFinite).sorted().toArray();
        if (s.length == 0) {
            throw new IllegalArgumentException("no finite training score to calibrate a threshold on");
        }
        double hi = quantile(s, quantile);
        return hi + margin * (hi - quantile(s, 0.5));
    }

    /**
     * @param scores raw scores in time order (NaN = unscored)
     * @param threshold from {@link #threshold(double[])}
     * @return 1 where the smoothed score is above the threshold, else 0 (also for unscored rows)
     */
    public int[] alarms(double[] scores, double threshold) {
        double[] s = smoothed(scores);
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i] > threshold ? 1 : 0;
        }
        return out;
    }

    /**
     * @param scores raw scores in time order (NaN = unscored)
     * @return the causal moving mean over the last {@link #smooth()} scored rows of each row's
     *     window, NaN where the window holds no score
     */
    public double[] smoothed(double[] scores) {
        if (smooth == 1) {
            return scores.clone();
        }
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            double sum = 0;
            int cnt = 0;
            for (int j = Math.max(0, i - smooth + 1); j <= i; j++) {
                if (!Double.isNaN(scores[j])) {
                    sum += scores[j];
                    cnt++;
                }
            }
            out[i] = cnt == 0 ? Double.NaN : sum / cnt;
        }
        return out;
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
