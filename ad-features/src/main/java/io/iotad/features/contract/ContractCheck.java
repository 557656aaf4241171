package io.iotad.features.contract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one contract rule in one partition.
 *
 * @param rule {@code null_rate} or {@code range}
 * @param feature the feature checked
 * @param partition the partition, such as {@code batch}, {@code day 2024-01-03} or {@code building b1, day 2024-01-03}
 * @param observed the null rate (share in [0, 1]) or the offending value; NaN when there was nothing to check
 * @param limit the largest null rate allowed, or the range as text in {@code detail}
 * @param passed whether the rule holds there
 * @param detail a readable explanation naming the feature, the rate or value, the limit and the partition
 */
public record ContractCheck(String rule, String feature, String partition, double observed, double limit,
                            boolean passed, String detail) {
    /** @return the JSON-compatible form for the run report */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", rule);
        m.put("feature", feature);
        m.put("partition", partition);
        m.put("observed", Double.isFinite(observed) ? observed : null);
        m.put("limit", limit);
        m.put("passed", passed);
        m.put("detail", detail);
        return m;
    }
}
