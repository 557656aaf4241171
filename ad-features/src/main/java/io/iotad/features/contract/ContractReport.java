package io.iotad.features.contract;

import java.util.ArrayList;
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

    /** @return whether every check passed */
    public boolean passed() {
        return checks.stream().allMatch(ContractCheck::passed);
    }

    /** @return the failing checks, in rule order */
    public List<ContractCheck> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** @return the JSON-compatible form: {@code rows}, {@code passed}, {@code checks} */
    public Map<String, Object> toMap() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ContractCheck c : checks) {
            list.add(c.toMap());
        }
        return Map.of("rows", rows, "passed", passed(), "checks", list);
    }
}
