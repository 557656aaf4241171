package io.iotad.pipeline.tuning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a hyperparameter search runs: which strategy, how many trials, the time split, the objective's
 * cut-off and how unlabelled days count.
 *
 * @param strategy the strategy's name (one of {@link SearchSpace#tunableStrategies()})
 * @param trials trials to run, 1 to {@value #MAX_TRIALS}; trial 1 is always the strategy's defaults
 *     (with the fixed options), so the chosen parameters never score below them on the folds
 * @param seed seed of the search's sampling and of every fit (each trial fits with the same seed)
 * @param k alerts per fold the objective counts (P@K over each fold's days ranked together), at least 1
 * @param split the rolling-origin folds
 * @param labelsComplete true when every fault is labelled (unlabelled apartment-days count as normal);
 *     false for technicians' feedback (unlabelled days are left out of the objective)
 * @param fixed strategy options held at these values in every trial (not searched), as configuration gives them
 * @param threads worker threads of each fit, at least 1
 */
public record TuningOptions(String strategy, int trials, long seed, int k, RollingOriginSplit split, boolean labelsComplete,
                            Map<String, Object> fixed, int threads) {
    /** Most trials one search may run. */
    public static final int MAX_TRIALS = 1000;
    /** Default trials: small enough for a shared machine. */
    public static final int DEFAULT_TRIALS = 20;

    /** Validates the fields, naming the command-line option of a bad one. */
    public TuningOptions {
        Objects.requireNonNull(strategy, "strategy");
        SearchSpace.of(strategy);
        if (trials < 1 || trials > MAX_TRIALS) {
            throw new IllegalArgumentException("--trials must be between 1 and " + MAX_TRIALS + ", got " + trials);
        }
        if (k < 1) {
            throw new IllegalArgumentException("--k must be >= 1, got " + k);
        }
        Objects.requireNonNull(split, "split");
        fixed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        }
    }

    /** @return the strategy's declared space less the fixed options */
    public SearchSpace space() {
        return SearchSpace.of(strategy).without(fixed.keySet());
    }
}
