package io.iotad.models.regression;

import java.util.Locale;

/** Which rows share one regression. A narrower scope falls back to a wider one when a group is too small or singular. */
public enum FitScope {
    /** One regression over all training rows. */
    GLOBAL,
    /** One regression per building; falls back to the global one. */
    PER_BUILDING,
    /** One regression per apartment; falls back to its building's, then to the global one. */
    PER_APARTMENT;

    /** @return the configuration spelling, e.g. {@code per_building} */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
