package io.iotad.models.skab;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A confusion matrix of 0/1 alarms against 0/1 labels, with the SKAB leaderboard's outlier metrics.
 *
 * @param tp alarms on anomalous rows
 * @param fp alarms on normal rows
 * @param fn anomalous rows without alarm
 * @param tn normal rows without alarm
 */
public record ConfusionCounts(long tp, long fp, long fn, long tn) {
    /** The empty matrix. */
    public static final ConfusionCounts ZERO = new ConfusionCounts(0, 0, 0, 0);

    /** Validates. */
    public ConfusionCounts {
        if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got tp=" + tp + " fp=" + fp + " fn=" + fn + " tn=" + tn);
        }
    }

    /**
     * @param alarms 0/1 per row
     * @param labels 0/1 per row
     * @return their confusion matrix
     */
    public static ConfusionCounts of(int[] alarms, int[] labels) {
        if (alarms.length != labels.length) {
            throw new IllegalArgumentException(alarms.length + " alarms but " + labels.length + " labels");
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        for (int i = 0; i < alarms.length; i++) {
            if (labels[i] == 1) {
                if (alarms[i] == 1) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (alarms[i] == 1) {
                fp++;
            } else {
                tn++;
            }
        }
        return new ConfusionCounts(tp, fp, fn, tn);
    }

    /**
     * @param o another matrix
     * @return the pooled (summed) matrix
     */
    public ConfusionCounts plus(ConfusionCounts o) {
        return new ConfusionCounts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }

    /** @return {@code TP / (TP + (FP + FN) / 2)}, in [0, 1]; 0 when there is nothing to find or flag */
    public double f1() {
        double d = tp + (fp + fn) / 2.0;
        return d == 0 ? 0 : tp / d;
    }

    /** @return false-alarm rate {@code FP / (FP + TN) · 100}, in percent; 0 without normal rows */
    public double far() {
        return fp + tn == 0 ? 0 : 100.0 * fp / (fp + tn);
    }

    /** @return missed-alarm rate {@code FN / (FN + TP) · 100}, in percent; 0 without anomalous rows */
    public double mar() {
        return fn + tp == 0 ? 0 : 100.0 * fn / (fn + tp);
    }

    /** @return the F1 of a detector that flags every row of the same data */
    public double f1FlagAll() {
        double pos = tp + fn;
        double d = pos + (fp + tn) / 2.0;
        return d == 0 ? 0 : pos / d;
    }

    /**
     * @return the leaderboard's fields: {@code F1} (2 decimals), {@code FAR} and {@code MAR} (percent,
     *     2 decimals), the counts, and the flag-everything F1 of the same rows
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("F1", round(f1()));
        m.put("FAR", round(far()));
        m.put("MAR", round(mar()));
        m.put("tp", tp);
        m.put("fp", fp);
        m.put("fn", fn);
        m.put("tn", tn);
        m.put("F1_flag_all", round(f1FlagAll()));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
