package io.iotad.models.stl;

import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import io.iotad.models.series.ApartmentDays;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fitted {@code stl} detector: each apartment's robust residual scale, learned at fit.
 *
 * <p><b>Scoring.</b> Each apartment's rows in the scoring frame are laid on its calendar days
 * (absent days are gaps) and decomposed by STL; a row's score is its residual divided by the
 * apartment's training scale (1.4826 × MAD of its training residuals, floored at
 * {@code min_scale}), through the {@code residual_side} rule: with the default {@code absolute},
 * the score is ≥ 0 and reads as "robust standard deviations away from trend + season". An apartment
 * not seen at fit uses the scale of all training residuals pooled.
 *
 * <p><b>Lookback.</b> The decomposition sees only the scoring frame, so the frame must carry
 * history before the days to score: at least {@code min_observed_days} observed days per apartment
 * (fewer: the apartment is not scored), and for stable end estimates at least n<sub>t</sub> days
 * (15 by default) before the first day that matters, since LOESS is least certain at a series'
 * ends. {@link #historyDays()} declares it, and the library's scoring doors
 * ({@link io.iotad.core.detect.BatchScoring#inContext}) give the scored days every earlier day they hold.
 *
 * <p><b>Missing values</b> ({@link MissingValuePolicy#SKIP_ROW}): a row whose feature is NaN, and
 * every row of an apartment with too few observed days, scores NaN; gaps are skipped by the
 * smoothers (see {@link SeasonalTrendLoess}). Immutable and thread-safe.
 */
final class StlDetector extends AbstractDetector<StlOptions> {
    private final double globalScale;
    private final Map<String, Double> scales;

    /**
     * @param options the options it was fitted with
     * @param globalScale the pooled residual scale (&gt; 0), for apartments not seen at fit
     * @param scales apartment id to residual scale (&gt; 0), copied
     */
    public StlDetector(StlOptions options, double globalScale, Map<String, Double> scales) {
        super(StlStrategy.NAME, FeatureSchema.of(options.feature()), MissingValuePolicy.SKIP_ROW, options);
        if (!(globalScale > 0) || Double.isInfinite(globalScale)) {
            throw new IllegalArgumentException("globalScale must be finite and > 0, got " + globalScale);
        }
        this.globalScale = globalScale;
        this.scales = Collections.unmodifiableMap(new TreeMap<>(scales));
        this.scales.forEach((k, v) -> {
            if (!(v > 0) || v.isInfinite()) {
                throw new IllegalArgumentException("scale of apartment " + k + " must be finite and > 0, got " + v);
            }
        });
    }

    /**
     * The decomposition is of the whole series in the frame, so every earlier day counts; the days
     * that matter most are those the smoothers at the first scored day reach back over: n<sub>s</sub>
     * seasonal cycles of n<sub>p</sub> days plus the trend span n<sub>t</sub> (with the defaults, 7 × 7
     * + 15 = 64), and never fewer than {@code min_observed_days}.
     *
     * @return days of history, at least {@code min_observed_days}
     */
    @Override
    public int historyDays() {
        StlParameters p = options().stl();
        return Math.max(options().minObservedDays(), p.seasonal() * p.period() + p.trend());
    }

    /** @return the pooled training residual scale, in the feature's unit */
    public double globalScale() {
        return globalScale;
    }

    /** @return apartment id to training residual scale (feature unit), sorted by id */
    public Map<String, Double> apartmentScales() {
        return scales;
    }

    @Override
    public Scores score(FeatureFrame frame) {
        double[] residual = residuals(frame, options());
        double[] out = new double[residual.length];
        for (int r = 0; r < out.length; r++) {
            double scale = scales.getOrDefault(frame.apartmentId(r), globalScale);
            out[r] = options().residualSide().score(residual[r] / scale);
        }
        return Scores.of(frame, out);
    }

    /**
     * Decomposes every apartment of a frame.
     *
     * @param frame rows holding the options' feature
     * @param options the options
     * @return one STL residual per frame row (feature unit), NaN where the value is missing or the
     *     apartment has too few observed days
     */
    static double[] residuals(FeatureFrame frame, StlOptions options) {
        double[] column = frame.column(options.feature());
        double[] out = new double[frame.rowCount()];
        Arrays.fill(out, Double.NaN);
        SeasonalTrendLoess stl = new SeasonalTrendLoess(options.stl());
        for (ApartmentDays apt : ApartmentDays.of(frame)) {
            double[] y = apt.daily(column);
            long observed = Arrays.stream(y).filter(v -> !Double.isNaN(v)).count();
            if (observed < options.minObservedDays() || y.length < 2 * options.stl().period()) {
                continue;
            }
            double[] res;
            try {
                res = stl.decompose(y).residual();
            } catch (IllegalArgumentException noObservationAtSomePhase) {
                continue; // documented: such an apartment is left unscored
            }
            for (int i = 0; i < apt.rowCount(); i++) {
                out[apt.row(i)] = res[apt.offset(i)];
            }
        }
        return out;
    }
}
