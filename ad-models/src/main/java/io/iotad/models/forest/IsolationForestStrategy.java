package io.iotad.models.forest;

import io.iotad.core.detect.AbstractDetectorStrategy;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import io.iotad.models.context.ContextualStandardization;
import io.iotad.models.context.ContextualTraining;
import io.iotad.models.matrix.RowMatrix;
import io.iotad.models.parallel.RowChunks;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The {@code isolation_forest} strategy.
 *
 * <p>Anomalies are few and different, so random axis-parallel splits isolate them in fewer steps
 * than normal rows. Each tree is grown on its own subsample of psi rows; a row's score
 * {@code 2^(−E[h]/c(psi))} compares its mean path length with that of an unsuccessful search in a
 * binary search tree of psi points.
 *
 * <p>Determinism: one {@link SplittableRandom} from {@link FitContext#seed()} is split once per
 * tree, in tree order, before any tree grows; each tree consumes only its own stream. Trees may
 * therefore grow on any number of threads, in any order, and the forest is the same. Rows with a
 * missing feature are not drawn ({@link io.iotad.core.detect.MissingValuePolicy#SKIP_ROW}).
 *
 * <p>Context ({@link IsolationForestOptions#context()}): with a mode other than {@code none} the
 * trees are grown on, and score, each row's robust deviations from its apartment's trailing days
 * and/or its building's same-day rows ({@link ContextualStandardization}) instead of raw values;
 * rows without enough context are neither drawn nor scored.
 *
 * <p>Reference: F. T. Liu, K. M. Ting, Z.-H. Zhou, "Isolation Forest", ICDM 2008.
 */
public final class IsolationForestStrategy extends AbstractDetectorStrategy<IsolationForestOptions> {
    /** The strategy's name in configuration. */
    public static final String NAME = "isolation_forest";

    /** Creates the strategy (the {@link java.util.ServiceLoader} needs a public no-argument constructor). */
    public IsolationForestStrategy() {
        super(NAME, "Isolation Forest: scores a row by how few random splits isolate it (Liu, Ting and Zhou 2008).",
                false, IsolationForestOptions::parse, new IsolationForestCodec());
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when fewer than 2 training rows have every feature, or a
     *     value is infinite
     */
    @Override
    public IsolationForestDetector fit(FeatureFrame train, Labels labels, IsolationForestOptions options,
                                       FitContext ctx) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(ctx, "context");
        ContextualTraining fitted = ContextualTraining.fit(NAME, train, options.context());
        ContextualStandardization context = fitted.context();
        RowMatrix m = fitted.rows();
        int[] candidates = new int[m.rows() - m.missingRows()];
        for (int i = 0, k = 0; i < m.rows(); i++) {
            if (!m.missing()[i]) {
                candidates[k++] = i;
            }
        }
        int psi = Math.min(options.subsampleSize(), candidates.length);
        int d = m.dimensions();
        IsolationTreeGrower grower = new IsolationTreeGrower(m.values(), d, candidates, psi,
                options.featuresPerTree(d), options.bootstrap());
        SplittableRandom root = new SplittableRandom(ctx.seed());
        SplittableRandom[] streams = new SplittableRandom[options.trees()];
        for (int t = 0; t < streams.length; t++) {
            streams[t] = root.split();
        }
        IsolationTree[] trees = new IsolationTree[streams.length];
        RowChunks.forEach(trees.length, ctx.threads(), 1, (from, to) -> {
            for (int t = from; t < to; t++) {
                trees[t] = grower.grow(streams[t]);
            }
            ctx.progress().progress(NAME + " fit", to, trees.length);
        });
        return new IsolationForestDetector(train.schema(), options, context, psi, Arrays.asList(trees), ctx.threads());
    }
}
