package io.iotad.pipeline.flywheel;

import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.DetectorTrainer;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the flywheel fits in one phase: a strategy, its options, and the feature columns it reads.
 *
 * @param strategy the strategy name, e.g. {@code lof} or {@code xgboost}
 * @param options the strategy's raw options (as {@code training.hyperparameters}); empty = its defaults
 * @param featureColumns the columns it is trained on; empty = every feature of the frame
 */
public record ModelRecipe(String strategy, Map<String, Object> options, List<String> featureColumns) {
    /** The best unsupervised detector measured on the simulator ({@code docs/results-simulator.md}): LOF. */
    public static final String DEFAULT_UNSUPERVISED = "lof";
    /** The columns LOF was measured best with: energy, temperature difference, outdoor temperature. */
    public static final List<String> DEFAULT_UNSUPERVISED_COLUMNS = List.of("daily_energy_kwh", "avg_temp_diff",
            "avg_outdoor_temp_c");
    /** The supervised strategy of the second phase. */
    public static final String DEFAULT_SUPERVISED = "xgboost";

    /** Copies the collections. */
    public ModelRecipe {
        Objects.requireNonNull(strategy, "strategy");
        if (strategy.isBlank()) {
            throw new IllegalArgumentException("the strategy name is blank");
        }
        options = Map.copyOf(options);
        featureColumns = List.copyOf(featureColumns);
    }

    /** @return LOF on the three measured columns */
    public static ModelRecipe defaultUnsupervised() {
        return new ModelRecipe(DEFAULT_UNSUPERVISED, Map.of(), DEFAULT_UNSUPERVISED_COLUMNS);
    }

    /** @return XGBoost with its defaults on every feature */
    public static ModelRecipe defaultSupervised() {
        return new ModelRecipe(DEFAULT_SUPERVISED, Map.of(), List.of());
    }

    /**
     * @return the bound trainer
     * @throws IllegalArgumentException naming an unknown strategy or a bad option
     */
    public DetectorTrainer<?> trainer() {
        return DetectorStrategies.byName(strategy).bind(options);
    }

    /**
     * @param frame all features
     * @return the columns this recipe trains on
     * @throws IllegalArgumentException naming a column the frame lacks
     */
    public FeatureFrame columns(FeatureFrame frame) {
        if (featureColumns.isEmpty()) {
            return frame;
        }
        for (String c : featureColumns) {
            if (!frame.schema().contains(c)) {
                throw new IllegalArgumentException("feature column '" + c + "' of strategy " + strategy
                        + " is not computed; the frame has " + frame.schema().names());
            }
        }
        return frame.select(FeatureSchema.of(featureColumns));
    }
}
