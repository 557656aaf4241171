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
 * @param modelGrouping {@link #GLOBAL} (one model) or {@link #ARCHETYPE} (one model per building
 *     archetype, registered in {@code <modelGroup>.<archetype>}, plus the global one); default global
 * @param minGroupRows fewest training rows an archetype needs for its own model, at least 1; default 1000
 * @param minGroupFaults fewest confirmed faults in those rows for a supervised strategy's own model,
 *     at least 0; default 10
 */
public record TrainingConfig(String modelStrategy, Map<String, Object> hyperparameters, List<String> featureColumns,
                             String instanceType, long seed, String modelGroup, OptionalInt trainDays,
                             int holdoutDays, String modelGrouping, int minGroupRows, int minGroupFaults) {
    /** {@link #modelGrouping()}: one model for every building. */
    public static final String GLOBAL = "global";
    /** {@link #modelGrouping()}: one model per building archetype. */
    public static final String ARCHETYPE = "archetype";

    static final String SECTION = "training.";

    /**
     * A configuration with one global model.
     *
     * @param modelStrategy detector strategy name
     * @param hyperparameters the strategy's raw options
     * @param featureColumns features the model uses; empty = all
     * @param instanceType SageMaker instance type
     * @param seed training seed
     * @param modelGroup registry group
     * @param trainDays days before the holdout to train on; empty = all
     * @param holdoutDays days held out
     */
    public TrainingConfig(String modelStrategy, Map<String, Object> hyperparameters, List<String> featureColumns,
                          String instanceType, long seed, String modelGroup, OptionalInt trainDays, int holdoutDays) {
        this(modelStrategy, hyperparameters, featureColumns, instanceType, seed, modelGroup, trainDays, holdoutDays,
                GLOBAL, 1000, 10);
    }

    /** @return true when one model per archetype is trained */
    public boolean groupedByArchetype() {
        return ARCHETYPE.equals(modelGrouping);
    }

    /**
     * @param archetype a building archetype
     * @return its registry group, {@code <modelGroup>.<archetype>}
     */
    public String archetypeGroup(String archetype) {
        return archetypeGroup(modelGroup, archetype);
    }

    /**
     * @param modelGroup the global model's registry group
     * @param archetype a building archetype
     * @return the archetype's registry group, {@code <modelGroup>.<archetype>}
     */
    public static String archetypeGroup(String modelGroup, String archetype) {
        return modelGroup + "." + archetype;
    }

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
        modelGrouping = (String) ConfigSchema.check(SECTION + "model_grouping", modelGrouping);
        ConfigSchema.check(SECTION + "min_group_rows", minGroupRows);
        ConfigSchema.check(SECTION + "min_group_faults", minGroupFaults);
    }

    @SuppressWarnings("unchecked")
    static TrainingConfig fromValues(Map<String, Object> v) {
        Integer trainDays = (Integer) v.get(SECTION + "train_days");
        return new TrainingConfig((String) v.get(SECTION + "model_strategy"),
                (Map<String, Object>) v.get(SECTION + "hyperparameters"),
                (List<String>) v.get(SECTION + "feature_columns"), (String) v.get(SECTION + "instance_type"),
                (Long) v.get(SECTION + "seed"), (String) v.get(SECTION + "model_group"),
                trainDays == null ? OptionalInt.empty() : OptionalInt.of(trainDays),
                (Integer) v.get(SECTION + "holdout_days"), (String) v.get(SECTION + "model_grouping"),
                (Integer) v.get(SECTION + "min_group_rows"), (Integer) v.get(SECTION + "min_group_faults"));
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
        out.put(SECTION + "model_grouping", modelGrouping);
        out.put(SECTION + "min_group_rows", minGroupRows);
        out.put(SECTION + "min_group_faults", minGroupFaults);
    }
}
