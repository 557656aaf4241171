package io.iotad.features.contract;

import io.iotad.core.data.DataException;
import java.util.Locale;

/**
 * A feature frame broke its data contract: the run stops, naming the feature, the rate or value,
 * the limit and the partition (building, day). The full report of all checks is attached.
 */
public final class ContractViolationException extends DataException {
    private static final long serialVersionUID = 1L;

    private final transient ContractReport report;

    /**
     * @param first the first failing check (its partition, feature, observation and limit make the message)
     * @param report every check of the evaluation
     */
    public ContractViolationException(ContractCheck first, ContractReport report) {
        super("data contract, " + first.partition(), 0, first.feature(), observedText(first),
                expectedText(first, report));
        this.report = report;
    }

    private static String observedText(ContractCheck c) {
        return c.rule().equals(DataContract.NULL_RATE) ? percent(c.observed()) + " missing" : String.valueOf(c.observed());
    }

    private static String expectedText(ContractCheck c, ContractReport report) {
        int failing = report.failures().size();
        return c.detail() + (failing > 1 ? " (" + (failing - 1) + " more failing checks in the report)" : "");
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** @return every check of the evaluation */
    public ContractReport report() {
        return report;
    }
}
