package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.assertj.core.api.AbstractStringAssert;
import picocli.CommandLine;

/**
 * One run of the {@code iotad} command line in-process, with what it printed.
 *
 * @param exit the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exit, String out, String err) {
    /** @param args arguments @return the run */
    static CliRun of(String... args) {
        CommandLine cl = IotadCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** @return the last line of standard output, parsed as JSON */
    JsonNode json() throws Exception {
        String[] lines = out.strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }

    /** @return stdout and stderr, for assertion messages */
    String both() {
        return out + "\n" + err;
    }

    /**
     * Asserts that the run was refused as a usage error: exit code {@link IotadCli#EXIT_USAGE} and a
     * standard error that contains every one of {@code messages}.
     *
     * @param messages what standard error must contain
     * @return an assertion on standard error, for further checks
     */
    AbstractStringAssert<?> assertUsageError(CharSequence... messages) {
        return assertExit(IotadCli.EXIT_USAGE, messages);
    }

    /**
     * Asserts that the run failed: exit code {@link IotadCli#EXIT_RUN_FAILED} and a standard error that
     * contains every one of {@code messages}.
     *
     * @param messages what standard error must contain
     * @return an assertion on standard error, for further checks
     */
    AbstractStringAssert<?> assertRunFailed(CharSequence... messages) {
        return assertExit(IotadCli.EXIT_RUN_FAILED, messages);
    }

    /**
     * Asserts the exit code and that standard error contains every one of {@code messages}.
     *
     * @param code the expected exit code
     * @param messages what standard error must contain
     * @return an assertion on standard error, for further checks
     */
    AbstractStringAssert<?> assertExit(int code, CharSequence... messages) {
        assertThat(exit).as(both()).isEqualTo(code);
        return messages.length == 0 ? assertThat(err) : assertThat(err).contains(messages);
    }

    /**
     * Asserts that the last line of standard output is the JSON summary of a failure of {@code command}
     * with exit code {@code code} and a non-blank error.
     *
     * @param command the command named in the summary, such as {@code train}
     * @param code the exit code named in the summary
     */
    void assertFailedJson(String command, int code) throws Exception {
        JsonNode j = json();
        assertThat(j.get("command").asText()).isEqualTo(command);
        assertThat(j.get("status").asText()).isEqualTo("failed");
        assertThat(j.get("exit_code").asInt()).isEqualTo(code);
        assertThat(j.get("error").asText()).isNotBlank();
    }
}
