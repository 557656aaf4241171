package io.iotad.eval.gate;

import java.util.List;

/**
 * The outcome of {@link EvaluationGate#check}.
 *
 * @param passed true when every check passed (also when no threshold was configured)
 * @param checks every threshold checked, in {@link GateCriterion} order
 */
public record GateVerdict(boolean passed, List<GateCheck> checks) {
    /** Copies the list. */
    public GateVerdict {
        checks = List.copyOf(checks);
    }

    /** @return one sentence per failed check, naming the metric, its value and the threshold */
    public List<String> reasons() {
        return checks.stream().filter(c -> !c.passed()).map(GateCheck::describe).toList();
    }

    /** @return "PASSED" or "FAILED: " and the reasons */
    public String summary() {
        return passed ? "PASSED (" + checks.size() + " checks)" : "FAILED: " + String.join("; ", reasons());
    }
}
