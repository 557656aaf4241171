package io.iotad.eval.gate;

import java.util.Locale;
import java.util.Objects;

/**
 * One threshold checked against one metric.
 *
 * @param criterion the threshold's key
 * @param value the metric's value; NaN when undefined for the data (which fails)
 * @param threshold the bound from the configuration
 * @param passed whether the value satisfies the bound
 */
public record GateCheck(GateCriterion criterion, double value, double threshold, boolean passed) {
    /** Validates the criterion. */
    public GateCheck {
        Objects.requireNonNull(criterion, "criterion");
    }

    /** @return a sentence naming the metric, its value, the bound and the outcome */
    public String describe() {
        String op = criterion.lowerBound() ? ">=" : "<=";
        String v = Double.isNaN(value) ? "undefined (NaN)" : String.format(Locale.ROOT, "%.4f", value);
        return String.format(Locale.ROOT, "%s = %s, required %s %.4f (%s): %s", criterion.metric(), v, op,
                threshold, criterion.key(), passed ? "ok" : "FAILED");
    }
}
