package io.iotad.models.composite;

import java.util.Locale;

/** How a composite turns its components' scores into one score. */
public enum Combination {
    /** The components' scores (and passthrough features) are the input of a second-stage strategy, whose score is the result. */
    STACK,
    /** Max over components of the robust z-score (score − training median) / training scale. */
    MAX_Z,
    /** Mean over components of the robust z-score. */
    MEAN_Z,
    /** Mean over components of the score's empirical rank among the component's training scores, in [0, 1]. */
    MEAN_RANK;

    /** @return the configuration spelling, e.g. {@code mean_rank} */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
