package io.iotad.models.context;

import java.util.Locale;

/**
 * What a density or forest detector compares an apartment-day with before it looks for outliers
 * (the {@code context} option of {@code lof} and {@code isolation_forest}). Without context the
 * detector sees raw feature values, so the portfolio's most extreme apartment-days (residents away,
 * the largest flats on the coldest days) are its outliers; with context each feature is first
 * robustly standardised — (value − median) / (1.4826 × MAD) — against the apartment's own trailing
 * days, its peers on the same day, or both.
 */
public enum ContextMode {
    /** Raw feature values: every row against the whole portfolio (the detectors' original behaviour). */
    NONE,
    /**
     * Each feature against the apartment's own trailing window (the days before the scored day,
     * never the day itself or later days): "unusual for this apartment".
     */
    APARTMENT,
    /**
     * Each feature against the other apartments of the same building on the same day (a building
     * has one archetype, so these are same-archetype peers under the same weather): "unusual among
     * its neighbours today".
     */
    PEERS,
    /**
     * First against the apartment's trailing window, then that standardised value against the
     * building's apartments on the same day: unusual for this apartment, beyond what the day's
     * weather did to every apartment of the building. One value per feature.
     */
    APARTMENT_THEN_PEERS,
    /**
     * The {@link #APARTMENT} and the {@link #PEERS} values side by side: two values per feature, so
     * the detector sees both views.
     */
    APARTMENT_AND_PEERS;

    /** @return the configuration spelling, e.g. {@code apartment_then_peers} */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether the mode reads the apartment's trailing days */
    public boolean usesHistory() {
        return this == APARTMENT || this == APARTMENT_THEN_PEERS || this == APARTMENT_AND_PEERS;
    }

    /** @return whether the mode reads the building's other apartments on the same day */
    public boolean usesPeers() {
        return this == PEERS || this == APARTMENT_THEN_PEERS || this == APARTMENT_AND_PEERS;
    }

    /**
     * @param features features the detector reads, at least 1
     * @return values per row the detector's algorithm sees: twice the features for
     *     {@link #APARTMENT_AND_PEERS}, the features otherwise
     */
    public int outputDimensions(int features) {
        return this == APARTMENT_AND_PEERS ? 2 * features : features;
    }
}
