package io.iotad.models.lof;

import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import io.iotad.models.context.ContextualStandardization;
import io.iotad.models.matrix.RowMatrix;
import java.util.Objects;

/**
 * A fitted Local Outlier Factor detector that scores new rows against its training set (novelty
 * detection). Scores are LOF values in {@code (0, +inf)}: about 1 for a row as dense as its
 * neighbours, larger the sparser its neighbourhood is relative to theirs — the negation of
 * scikit-learn's {@code LocalOutlierFactor(novelty=True).score_samples}. A row with a missing
 * feature is not scored (NaN) under {@link MissingValuePolicy#SKIP_ROW}.
 *
 * <p>Immutable and thread-safe; scoring runs on {@link #threads()} threads with the same result on
 * any number of them.
 */
public final class LofDetector extends AbstractDetector<LofOptions> {
    private final ContextualStandardization context;
    private final Standardization standardization;
    private final LofTrainingSet training;
    private final int threads;

    LofDetector(FeatureSchema features, LofOptions options, ContextualStandardization context,
                Standardization standardization, LofTrainingSet training, int threads) {
        super(LofStrategy.NAME, features, MissingValuePolicy.SKIP_ROW, options);
        this.context = Objects.requireNonNull(context, "context");
        if (context.floors().length != features.size() || !context.options().equals(options.context())
                || standardization.dimensions() != context.outputDimensions()) {
            throw new IllegalArgumentException("context " + context + " does not match features " + features.names()
                    + ", options " + options.context() + " and " + standardization.dimensions() + " standardised inputs");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.standardization = Objects.requireNonNull(standardization, "standardization");
        this.training = Objects.requireNonNull(training, "training");
        this.threads = threads;
    }

    /** @return the per-feature standardisation (the identity when {@link LofOptions#standardize()} is off) */
    public Standardization standardization() {
        return standardization;
    }

    /** @return training rows the model holds */
    public int trainingRows() {
        return training.size();
    }

    /** @return the neighbourhood size in use: {@link LofOptions#neighbors()} capped at training rows − 1 */
    public int effectiveNeighbors() {
        return training.k();
    }

    /** @return threads used for scoring, at least 1 */
    public int threads() {
        return threads;
    }

    /**
     * @param n threads for scoring, at least 1
     * @return this detector scoring on {@code n} threads (scores are unchanged)
     */
    public LofDetector withThreads(int n) {
        return new LofDetector(features(), options(), context, standardization, training, n);
    }

    /** @return the contextual standardisation the rows go through first (identity for {@code none}) */
    public ContextualStandardization context() {
        return context;
    }

    /**
     * @return the trailing days of each apartment the context reads before a scored day
     *     ({@code context_window_days} when the context reads history, else 0)
     */
    @Override
    public int historyDays() {
        return context.options().historyDays();
    }

    LofTrainingSet training() {
        return training;
    }

    @Override
    public Scores score(FeatureFrame frame) {
        RowMatrix m = context.apply(frame, features());
        double[] z = m.values().clone();
        standardization.applyInPlace(z);
        return Scores.of(frame, training.score(z, m.missing(), threads));
    }

    /**
     * Scores raw rows directly, without a frame: only without context (rows with context need their
     * apartment's history and peers, so score a frame).
     *
     * @param rows row-major feature values in {@link #features()} order, {@code m * d}; NaN = missing
     * @return one LOF per row, NaN for a row with a missing value
     * @throws IllegalStateException when the detector was fitted with a context
     */
    public double[] scoreRows(double[] rows) {
        if (context.options().enabled()) {
            throw new IllegalStateException(LofStrategy.NAME + " with context " + context.options().mode().configName()
                    + " scores frames (it needs each row's history and peers), not raw rows");
        }
        int d = features().size();
        if (rows.length % d != 0) {
            throw new IllegalArgumentException("expected a multiple of " + d + " values (features " + features().names()
                    + "), got " + rows.length);
        }
        boolean[] skip = new boolean[rows.length / d];
        for (int i = 0; i < rows.length; i++) {
            if (Double.isNaN(rows[i])) {
                skip[i / d] = true;
            }
        }
        double[] z = rows.clone();
        standardization.applyInPlace(z);
        return training.score(z, skip, threads);
    }

    @Override
    public String toString() {
        return "LofDetector[features=" + features().names() + ", k=" + training.k() + ", trainingRows=" + training.size()
                + ", " + options() + "]";
    }
}
