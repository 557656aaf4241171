package io.iotad.core.detect;

import io.iotad.core.frame.FeatureSchema;
import java.util.Objects;

/**
 * What every detector holds beside its fitted state: the strategy's name, the features it reads,
 * its missing-value policy and its typed options. Extend it and write only the state and
 * {@link #score}; {@link #options()} returns the options' own type.
 *
 * @param <O> the strategy's options type
 */
public abstract class AbstractDetector<O extends DetectorOptions> implements Detector {
    private final String strategy;
    private final FeatureSchema features;
    private final MissingValuePolicy missingValuePolicy;
    private final O options;

    /**
     * A detector with the usual missing-value policy, {@link MissingValuePolicy#SKIP_ROW}: a row missing a
     * feature is not trained on and not scored.
     *
     * @param strategy the fitting strategy's name, e.g. {@code stl}
     * @param features the features read, in order
     * @param options the options it was fitted with
     */
    protected AbstractDetector(String strategy, FeatureSchema features, O options) {
        this(strategy, features, MissingValuePolicy.SKIP_ROW, options);
    }

    /**
     * @param strategy the fitting strategy's name, e.g. {@code stl}
     * @param features the features read, in order
     * @param missingValuePolicy what it does with a missing required feature
     * @param options the options it was fitted with
     */
    protected AbstractDetector(String strategy, FeatureSchema features, MissingValuePolicy missingValuePolicy, O options) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.features = Objects.requireNonNull(features, "features");
        this.missingValuePolicy = Objects.requireNonNull(missingValuePolicy, "missingValuePolicy");
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public final String strategy() {
        return strategy;
    }

    @Override
    public final FeatureSchema features() {
        return features;
    }

    @Override
    public final MissingValuePolicy missingValuePolicy() {
        return missingValuePolicy;
    }

    @Override
    public final O options() {
        return options;
    }
}
