package io.iotad.core.detect;

import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import java.util.Map;

/**
 * A way to fit a {@link Detector}, found by {@link #name()} through {@link java.util.ServiceLoader}
 * (see {@link DetectorStrategies}); register an implementation in
 * {@code META-INF/services/io.iotad.core.detect.DetectorStrategy}. {@link #bind(Map)} turns
 * configuration into a typed {@link DetectorTrainer}; {@link AbstractDetectorStrategy} supplies the
 * name, description, parser and codec, so an implementation writes only {@link #fit}.
 *
 * @param <O> the strategy's validated options type
 */
public interface DetectorStrategy<O extends DetectorOptions> {
    /** @return the lower-case name used in configuration, e.g. {@code isolation_forest} */
    String name();

    /** @return one sentence on what the strategy detects and how */
    String description();

    /** @return whether {@link #fit} needs labels (supervised) */
    boolean supervised();

    /**
     * Parses and validates options from configuration ({@code training.hyperparameters}). Keys not
     * given take their defaults.
     *
     * @param raw option name to value (numbers, strings, booleans, lists, maps)
     * @return the validated options
     * @throws IllegalArgumentException naming the option, the value and what was expected, for an
     *     unknown key or an invalid value
     */
    O parseOptions(Map<String, ?> raw);

    /**
     * Fits a detector on the training frame. The detector reads exactly the frame's features.
     *
     * @param train training rows; the features to use, already selected
     * @param labels verdicts; required non-empty for a {@link #supervised()} strategy, may be empty otherwise
     * @param options validated options
     * @param context seed, threads and progress
     * @return the fitted detector
     */
    Detector fit(FeatureFrame train, Labels labels, O options, FitContext context);

    /** @return the codec that writes and reads this strategy's detectors in a model artifact */
    PayloadCodec codec();

    /**
     * @return the documented default options: those of an empty configuration
     * @throws IllegalArgumentException when the defaults need something absent (a composite's component strategy)
     */
    default O defaultOptions() {
        return parseOptions(Map.of());
    }

    /**
     * @param options validated options of this strategy
     * @return this strategy bound to them
     */
    default DetectorTrainer<O> bind(O options) {
        return new DetectorTrainer<>(this, options);
    }

    /**
     * Parses raw options and binds them: the one way from configuration to a trainer.
     *
     * @param rawOptions options as in configuration; absent keys take their defaults
     * @return this strategy bound to the parsed options
     * @throws IllegalArgumentException naming an unknown key or an invalid value
     */
    default DetectorTrainer<O> bind(Map<String, ?> rawOptions) {
        return bind(parseOptions(rawOptions));
    }
}
