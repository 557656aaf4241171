package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules {@link OperationsDocIT} checks the operations guide by: it can fail, and fails where it should. */
class OperationsDocRulesTest {
    @Test
    void given_a_page_when_parsed_then_console_commands_and_their_shown_output_are_found_and_bash_blocks_are_not() {
        List<String> page = List.of("# t", "```bash", "$ mvn package", "```", "text", "```console", "$ iotad a",
                "out 1", "out 2", "$ echo $?", "0", "```", "```console", "$ iotad b", "```");
        List<OperationsDocIT.Command> c = OperationsDocIT.commands(page);
        assertThat(c).extracting(OperationsDocIT.Command::text).containsExactly("iotad a", "echo $?", "iotad b");
        assertThat(c.get(0).expected()).containsExactly("out 1", "out 2");
        assertThat(c.get(0).line()).isEqualTo(7);
        assertThat(c.get(2).expected()).isEmpty();
    }

    @Test
    void given_shown_and_printed_lines_when_compared_then_only_wildcards_and_progress_are_forgiven() {
        assertThat(OperationsDocIT.matches(List.of("simulated in ... s", "done"), List.of("simulated in 5.7 s", "done"))).isTrue();
        assertThat(OperationsDocIT.matches(List.of("a", "...", "z"), List.of("a", "b", "c", "z"))).isTrue();
        assertThat(OperationsDocIT.matches(List.of("a", "...", "z"), List.of("a", "z"))).isTrue();
        assertThat(OperationsDocIT.matches(List.of("a", "z"), List.of("a", "b", "z"))).as("an unshown line").isFalse();
        assertThat(OperationsDocIT.matches(List.of("P@50=0.080"), List.of("P@50=0.081"))).as("a changed number").isFalse();
        assertThat(OperationsDocIT.matches(List.of("a"), List.of())).isFalse();
        assertThat(OperationsDocIT.matches(List.of("global  1  ...                   isolation_forest"),
                List.of("global  1  2026-12-02T07:37:32Z  isolation_forest"))).as("table columns").isTrue();
        assertThat(OperationsDocIT.matches(List.of("a b"), List.of("a  b"))).as("one space is one space").isFalse();
        assertThat(OperationsDocIT.matches(List.of("x (1+1)"), List.of("x (1+1)   "))).as("regex characters, trailing spaces").isTrue();
        assertThat(OperationsDocIT.withoutProgress(List.of("iotad train: ModelTraining ...", "iotad train: ModelTraining done in 0.2 s",
                "iotad train: reading raw files 3/62 (5%)", "iotad registry approve: cannot move global/1 from Approved to Approved",
                "iotad train: gate: pr_auc = 0.1791, required >= 0.5000 (min_pr_auc): FAILED")))
                .containsExactly("iotad registry approve: cannot move global/1 from Approved to Approved",
                        "iotad train: gate: pr_auc = 0.1791, required >= 0.5000 (min_pr_auc): FAILED");
    }
}
