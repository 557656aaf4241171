package io.iotad.models.composite;

import io.iotad.models.stats.SampleStatistics;
import java.util.Arrays;

/**
 * How one component's training scores were distributed, so that scores on different scales can be
 * combined: a robust centre and scale for z-scores, and reference order statistics for empirical
 * ranks. Immutable.
 */
public final class ScoreCalibration {
    /** At most this many reference order statistics are kept (evenly spaced when there are more scores). */
    public static final int MAX_REFERENCE = 4096;

    private final double median;
    private final double scale;
    private final double[] reference;

    /**
     * @param median the training scores' median, finite
     * @param scale their robust scale, finite and &gt; 0
     * @param reference sorted training scores (or evenly spaced order statistics of them), non-empty, copied
     */
    public ScoreCalibration(double median, double scale, double[] reference) {
        if (!Double.isFinite(median)) {
            throw new IllegalArgumentException("median must be finite, got " + median);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be finite and > 0, got " + scale);
        }
        if (reference.length == 0) {
            throw new IllegalArgumentException("reference scores must not be empty");
        }
        for (int i = 0; i < reference.length; i++) {
            if (Double.isNaN(reference[i]) || (i > 0 && reference[i] < reference[i - 1])) {
                throw new IllegalArgumentException("reference scores must be sorted and not NaN");
            }
        }
        this.median = median;
        this.scale = scale;
        this.reference = reference.clone();
    }

    /**
     * Learns the calibration of training scores. The scale is 1.4826 × MAD; when more than half the
     * scores tie (MAD = 0, as with rule counts) it is 1.2533 × the mean absolute deviation from the
     * median, and 1 when all scores are equal.
     *
     * @param scores training scores; NaN ignored
     * @return the calibration
     * @throws IllegalArgumentException when no score is present
     */
    public static ScoreCalibration learn(double[] scores) {
        double[] sorted = SampleStatistics.sortedPresent(scores);
        if (sorted.length == 0) {
            throw new IllegalArgumentException("a component scored no training row; cannot calibrate its scores");
        }
        double median = SampleStatistics.quantileOfSorted(sorted, 0.5);
        double scale = SampleStatistics.scaledMad(sorted);
        if (!(scale > 0)) {
            double sum = 0;
            for (double v : sorted) {
                sum += Math.abs(v - median);
            }
            scale = 1.2533141373155 * sum / sorted.length;
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            scale = 1;
        }
        double[] reference = sorted;
        if (sorted.length > MAX_REFERENCE) {
            reference = new double[MAX_REFERENCE];
            for (int i = 0; i < MAX_REFERENCE; i++) {
                reference[i] = sorted[(int) ((long) i * (sorted.length - 1) / (MAX_REFERENCE - 1))];
            }
        }
        return new ScoreCalibration(median, scale, reference);
    }

    /** @return the training median */
    public double median() {
        return median;
    }

    /** @return the training robust scale, &gt; 0 */
    public double scale() {
        return scale;
    }

    /** @return the reference order statistics (a copy), sorted */
    public double[] reference() {
        return reference.clone();
    }

    /**
     * @param score a component score
     * @return (score − median) / scale; NaN stays NaN
     */
    public double z(double score) {
        return (score - median) / scale;
    }

    /**
     * @param score a component score
     * @return the fraction of reference scores ≤ it, in [0, 1]; NaN stays NaN
     */
    public double rank(double score) {
        return SampleStatistics.empiricalCdf(reference, score);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoreCalibration c && Double.compare(c.median, median) == 0
                && Double.compare(c.scale, scale) == 0 && Arrays.equals(c.reference, reference);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(median) * 31 + Arrays.hashCode(reference);
    }
}
