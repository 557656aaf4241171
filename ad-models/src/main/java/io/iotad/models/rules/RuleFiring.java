package io.iotad.models.rules;

import java.util.List;

/**
 * Which rules fired on which rows of a scored frame: the explanation behind a {@code rules} score.
 *
 * @param ruleNames the rules, in evaluation order (the heating rule first when it is on)
 * @param fired {@code fired[rule][row]}; false on rows not scored
 * @param scored per row, whether every feature the rules read on the row's own day was present
 */
public record RuleFiring(List<String> ruleNames, boolean[][] fired, boolean[] scored) {
    /**
     * @param row a row index
     * @return the names of the rules that fired on it
     */
    public List<String> firedOn(int row) {
        return java.util.stream.IntStream.range(0, ruleNames.size())
                .filter(k -> fired[k][row]).mapToObj(ruleNames::get).toList();
    }
}
