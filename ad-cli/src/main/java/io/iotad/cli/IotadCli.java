package io.iotad.cli;

import io.iotad.core.IotadVersion;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code iotad} command: entry point of the runnable jar. Each workflow step is a subcommand.
 *
 * <p>Exit codes: 0 success; 1 a run failed (bad data over its limits, a failed gate, a failed
 * check); 2 bad usage or configuration; 3 an I/O or internal error.
 */
@Command(name = IotadCli.NAME, mixinStandardHelpOptions = true, versionProvider = IotadCli.Version.class,
        description = "Finds failing apartment heating systems in IoT telemetry and ranks them for technicians.",
        subcommands = {
                CommandLine.HelpCommand.class,
                SimulateCommand.class,
                IngestCommand.class,
                FeaturesCommand.class,
                TrainCommand.class,
                TuneCommand.class,
                EvaluateCommand.class,
                RegistryCommand.class,
                ScoreCommand.class,
                AlertsCommand.class,
                FeedbackCommand.class,
                ReportCommand.class,
                DetectCommand.class,
                EvalSkabCommand.class,
                DemoCommand.class,
                FlywheelCommand.class,
                SageMakerCommand.class,
                ExportStateMachineCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the run failed (data contract, quarantine limit, evaluation gate)",
                "2:bad usage or configuration", "3:I/O or internal error",
                "4:data drift above a stop limit stopped a scoring run (monitoring.drift=block)"})
public final class IotadCli {
    /** The command's name, the first word of every usage line. */
    static final String NAME = "iotad";
    /** Exit code of a run that failed on data or a gate. */
    public static final int EXIT_RUN_FAILED = 1;
    /** Exit code of bad usage or configuration. */
    public static final int EXIT_USAGE = 2;
    /** Exit code of an I/O or internal error. */
    public static final int EXIT_ERROR = 3;
    /** Exit code of a scoring run stopped by the drift step (a statistic above its stop limit). */
    public static final int EXIT_DRIFT = 4;

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        // the CLI prints a failed step's error itself (ErrorHandler); the workflow's own ERROR log line
        // would print it a second time. Asking for the log (-Dorg.slf4j.simpleLogger.defaultLogLevel=...) shows it.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.io.iotad.pipeline.run.WorkflowRun", "off");
        }
        System.exit(commandLine(args).execute(args));
    }

    /** @return the configured command line with every subcommand, for tests and embedding */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new IotadCli());
        cl.getSubcommands().values().forEach(IotadCli::withoutVersionHelp);
        return withHandlers(cl);
    }

    /**
     * The command line for one invocation. When the first argument names a subcommand (other than
     * {@code help}, which lists the others), only that subcommand is built, under a bare {@code iotad} parent:
     * picocli reads every option of every command it is given, about 0.3 CPU-seconds for all of them at
     * start-up, and a run of one command parses, prints and fails exactly as it would with all of them
     * (tested for every subcommand). Otherwise (no argument, an option, {@code help}, an unknown name) the
     * full command line, {@link #commandLine()}.
     *
     * @param args the command-line arguments of the invocation
     * @return the configured command line to execute them with
     */
    public static CommandLine commandLine(String... args) {
        Class<?> sub = args.length == 0 ? null : subcommandNamed(args[0]);
        if (sub == null) {
            return commandLine();
        }
        CommandLine one = new CommandLine(sub);
        withoutVersionHelp(one);
        CommandLine cl = new CommandLine(CommandLine.Model.CommandSpec.create().name(NAME));
        cl.addSubcommand(one);
        return withHandlers(cl);
    }

    /** @return the subcommand class whose name or alias is {@code name}, or null ({@code help} included) */
    private static Class<?> subcommandNamed(String name) {
        for (Class<?> c : IotadCli.class.getAnnotation(Command.class).subcommands()) {
            Command command = c.getAnnotation(Command.class);
            if (c == CommandLine.HelpCommand.class || command == null) {
                continue;
            }
            if (command.name().equals(name) || List.of(command.aliases()).contains(name)) {
                return c;
            }
        }
        return null;
    }

    private static CommandLine withHandlers(CommandLine cl) {
        ErrorHandler errors = new ErrorHandler();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCodeOf);
        return cl;
    }

    /**
     * Removes the standard {@code -V, --version} from a subcommand and its own subcommands: there it
     * printed nothing (only {@code iotad} has a version provider) and hid the {@code --version} that
     * names a model version, so {@code registry list --version 1} printed nothing and exited 0. Only
     * {@code iotad --version} prints the tool's version; a subcommand without a model version refuses
     * {@code --version} as an unknown option.
     */
    private static void withoutVersionHelp(CommandLine sub) {
        for (CommandLine.Model.OptionSpec o : List.copyOf(sub.getCommandSpec().options())) {
            if (o.versionHelp()) {
                sub.getCommandSpec().remove(o);
            }
        }
        sub.getSubcommands().values().forEach(IotadCli::withoutVersionHelp);
    }

    /** Prints the library version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"iotad " + IotadVersion.version()};
        }
    }
}
