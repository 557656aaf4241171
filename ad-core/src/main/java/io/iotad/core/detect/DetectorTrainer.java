package io.iotad.core.detect;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import java.util.Objects;

/**
 * A strategy bound to its validated options: the configured trainer of the trainer/model split
 * (Tribuo's {@code Trainer}), which fits immutable {@link Detector}s. Made by
 * {@link DetectorStrategy#bind(java.util.Map)}, so the option type is captured where the options are
 * parsed and a strategy found by name at run time fits without a cast:
 *
 * <pre>{@code
 * DetectorTrainer<?> trainer = DetectorStrategies.byName("isolation_forest").bind(Map.of("trees", 200));
 * Detector detector = trainer.fit(train, Labels.empty(), FitContext.seeded(42));
 * }</pre>
 *
 * <p>Immutable and thread-safe when the strategy is (strategies are stateless). Two trainers are
 * equal when their strategies have the same name and their options are equal.
 *
 * @param strategy the strategy
 * @param options options validated by that strategy
 * @param <O> the strategy's options type
 */
public record DetectorTrainer<O extends DetectorOptions>(DetectorStrategy<O> strategy, O options) {
    /** Checks the fields. */
    public DetectorTrainer {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(options, "options");
    }

    /** @return the strategy's lower-case name */
    public String name() {
        return strategy.name();
    }

    /** @return whether {@link #fit} needs labels */
    public boolean supervised() {
        return strategy.supervised();
    }

    /**
     * Fits a detector with the bound options.
     *
     * @param train training rows; the features to use, already selected
     * @param labels verdicts; required non-empty for a supervised strategy, may be empty otherwise
     * @param context seed, threads and progress
     * @return the fitted detector
     * @throws IllegalArgumentException when the strategy cannot fit the frame (too few rows, a
     *     missing feature), naming what it expected
     */
    public Detector fit(FeatureFrame train, Labels labels, FitContext context) {
        return strategy.fit(train, labels, options, context);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DetectorTrainer<?> t && strategy.name().equals(t.strategy.name()) && options.equals(t.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(strategy.name(), options);
    }

    @Override
    public String toString() {
        return strategy.name() + options.toMap();
    }
}
