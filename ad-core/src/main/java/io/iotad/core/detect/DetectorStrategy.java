package io.iotad.core.detect;

import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import java.util.Map;

/**
 * A configured way to fit a {@link Detector}: the trainer half of the trainer/model split. Found by
 * {@link #name()} through {@link java.util.ServiceLoader} (see {@link DetectorStrategies}); register
 * an implementation in {@code META-INF/services/io.iotad.core.detect.DetectorStrategy}.
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

    /** @return the documented default options */
    O defaultOptions();

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
     * Parses raw options and fits in one call.
     *
     * @param train training rows
     * @param labels verdicts (may be empty for unsupervised strategies)
     * @param rawOptions options as in configuration
     * @param context seed, threads and progress
     * @return the fitted detector
     */
    default Detector fitWith(FeatureFrame train, Labels labels, Map<String, ?> rawOptions, FitContext context) {
        return fit(train, labels, parseOptions(rawOptions), context);
    }
}
