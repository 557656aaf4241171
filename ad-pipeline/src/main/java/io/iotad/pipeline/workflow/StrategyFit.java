package io.iotad.pipeline.workflow;

import io.iotad.core.config.TrainingConfig;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.DetectorTrainer;
import io.iotad.core.detect.FitContext;
import io.iotad.core.explain.FeatureBaseline;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The configured strategy bound to its options, and the quiet fits the training workflow's backtest
 * folds make with it (no progress output; an empty result where a fold has nothing to learn from).
 *
 * @param training the training section ({@code model_strategy}, {@code hyperparameters}, {@code seed},
 *     the archetype grouping and its cold-start thresholds)
 */
record StrategyFit(TrainingConfig training) {
    StrategyFit {
        Objects.requireNonNull(training, "training");
    }

    /** @return the configured strategy bound to {@code training.hyperparameters} */
    DetectorTrainer<?> trainer() {
        return DetectorStrategies.byName(training.modelStrategy()).bind(training.hyperparameters());
    }

    /**
     * @param listener where the fit reports progress
     * @return the configured seed, every available processor, and that listener
     */
    FitContext context(ProgressListener listener) {
        return new FitContext(training.seed(), Runtime.getRuntime().availableProcessors(), listener);
    }

    /**
     * Fits like ModelTraining, for a backtest fold, without progress output; empty when the fold has no
     * fault to learn from or too few usable rows (that week is then left unscored in the backtest).
     * Grouped by archetype, each archetype that passes the cold-start thresholds gets its own fit.
     *
     * @param train the fold's training rows
     * @param labels the labels
     * @param archetypes archetype by building id
     * @return the fold's detector, or empty
     */
    Optional<Detector> quietly(FeatureFrame train, Labels labels, Map<String, String> archetypes) {
        Optional<Detector> global = quietly(train, labels);
        if (global.isEmpty() || !training.groupedByArchetype()) {
            return global;
        }
        Map<String, ArchetypeRouting.Route> own = new LinkedHashMap<>();
        for (Map.Entry<String, FeatureFrame> e : ArchetypeColdStart.byArchetype(train, archetypes).entrySet()) {
            if (ArchetypeColdStart.enough(training, trainer().supervised(), e.getValue(), labels, null)) {
                quietly(e.getValue(), labels).ifPresent(d -> own.put(e.getKey(), new ArchetypeRouting.Route(
                        training.archetypeGroup(e.getKey()), d, FeatureBaseline.EMPTY)));
            }
        }
        return Optional.of(new ArchetypeRouting(new ArchetypeRouting.Route(training.modelGroup(),
                global.get(), FeatureBaseline.EMPTY), own, archetypes).asDetector());
    }

    private Optional<Detector> quietly(FeatureFrame train, Labels labels) {
        DetectorTrainer<?> trainer = trainer();
        if (trainer.supervised() && java.util.Arrays.stream(labels.align(train)).noneMatch(y -> y == 1)) {
            return Optional.empty();
        }
        try {
            return Optional.of(trainer.fit(train, labels, context(ProgressListener.NONE)));
        } catch (IllegalArgumentException tooLittleData) {
            // the same options fitted the full training window already: an early fold can only lack data
            return Optional.empty();
        }
    }
}
