package io.iotad.models.lof;

import io.iotad.core.detect.AbstractDetectorStrategy;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import io.iotad.models.context.ContextualStandardization;
import io.iotad.models.context.ContextualTraining;
import io.iotad.models.matrix.RowMatrix;
import io.iotad.models.neighbors.NeighborIndex;
import java.util.Objects;

/**
 * The {@code lof} strategy: Local Outlier Factor with novelty scoring.
 *
 * <p>Fitting drops rows with a missing feature ({@link io.iotad.core.detect.MissingValuePolicy#SKIP_ROW}),
 * optionally standardises the features, indexes the rows (KD-tree up to
 * {@link LofOptions#maxTreeDimensions()} features, brute force above), and precomputes every
 * training row's k-distance and local reachability density. The fit uses no randomness, so the
 * seed does not matter; the neighbour queries run on {@link FitContext#threads()} threads.
 *
 * <p>Context ({@link LofOptions#context()}): with a mode other than {@code none} the rows are first
 * turned into robust deviations from their apartment's trailing days and/or their building's
 * same-day rows ({@link ContextualStandardization}); rows without enough context are neither
 * trained on nor scored.
 *
 * <p>Reference: M. M. Breunig, H.-P. Kriegel, R. T. Ng, J. Sander, "LOF: Identifying Density-Based
 * Local Outliers", SIGMOD 2000.
 */
public final class LofStrategy extends AbstractDetectorStrategy<LofOptions> {
    /** The strategy's name in configuration. */
    public static final String NAME = "lof";

    /** Creates the strategy (the {@link java.util.ServiceLoader} needs a public no-argument constructor). */
    public LofStrategy() {
        super(NAME, "Local Outlier Factor: scores a row by how much sparser its neighbourhood is than its k nearest training rows'.",
                false, LofOptions::parse, new LofCodec());
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when fewer than 2 training rows have every feature, or a
     *     value is infinite
     */
    @Override
    public LofDetector fit(FeatureFrame train, Labels labels, LofOptions options, FitContext context) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(context, "context");
        ContextualTraining fitted = ContextualTraining.fit(NAME, train, options.context());
        ContextualStandardization ctx = fitted.context();
        RowMatrix m = fitted.rows();
        double[] points = m.completeRows();
        int d = m.dimensions();
        int n = points.length / d;
        context.progress().progress(NAME + " fit", 0, n);
        Standardization st = options.standardize() ? Standardization.fit(points, d) : Standardization.identity(d);
        st.applyInPlace(points);
        NeighborIndex index = NeighborIndex.build(points, d, options.leafSize(), options.maxTreeDimensions());
        int k = Math.min(options.neighbors(), n - 1);
        LofTrainingSet training = LofTrainingSet.fit(points, d, k, index, context.threads());
        context.progress().progress(NAME + " fit", n, n);
        return new LofDetector(train.schema(), options, ctx, st, training, context.threads());
    }
}
