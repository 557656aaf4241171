package io.iotad.core.config;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The {@code training} section: which detector strategy trains on which features, with which
 * options and seed, and where the model is registered.
 *
 * @param modelStrategy detector strategy name, lower case (the seed's {@code LR_LOF} is {@code lr_lof}); default {@code isolation_forest}
 * @param hyperparameters the strategy's raw options, checked by its {@code parseOptions}; default empty (the strategy's defaults)
 * @param featureColumns features the model uses, in order; empty means every feature the pipeline produces
 * @param instanceType SageMaker training instance type, ignored locally; default {@code ml.m5.large}
 * @param seed seed of every random choice of training; default 42
 * @param modelGroup model-registry group; default {@code global}
 * @param trainDays days before the holdout to train on, in [1, 3660]; empty means all available days
 * @param holdoutDays most recent days held out for evaluation, in [0, 366]; default 14
 */
public record TrainingConfig(String modelStrategy, Map<String, Object> hyperparameters, List<String> featureColumns,
                             String instanceType, long seed, String modelGroup, OptionalInt trainDays,
                             int holdoutDays) {
    static final String SECTION = "training.";

    /** Validates every field against {@link ConfigSchema}, lower-cases the strategy and deep-copies the options. */
    @SuppressWarnings("unchecked")
    public TrainingConfig {
        modelStrategy = (String) ConfigSchema.check(SECTION + "model_strategy", modelStrategy);
        hyperparameters = (Map<String, Object>) ConfigSchema.check(SECTION + "hyperparameters", hyperparameters);
        featureColumns = (List<String>) ConfigSchema.check(SECTION + "feature_columns", featureColumns);
        instanceType = (String) ConfigSchema.check(SECTION + "instance_type", instanceType);
        modelGroup = (String) ConfigSchema.check(SECTION + "model_group", modelGroup);
        if (trainDays == null) {
            trainDays = OptionalInt.empty();
        }
        if (trainDays.isPresent()) {
            ConfigSchema.check(SECTION + "train_days", trainDays.getAsInt());
        }
        ConfigSchema.check(SECTION + "holdout_days", holdoutDays);
    }

    @SuppressWarnings("unchecked")
    static TrainingConfig fromValues(Map<String, Object> v) {
        Integer trainDays = (Integer) v.get(SECTION + "train_days");
        return new TrainingConfig((String) v.get(SECTION + "model_strategy"),
                (Map<String, Object>) v.get(SECTION + "hyperparameters"),
                (List<String>) v.get(SECTION + "feature_columns"), (String) v.get(SECTION + "instance_type"),
                (Long) v.get(SECTION + "seed"), (String) v.get(SECTION + "model_group"),
                trainDays == null ? OptionalInt.empty() : OptionalInt.of(trainDays),
                (Integer) v.get(SECTION + "holdout_days"));
    }

    void putValues(Map<String, Object> out) {
        out.put(SECTION + "model_strategy", modelStrategy);
        out.put(SECTION + "hyperparameters", hyperparameters);
        out.put(SECTION + "feature_columns", featureColumns);
        out.put(SECTION + "instance_type", instanceType);
        out.put(SECTION + "seed", seed);
        out.put(SECTION + "model_group", modelGroup);
        out.put(SECTION + "train_days", trainDays.isPresent() ? trainDays.getAsInt() : null);
        out.put(SECTION + "holdout_days", holdoutDays);
    }
}
