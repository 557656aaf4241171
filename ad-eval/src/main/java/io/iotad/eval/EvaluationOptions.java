package io.iotad.eval;

import io.iotad.eval.metrics.PrecisionRecallCurve;
import io.iotad.eval.metrics.ScoreDistribution;
import java.util.Objects;

/**
 * Settings of an {@link Evaluation}; validated on construction.
 *
 * @param k number of alerts for Precision@K, Recall@K and yield@K over the whole period, at least 1
 * @param dailyK technicians' daily capacity: alerts per day for the per-day top-K metrics, at least 1
 * @param unknownLabels what to do with rows without a verdict
 * @param threshold score threshold for precision, recall and F1; NaN = use the score of the K-th
 *        ranked row (so the top K are called)
 * @param histogramBins bins of the score histogram, 1 to 1000
 * @param maxCurvePoints points kept of the precision-recall curve, 2 to 100000
 */
public record EvaluationOptions(int k, int dailyK, UnknownLabelPolicy unknownLabels, double threshold,
                                int histogramBins, int maxCurvePoints) {
    /** Default {@link #k()}. */
    public static final int DEFAULT_K = 50;
    /** Default {@link #dailyK()}. */
    public static final int DEFAULT_DAILY_K = 5;
    /** Default {@link #unknownLabels()}: simulator ground truth, where missing verdicts are normal days. */
    public static final UnknownLabelPolicy DEFAULT_UNKNOWN_LABELS = UnknownLabelPolicy.AS_NEGATIVE;
    /** Default {@link #threshold()}: NaN, the K-th score. */
    public static final double DEFAULT_THRESHOLD = Double.NaN;
    /** Default {@link #histogramBins()}. */
    public static final int DEFAULT_HISTOGRAM_BINS = ScoreDistribution.DEFAULT_BINS;
    /** Default {@link #maxCurvePoints()}. */
    public static final int DEFAULT_MAX_CURVE_POINTS = PrecisionRecallCurve.DEFAULT_MAX_POINTS;

    /** Validates the fields. */
    public EvaluationOptions {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        if (dailyK < 1) {
            throw new IllegalArgumentException("dailyK must be >= 1, got " + dailyK);
        }
        Objects.requireNonNull(unknownLabels, "unknownLabels");
        if (Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be finite or NaN (= K-th score), got " + threshold);
        }
        if (histogramBins < 1 || histogramBins > 1000) {
            throw new IllegalArgumentException("histogramBins must be in [1, 1000], got " + histogramBins);
        }
        if (maxCurvePoints < 2 || maxCurvePoints > 100_000) {
            throw new IllegalArgumentException("maxCurvePoints must be in [2, 100000], got " + maxCurvePoints);
        }
    }

    /** @return the defaults */
    public static EvaluationOptions defaults() {
        return new EvaluationOptions(DEFAULT_K, DEFAULT_DAILY_K, DEFAULT_UNKNOWN_LABELS, DEFAULT_THRESHOLD,
                DEFAULT_HISTOGRAM_BINS, DEFAULT_MAX_CURVE_POINTS);
    }

    /**
     * @param value new {@link #k()}
     * @return a copy with it
     */
    public EvaluationOptions withK(int value) {
        return new EvaluationOptions(value, dailyK, unknownLabels, threshold, histogramBins, maxCurvePoints);
    }

    /**
     * @param value new {@link #dailyK()}
     * @return a copy with it
     */
    public EvaluationOptions withDailyK(int value) {
        return new EvaluationOptions(k, value, unknownLabels, threshold, histogramBins, maxCurvePoints);
    }

    /**
     * @param value new {@link #unknownLabels()}
     * @return a copy with it
     */
    public EvaluationOptions withUnknownLabels(UnknownLabelPolicy value) {
        return new EvaluationOptions(k, dailyK, value, threshold, histogramBins, maxCurvePoints);
    }

    /**
     * @param value new {@link #threshold()}
     * @return a copy with it
     */
    public EvaluationOptions withThreshold(double value) {
        return new EvaluationOptions(k, dailyK, unknownLabels, value, histogramBins, maxCurvePoints);
    }

    /**
     * @param value new {@link #histogramBins()}
     * @return a copy with it
     */
    public EvaluationOptions withHistogramBins(int value) {
        return new EvaluationOptions(k, dailyK, unknownLabels, threshold, value, maxCurvePoints);
    }

    /**
     * @param value new {@link #maxCurvePoints()}
     * @return a copy with it
     */
    public EvaluationOptions withMaxCurvePoints(int value) {
        return new EvaluationOptions(k, dailyK, unknownLabels, threshold, histogramBins, value);
    }
}
