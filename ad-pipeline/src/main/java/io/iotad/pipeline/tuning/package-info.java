/**
 * Hyperparameter tuning (issue 11 item 5): a rolling-origin time split ({@link io.iotad.pipeline.tuning.RollingOriginSplit}),
 * a declared search space per strategy ({@link io.iotad.pipeline.tuning.SearchSpace}), a seeded random search scored by
 * P@K over the folds ({@link io.iotad.pipeline.tuning.HyperparameterSearch}), its report ({@code tune.json}) and the
 * parameters file {@code iotad train --params} reads and records in the model's provenance
 * ({@link io.iotad.pipeline.tuning.TunedParameters}).
 */
package io.iotad.pipeline.tuning;
