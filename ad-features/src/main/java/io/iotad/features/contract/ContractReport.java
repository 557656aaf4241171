package io.iotad.features.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every check of one contract evaluation, for the run report: per rule, the batch-level outcome,
 * the worst partition, and every failing partition.
 *
 * @param rows rows checked
 * @param checks the checks, in rule order
 */
public record ContractReport(int rows, List<ContractCheck> checks) {
    /** Copies the list. */
    public ContractReport {
        checks = List.copyOf(checks);
    }

    /**
     * @return whether every check passed; true when nothing was checked (see {@link #checked()}), so a
     *     caller that reports the outcome must say "not checked" rather than "passed" in that case
     */
    public boolean passed() {
        return checks.stream().allMatch(ContractCheck::passed);
    }

    /**
     * @return whether any rule was evaluated: false for {@link DataContract#none()} (a run with the contract
     *     skipped) or when no rule's feature is in the frame
     */
    public boolean checked() {
        return !checks.isEmpty();
    }

    /** @return the failing checks, in rule order */
    public List<ContractCheck> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /**
     * @return the JSON-compatible form: {@code rows}, {@code checked}, {@code passed} (null when nothing was
     *     checked), {@code checks}
     */
    public Map<String, Object> toMap() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ContractCheck c : checks) {
            list.add(c.toMap());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows);
        m.put("checked", checked());
        m.put("passed", checked() ? passed() : null);
        m.put("checks", list);
        return m;
    }
}
