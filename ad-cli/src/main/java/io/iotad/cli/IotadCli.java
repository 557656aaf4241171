package io.iotad.cli;

import io.iotad.core.IotadVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code iotad} command: entry point of the runnable jar. Each workflow step is a subcommand.
 *
 * <p>Exit codes: 0 success; 1 a run failed (bad data over its limits, a failed gate, a failed
 * check); 2 bad usage or configuration; 3 an I/O or internal error.
 */
@Command(name = "iotad", mixinStandardHelpOptions = true, versionProvider = IotadCli.Version.class,
        description = "Finds failing apartment heating systems in IoT telemetry and ranks them for technicians.",
        subcommands = {
                CommandLine.HelpCommand.class,
                SimulateCommand.class,
                IngestCommand.class,
                FeaturesCommand.class,
                TrainCommand.class,
                EvaluateCommand.class,
                RegistryCommand.class,
                ScoreCommand.class,
                AlertsCommand.class,
                FeedbackCommand.class,
                ReportCommand.class,
                DetectCommand.class,
                EvalSkabCommand.class,
                DemoCommand.class,
                SageMakerCommand.class,
                ExportStateMachineCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the run failed (data contract, quarantine limit, evaluation gate)",
                "2:bad usage or configuration", "3:I/O or internal error"})
public final class IotadCli {
    /** Exit code of a run that failed on data or a gate. */
    public static final int EXIT_RUN_FAILED = 1;
    /** Exit code of bad usage or configuration. */
    public static final int EXIT_USAGE = 2;
    /** Exit code of an I/O or internal error. */
    public static final int EXIT_ERROR = 3;

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** @return the configured command line, for tests and embedding */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new IotadCli());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCodeOf);
        return cl;
    }

    /** Prints the library version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"iotad " + IotadVersion.version()};
        }
    }
}
