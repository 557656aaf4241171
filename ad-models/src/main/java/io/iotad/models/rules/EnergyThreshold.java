package io.iotad.models.rules;

import java.util.Locale;

/** How the heating rule's "energy is high" threshold is set. */
enum EnergyThreshold {
    /** Each apartment's own {@code energy_quantile} of its training days (global quantile when it has too few days or is unseen). */
    PER_APARTMENT_QUANTILE,
    /** The {@code energy_quantile} of all training days. */
    GLOBAL_QUANTILE,
    /** The fixed {@code energy_threshold_kwh}, nothing learned. */
    ABSOLUTE;

    /** @return the configuration spelling, e.g. {@code per_apartment_quantile} */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
