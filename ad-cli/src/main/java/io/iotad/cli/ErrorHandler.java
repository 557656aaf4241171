package io.iotad.cli;

import io.iotad.core.data.DataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Turns exceptions of a subcommand into one readable line and a documented exit code. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        cmd.getErr().println("iotad " + cmd.getCommandName() + ": " + describe(ex));
        if (System.getenv("IOTAD_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return exitCodeOf(ex);
    }

    static String describe(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }

    static int exitCodeOf(Throwable ex) {
        if (ex instanceof DataException || ex instanceof RunFailedException) {
            return IotadCli.EXIT_RUN_FAILED;
        }
        if (ex instanceof IllegalArgumentException || ex instanceof CommandLine.ParameterException) {
            return IotadCli.EXIT_USAGE;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            return IotadCli.EXIT_ERROR;
        }
        return IotadCli.EXIT_ERROR;
    }
}
