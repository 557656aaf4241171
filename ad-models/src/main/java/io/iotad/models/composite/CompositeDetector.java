package io.iotad.models.composite;

import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A fitted composite: its components' detectors, their score calibrations and, for stacking, the
 * second-stage detector.
 *
 * <p><b>Score</b> by {@link Combination}: {@code max_z}/{@code mean_z} — robust z-scores, each
 * times its component's {@link ComponentSpec#weight() weight}, unbounded, 0 ≈ a typical training row; {@code mean_rank} — in [0, 1], the mean fraction of
 * training scores a row's component scores reach; {@code stack} — the second stage's score on its
 * scale (e.g. LOF's ratio, ≈ 1 for inliers).
 *
 * <p><b>Missing values</b> ({@link MissingValuePolicy#SKIP_ROW}): a row is scored only when every
 * component scored it and, for stacking, its passthrough features are present; otherwise NaN. With
 * an {@link OccupancyGate}, a row in the away state is NaN too (not judged: nobody home).
 * Immutable and thread-safe when its components are.
 */
final class CompositeDetector extends AbstractDetector<CompositeOptions> {
    private final List<Detector> components;
    private final List<ScoreCalibration> calibrations;
    private final Detector stage;

    /**
     * @param strategy the composite strategy's name, e.g. {@code lr_lof}
     * @param options the options it was fitted with
     * @param components one fitted detector per component, in the options' order
     * @param calibrations one calibration per component
     * @param stage the second stage when stacking, else null
     * @throws IllegalArgumentException when the parts do not match the options
     */
    public CompositeDetector(String strategy, CompositeOptions options, List<Detector> components,
                             List<ScoreCalibration> calibrations, Detector stage) {
        super(strategy, features(options, components), MissingValuePolicy.SKIP_ROW, options);
        this.components = List.copyOf(components);
        this.calibrations = List.copyOf(calibrations);
        int k = options.components().size();
        if (this.components.size() != k || this.calibrations.size() != k) {
            throw new IllegalArgumentException("composite has " + k + " components in its options but "
                    + this.components.size() + " detectors and " + this.calibrations.size() + " calibrations");
        }
        for (int i = 0; i < k; i++) {
            String want = options.components().get(i).strategy().name();
            if (!this.components.get(i).strategy().equalsIgnoreCase(want)) {
                throw new IllegalArgumentException("composite component " + options.components().get(i).name()
                        + " is a " + this.components.get(i).strategy() + " detector, expected " + want);
            }
        }
        if ((stage != null) != (options.stack() != null)) {
            throw new IllegalArgumentException("composite stage detector present=" + (stage != null)
                    + " but combine is " + options.combine().configName());
        }
        this.stage = stage;
    }

    private static FeatureSchema features(CompositeOptions options, List<Detector> components) {
        Set<String> f = new LinkedHashSet<>();
        components.forEach(c -> f.addAll(c.features().names()));
        if (options.stack() != null) {
            f.addAll(options.stack().passthrough());
        }
        if (options.occupancy() != null) {
            f.add(options.occupancy().feature());
        }
        return FeatureSchema.of(List.copyOf(f));
    }

    /**
     * @param options the composite options
     * @param frame rows with every feature of the composite
     * @return the frame the components and the stage see: without the occupancy gate's feature
     *     (unless a component reads a feature of that name itself); the frame itself without a gate
     */
    static FeatureFrame withoutGate(CompositeOptions options, FeatureFrame frame) {
        if (options.occupancy() == null) {
            return frame;
        }
        String gate = options.occupancy().feature();
        List<String> keep = frame.schema().names().stream().filter(n -> !n.equals(gate)).toList();
        return frame.select(FeatureSchema.of(keep));
    }

    /**
     * @param scores one score per row
     * @param away per row, whether it is in the away state; null for no gate
     * @return a copy with the away rows' scores NaN (the scores themselves without a gate)
     */
    static double[] gated(double[] scores, boolean[] away) {
        if (away == null) {
            return scores;
        }
        double[] out = scores.clone();
        for (int r = 0; r < out.length; r++) {
            if (away[r]) {
                out[r] = Double.NaN;
            }
        }
        return out;
    }

    /** @return the longest history a component or the stage reads (see {@link Detector#historyDays()}) */
    @Override
    public int historyDays() {
        int days = stage == null ? 0 : stage.historyDays();
        for (Detector c : components) {
            days = Math.max(days, c.historyDays());
        }
        return days;
    }

    /** @return the components' detectors, in the options' order */
    public List<Detector> components() {
        return components;
    }

    /** @return the components' score calibrations */
    public List<ScoreCalibration> calibrations() {
        return calibrations;
    }

    /** @return the second stage, or null when not stacking */
    public Detector stage() {
        return stage;
    }

    @Override
    public Scores score(FeatureFrame frame) {
        int k = components.size();
        double[][] comp = new double[k][];
        FeatureFrame parts = withoutGate(options(), frame);
        for (int i = 0; i < k; i++) {
            comp[i] = components.get(i).score(parts).values();
        }
        boolean[] away = options().occupancy() == null ? null : options().occupancy().away(frame);
        return Scores.of(frame, gated(combine(parts, comp), away));
    }

    private double[] combine(FeatureFrame frame, double[][] comp) {
        int n = frame.rowCount();
        double[] out = new double[n];
        if (options().combine() == Combination.STACK) {
            FeatureFrame in = stageInput(options(), frame, comp);
            double[] s = stage.score(in).values();
            double[][] inputs = in.toRowMajor(in.schema());
            for (int r = 0; r < n; r++) {
                out[r] = anyNaN(inputs[r]) ? Double.NaN : s[r];
            }
            return out;
        }
        for (int r = 0; r < n; r++) {
            double acc = options().combine() == Combination.MAX_Z ? Double.NEGATIVE_INFINITY : 0;
            for (int i = 0; i < comp.length; i++) {
                ScoreCalibration c = calibrations.get(i);
                double v = switch (options().combine()) {
                    case MAX_Z, MEAN_Z -> options().components().get(i).weight() * c.z(comp[i][r]);
                    case MEAN_RANK -> c.rank(comp[i][r]);
                    case STACK -> throw new IllegalStateException("stacking handled above");
                };
                if (Double.isNaN(v)) {
                    acc = Double.NaN;
                    break;
                }
                acc = options().combine() == Combination.MAX_Z ? Math.max(acc, v) : acc + v;
            }
            out[r] = options().combine() == Combination.MAX_Z || Double.isNaN(acc) ? acc : acc / comp.length;
        }
        return out;
    }

    /**
     * The second stage's input: one {@code <name>_score} column per component, then the passthrough
     * features, on the frame's rows.
     *
     * @param options the composite options (stacking)
     * @param frame the rows
     * @param comp the components' scores on them
     * @return the stage input frame
     */
    static FeatureFrame stageInput(CompositeOptions options, FeatureFrame frame, double[][] comp) {
        FeatureFrame in = frame.select(FeatureSchema.of(List.of()));
        for (int i = 0; i < comp.length; i++) {
            in = in.withColumn(options.components().get(i).scoreFeature(), comp[i]);
        }
        for (String p : options.stack().passthrough()) {
            in = in.withColumn(p, frame.column(p));
        }
        return in;
    }

    static boolean anyNaN(double[] row) {
        for (double v : row) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }
}
