package io.iotad.core.score;

import java.util.concurrent.atomic.AtomicReferenceArray;

import io.iotad.core.explain.Reason;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.RowKey;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Anomaly scores for the rows of a {@link FeatureFrame}: higher means more anomalous. A row a
 * detector could not score (for instance a required feature was missing and the detector's
 * {@link io.iotad.core.detect.MissingValuePolicy} says to skip it) has score NaN and is never
 * ranked. Scores may carry a {@link Reason} per row ({@link io.iotad.core.explain.Explainer}); the
 * scoring doors of the library attach them. Immutable.
 */
public final class Scores {
    private final FeatureFrame rows;
    private final double[] values;
    private final ReasonSource reasons; // null = no reasons attached
    private final AtomicReferenceArray<Reason> given; // each row's reason once asked for

    /**
     * Gives a row's reason when it is first asked for; used where explaining is costly (TreeSHAP) and
     * only some rows (the day's alerts, a report's visit list) need one.
     */
    @FunctionalInterface
    public interface ReasonSource {
        /**
         * @param row row index of the scores
         * @return the row's reason, never null ({@link Reason#NONE} where none is known)
         */
        Reason reason(int row);
    }

    private Scores(FeatureFrame rows, double[] values, ReasonSource reasons) {
        this.rows = rows;
        this.values = values;
        this.reasons = reasons;
        this.given = reasons == null ? null : new AtomicReferenceArray<>(values.length);
    }

    /**
     * @param rows the scored rows (only their keys are used)
     * @param values one score per row (copied); NaN = not scored
     * @return the scores
     */
    public static Scores of(FeatureFrame rows, double[] values) {
        if (values.length != rows.rowCount()) {
            throw new IllegalArgumentException("expected " + rows.rowCount() + " scores, got " + values.length);
        }
        return new Scores(rows, values.clone(), null);
    }

    /**
     * @param perRow one reason per row (copied); {@link Reason#NONE} where none is known
     * @return the same scores carrying those reasons
     */
    public Scores withReasons(Reason[] perRow) {
        if (perRow.length != values.length) {
            throw new IllegalArgumentException("expected " + values.length + " reasons, got " + perRow.length);
        }
        Reason[] r = perRow.clone();
        for (int i = 0; i < r.length; i++) {
            java.util.Objects.requireNonNull(r[i], "reason of row " + i);
        }
        return new Scores(rows, values, i -> r[i]);
    }

    /**
     * The same scores, each row's reason computed by {@code source} when {@link #reason(int)} first asks for
     * it and kept from then on (at most once per row when asked from one thread; safe to ask from several).
     *
     * @param source gives a row's reason
     * @return the same scores carrying those reasons
     */
    public Scores withReasons(ReasonSource source) {
        return new Scores(rows, values, java.util.Objects.requireNonNull(source, "source"));
    }

    /** @return whether reasons are attached ({@link #withReasons}) */
    public boolean hasReasons() {
        return reasons != null;
    }

    /**
     * @param row row index, from 0 to {@link #size()} - 1
     * @return the row's reason; {@link Reason#NONE} when none is attached
     * @throws NullPointerException when the attached source gives none
     */
    public Reason reason(int row) {
        java.util.Objects.checkIndex(row, values.length);
        if (reasons == null) {
            return Reason.NONE;
        }
        Reason r = given.get(row);
        if (r == null) {
            r = java.util.Objects.requireNonNull(reasons.reason(row), "reason of row " + row);
            given.compareAndSet(row, null, r);
        }
        return r;
    }

    /** @return the number of rows */
    public int size() {
        return values.length;
    }

    /**
     * @param row row index, from 0 to {@link #size()} - 1
     * @return the score, NaN when the row was not scored
     */
    public double score(int row) {
        return values[row];
    }

    /** @return a copy of all scores, in row order */
    public double[] values() {
        return values.clone();
    }

    /**
     * @param row row index, from 0 to {@link #size()} - 1
     * @return the row's key
     */
    public RowKey key(int row) {
        return rows.key(row);
    }

    /** @return the frame whose rows were scored */
    public FeatureFrame rows() {
        return rows;
    }

    /** @return the number of rows with a score */
    public int scoredCount() {
        return (int) Arrays.stream(values).filter(v -> !Double.isNaN(v)).count();
    }

    /**
     * Ranks the scored rows, highest first; ties keep row order (a stable sort), so the ranking
     * is deterministic.
     *
     * @return row indices of scored rows, most anomalous first
     */
    public int[] ranking() {
        return IntStream.range(0, values.length)
                .filter(i -> !Double.isNaN(values[i]))
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> values[i]).reversed())
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * @param k how many, at least 0
     * @return the indices of the {@code k} highest-scored rows (fewer when fewer are scored)
     */
    public int[] topK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        int[] r = ranking();
        return Arrays.copyOf(r, Math.min(k, r.length));
    }
}
