package io.iotad.pipeline.monitoring;

/** How far a drift statistic went: under both limits, above the warning limit, above the stop limit. */
public enum DriftLevel {
    /** Under the warning limit. */
    OK,
    /** Above the warning limit, not above the stop limit. */
    WARN,
    /** Above the stop limit. */
    STOP;

    /**
     * @param value a statistic's value
     * @param warn its warning limit
     * @param stop its stop limit
     * @return {@link #STOP} above {@code stop}, {@link #WARN} above {@code warn}, else {@link #OK}
     */
    public static DriftLevel of(double value, double warn, double stop) {
        if (value > stop) {
            return STOP;
        }
        return value > warn ? WARN : OK;
    }

    /** @return the name written in reports: {@code ok}, {@code warn} or {@code stop} */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
