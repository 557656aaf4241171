package io.iotad.pipeline.flywheel;

import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.eval.metrics.AreaUnderCurve;
import java.util.Locale;
import java.util.Objects;

/**
 * The gate a retrained candidate must pass to replace the approved model: on the labelled
 * apartment-days of a recent window that <em>neither</em> model was trained on, the candidate's
 * average precision (area under the precision–recall curve) over the compared rows must beat the
 * incumbent's by more than {@code minMargin}. The compared rows are the rows the given labels cover:
 * the technicians' labels, plus the sample of unlabelled rows the flywheel adds (below); every other
 * unlabelled row is left out, not counted as normal (positive–unlabelled: an unvisited day is
 * unknown). The window needs at least
 * {@code minPositives} confirmed faults and one non-fault, else nothing is promoted.
 *
 * <p>The labelled rows of the window are the incumbent's own alerts, so on them alone the comparison
 * only asks which model ranks the faults the technicians confirmed above the false alarms they
 * closed, and is blind to a candidate that puts ordinary apartments first. With
 * {@code unlabelledPerLabel} above 0 the flywheel adds, as for training ({@link UnlabelledSampling}),
 * a uniform sample of the window's unlabelled apartment-days as presumed non-faults, so that such a
 * candidate loses; the sample's few real faults count against both models alike.
 *
 * @param windowDays days of the gate window, ending on the day of the attempt, at least 1
 * @param minMargin how much higher the candidate's average precision must be, in [0, 1)
 * @param minPositives confirmed faults the window needs, at least 1
 * @param unlabelledPerLabel unlabelled apartment-days of the window added as presumed non-faults per
 *     labelled one, at least 0 (0 = the labelled rows alone)
 */
public record ChallengerGate(int windowDays, double minMargin, int minPositives, double unlabelledPerLabel) {
    /** Default window: the last week. */
    public static final int DEFAULT_WINDOW_DAYS = 7;
    /** Default margin: any improvement. */
    public static final double DEFAULT_MIN_MARGIN = 0.0;
    /** Default faults needed in the window. */
    public static final int DEFAULT_MIN_POSITIVES = 3;
    /** Default unlabelled rows added per labelled one. */
    public static final double DEFAULT_UNLABELLED_PER_LABEL = 3.0;

    /** Validates the fields. */
    public ChallengerGate {
        if (windowDays < 1 || !(minMargin >= 0 && minMargin < 1) || minPositives < 1
                || !(unlabelledPerLabel >= 0) || Double.isInfinite(unlabelledPerLabel)) {
            throw new IllegalArgumentException("the challenger gate needs windowDays >= 1, minMargin in [0, 1), "
                    + "minPositives >= 1, unlabelledPerLabel >= 0; got " + windowDays + ", " + minMargin + ", "
                    + minPositives + ", " + unlabelledPerLabel);
        }
    }

    /**
     * @return the defaults: the last 7 days, any improvement, at least 3 confirmed faults, 3 unlabelled
     *     rows per labelled one
     */
    public static ChallengerGate defaults() {
        return new ChallengerGate(DEFAULT_WINDOW_DAYS, DEFAULT_MIN_MARGIN, DEFAULT_MIN_POSITIVES,
                DEFAULT_UNLABELLED_PER_LABEL);
    }

    /**
     * @param candidate the candidate's scores of the window's rows
     * @param incumbent the incumbent's scores of the same rows, in the same order
     * @param labels the labels to compare on: the technicians', plus any sampled presumed non-faults
     * @return the verdict
     * @throws IllegalArgumentException when the two score sets are not of the same rows
     */
    public Verdict compare(Scores candidate, Scores incumbent, Labels labels) {
        Objects.requireNonNull(labels, "labels");
        if (candidate.size() != incumbent.size()) {
            throw new IllegalArgumentException("candidate and incumbent scored " + candidate.size() + " and "
                    + incumbent.size() + " rows; the gate compares them on the same rows");
        }
        int[] known = labels.align(candidate.rows());
        int n = 0;
        int positives = 0;
        for (int i = 0; i < known.length; i++) {
            if (!candidate.rows().key(i).equals(incumbent.rows().key(i))) {
                throw new IllegalArgumentException("row " + i + " differs: " + candidate.rows().key(i) + " vs "
                        + incumbent.rows().key(i));
            }
            if (known[i] != Labels.UNKNOWN) {
                n++;
                positives += known[i];
            }
        }
        if (positives < minPositives || positives == n) {
            return new Verdict(false, Double.NaN, Double.NaN, n, positives, String.format(Locale.ROOT,
                    "not gated: %d compared rows with %d confirmed faults in the window (needs >= %d faults and a non-fault)",
                    n, positives, minPositives));
        }
        double[] c = new double[n];
        double[] inc = new double[n];
        int[] y = new int[n];
        for (int i = 0, j = 0; i < known.length; i++) {
            if (known[i] != Labels.UNKNOWN) {
                c[j] = finite(candidate.score(i));
                inc[j] = finite(incumbent.score(i));
                y[j++] = known[i];
            }
        }
        double apC = AreaUnderCurve.averagePrecision(c, y);
        double apI = AreaUnderCurve.averagePrecision(inc, y);
        boolean promote = apC > apI + minMargin;
        return new Verdict(promote, apC, apI, n, positives, String.format(Locale.ROOT,
                "candidate AP %.3f %s incumbent AP %.3f%s on %d compared rows (%d confirmed faults)", apC, promote ? ">" : "<=",
                apI, minMargin > 0 ? " + " + minMargin : "", n, positives));
    }

    /** An unscored row ranks last. */
    private static double finite(double s) {
        return Double.isNaN(s) ? -Double.MAX_VALUE : s;
    }

    /**
     * The gate's verdict.
     *
     * @param promote whether the candidate beat the incumbent
     * @param candidateAp the candidate's average precision on the compared rows, NaN when not gated
     * @param incumbentAp the incumbent's, NaN when not gated
     * @param labelled rows compared: the window's labelled rows plus any sampled presumed non-faults
     * @param positives confirmed faults among them
     * @param summary the verdict in words
     */
    public record Verdict(boolean promote, double candidateAp, double incumbentAp, int labelled, int positives,
                          String summary) {
        /** Validates the fields. */
        public Verdict {
            Objects.requireNonNull(summary, "summary");
        }
    }
}
