package io.iotad.cli;

import io.iotad.cli.csv.JsonSummary;
import io.iotad.core.data.DataException;
import io.iotad.core.files.IoReason;
import io.iotad.pipeline.run.StepFailedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import picocli.CommandLine;

/**
 * Turns a failed command into one readable message on standard error and a documented exit code:
 * bad data or a failed gate 1; bad usage, an unknown name (group, version, alert) or an illegal
 * transition 2; I/O or internal errors 3. A failed workflow step is classified by its cause.
 *
 * <p>A usage error prints its message (with picocli's "did you mean" for a mistyped option) and
 * where to read more ({@code see 'iotad train --help'}), not the whole usage text. A command whose
 * result is a JSON line ({@link #JSON_SUMMARY_COMMANDS}) ends with one also when it fails:
 * {@code {"command":"train","status":"failed","exit_code":2,"error":"..."}}, so scripts can always
 * parse the last line.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    /** The commands whose standard output ends with one JSON object, by qualified name. */
    static final Set<String> JSON_SUMMARY_COMMANDS = Set.of("iotad train", "iotad evaluate", "iotad score",
            "iotad feedback", "iotad features", "iotad ingest", "iotad detect", "iotad eval-skab", "iotad registry show",
            "iotad flywheel", "iotad tune");

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        int exit = exitCodeOf(ex);
        report(cmd, describe(ex), exit);
        if (System.getenv("IOTAD_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
            cmd.getErr().flush();
        }
        return exit;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        StringBuilder message = new StringBuilder(describe(ex));
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                message.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
            }
        }
        report(cmd, message.toString(), IotadCli.EXIT_USAGE);
        return IotadCli.EXIT_USAGE;
    }

    private static void report(CommandLine cmd, String message, int exit) {
        String name = cmd.getCommandSpec().qualifiedName();
        PrintWriter err = cmd.getErr();
        err.println(name + ": " + message);
        if (exit == IotadCli.EXIT_USAGE) {
            err.println("see '" + name + " --help'");
        }
        err.flush();
        if (JSON_SUMMARY_COMMANDS.contains(name)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("command", name.substring(name.indexOf(' ') + 1));
            json.put("status", "failed");
            json.put("exit_code", exit);
            json.put("error", message);
            PrintWriter out = cmd.getOut();
            out.println(JsonSummary.line(json));
            out.flush();
        }
    }

    /**
     * @param ex a failure
     * @return its message in words: never a bare path (a file-system error gets its reason), never
     *     empty (an exception without a message is named)
     */
    static String describe(Throwable ex) {
        if (ex instanceof IOException io) {
            return IoReason.describe(io);
        }
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            return ex.getCause() != null && ex.getCause() != ex ? describe(ex.getCause())
                    : "internal error (" + ex.getClass().getSimpleName() + "); IOTAD_DEBUG=1 shows where";
        }
        Throwable cause = ex.getCause();
        if (cause != null && m.equals(cause.toString())) {
            // a wrapper made from its cause alone ("java.nio.file.AccessDeniedException: /x"): describe the cause
            return describe(cause);
        }
        // a wrapper whose message does not say why: add the reason of the I/O error underneath
        if (cause instanceof IOException io && !m.contains(IoReason.of(io))) {
            return m + ": " + IoReason.of(io);
        }
        return m;
    }

    static int exitCodeOf(Throwable ex) {
        if (ex instanceof StepFailedException && ex.getCause() != null) {
            return exitCodeOf(ex.getCause());
        }
        if (ex instanceof io.iotad.pipeline.monitoring.DriftStopException) {
            return IotadCli.EXIT_DRIFT;
        }
        if (ex instanceof DataException || ex instanceof RunFailedException) {
            return IotadCli.EXIT_RUN_FAILED;
        }
        if (ex instanceof IllegalArgumentException || ex instanceof CommandLine.ParameterException
                || ex instanceof NoSuchElementException) {
            return IotadCli.EXIT_USAGE;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            return IotadCli.EXIT_ERROR;
        }
        return IotadCli.EXIT_ERROR;
    }
}
