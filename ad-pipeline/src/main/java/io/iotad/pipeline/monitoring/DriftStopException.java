package io.iotad.pipeline.monitoring;

import java.util.Objects;

/**
 * The drift step stopped a scoring run: a statistic went above its stop limit. The command line
 * exits with code 4 and this message, which names the day, feature, statistic, value, limit,
 * segment and band.
 */
public final class DriftStopException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient DriftFinding finding;

    /**
     * @param finding the first finding above its stop limit
     * @param report where the drift report was written (named in the message)
     */
    public DriftStopException(DriftFinding finding, String report) {
        super("data drift stops the run before scoring: " + Objects.requireNonNull(finding, "finding").describe()
                + "; nothing was scored or alerted; see " + report
                + " (set monitoring.drift=warn to score anyway once the cause is understood)");
        this.finding = finding;
    }

    /** @return the finding that stopped the run */
    public DriftFinding finding() {
        return finding;
    }
}
