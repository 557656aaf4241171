package io.iotad.cli;

import io.iotad.core.data.DataException;
import io.iotad.pipeline.run.StepFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import picocli.CommandLine;

/**
 * Turns exceptions of a subcommand into one readable line and a documented exit code: bad data or a
 * failed gate 1; bad usage, an unknown name (group, version, alert) or an illegal transition 2; I/O
 * or internal errors 3. A failed workflow step is classified by its cause.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + describe(ex));
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
        if (ex instanceof StepFailedException && ex.getCause() != null) {
            return exitCodeOf(ex.getCause());
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
