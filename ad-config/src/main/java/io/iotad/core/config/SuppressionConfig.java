package io.iotad.core.config;

/**
 * The {@code inference.suppression} group: rules that silence alerts explained by residents'
 * behaviour rather than a fault.
 *
 * @param vacationHours suppress an apartment's alert when it had no consumption for more than this
 *     many hours (the seed's vacation rule), in [0, 8760]; 0 disables the rule; default 48
 */
public record SuppressionConfig(int vacationHours) {
    /** Validates the field against {@link ConfigSchema}. */
    public SuppressionConfig {
        ConfigSchema.check("inference.suppression.vacation_hours", vacationHours);
    }
}
