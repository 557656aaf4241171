package io.iotad.core.explain;

import io.iotad.core.detect.Detector;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Gives scored rows their {@link Reason}: the {@link #TOP} features that contributed most.
 *
 * <ul>
 *   <li>A detector that is a {@link FeatureAttribution} (xgboost: TreeSHAP) is asked for its
 *       contributions; the reason lists the largest positive ones (those that pushed the score
 *       towards a fault), in log-odds; when none is positive, the largest in absolute value. The
 *       direction says whether the value is above or below its training median.</li>
 *   <li>Any other detector: each feature the detector reads is measured against the training
 *       data, (x − median) / (1.4826 · MAD) ({@link FeatureBaseline}); the reason lists the
 *       largest absolute deviations. A missing value or a feature constant in training is left out.</li>
 * </ul>
 * Immutable and thread-safe when the detector is.
 */
public final class Explainer {
    /** How many features a reason lists. */
    public static final int TOP = 3;

    private final Detector detector;
    private final FeatureBaseline baseline;

    /**
     * @param detector the fitted detector
     * @param baseline the training data's medians and scales of the detector's features
     */
    public Explainer(Detector detector, FeatureBaseline baseline) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
    }

    /** @return the baseline deviations and directions are measured against */
    public FeatureBaseline baseline() {
        return baseline;
    }

    /**
     * @param scores scores whose {@link Scores#rows()} hold every feature of the detector
     * @return the same scores with a reason on every scored row ({@link Reason#NONE} on unscored ones),
     *     each computed when first asked for: explaining every row of a day (TreeSHAP for 3,000 apartments)
     *     cost forty times the scoring, where only the day's alerts need a reason
     */
    public Scores explain(Scores scores) {
        FeatureFrame rows = scores.rows();
        return scores.withReasons(i -> Double.isNaN(scores.score(i)) ? Reason.NONE : reasons(rows.rows(new int[] {i}))[0]);
    }

    /**
     * @param frame rows holding every feature of the detector
     * @return one reason per row
     */
    public Reason[] reasons(FeatureFrame frame) {
        FeatureSchema features = detector.features();
        Reason[] out = new Reason[frame.rowCount()];
        if (frame.rowCount() == 0) {
            return out;
        }
        int[] cols = new int[features.size()];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = frame.schema().require(features.names().get(j));
        }
        if (detector instanceof FeatureAttribution attribution) {
            double[][] c = attribution.contributions(frame);
            for (int i = 0; i < out.length; i++) {
                out[i] = shap(frame, i, cols, c[i]);
            }
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] = deviation(frame, i, cols);
            }
        }
        return out;
    }

    private Reason shap(FeatureFrame frame, int row, int[] cols, double[] c) {
        List<String> names = detector.features().names();
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < cols.length; j++) {
            if (Double.isFinite(c[j]) && c[j] != 0) {
                order.add(j);
            }
        }
        order.sort(Comparator.comparingDouble((Integer j) -> -c[j]).thenComparing(j -> j));
        List<Integer> positive = order.stream().filter(j -> c[j] > 0).limit(TOP).toList();
        List<Integer> chosen = !positive.isEmpty() ? positive : order.stream()
                .sorted(Comparator.comparingDouble((Integer j) -> -Math.abs(c[j])).thenComparing(j -> j)).limit(1).toList();
        List<Contribution> top = new ArrayList<>();
        for (int j : chosen) {
            double v = frame.value(row, cols[j]);
            top.add(new Contribution(names.get(j), baseline.direction(names.get(j), v), v, c[j]));
        }
        return top.isEmpty() ? Reason.NONE : new Reason(Reason.TREE_SHAP, top);
    }

    private Reason deviation(FeatureFrame frame, int row, int[] cols) {
        List<String> names = detector.features().names();
        double[] z = new double[cols.length];
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < cols.length; j++) {
            z[j] = baseline.deviation(names.get(j), frame.value(row, cols[j]));
            if (Double.isFinite(z[j])) {
                order.add(j);
            }
        }
        order.sort(Comparator.comparingDouble((Integer j) -> -Math.abs(z[j])).thenComparing(j -> j));
        List<Contribution> top = new ArrayList<>();
        for (int j : order.subList(0, Math.min(TOP, order.size()))) {
            double v = frame.value(row, cols[j]);
            top.add(new Contribution(names.get(j), baseline.direction(names.get(j), v), v, Math.abs(z[j])));
        }
        return top.isEmpty() ? Reason.NONE : new Reason(Reason.ROBUST_DEVIATION, top);
    }
}
