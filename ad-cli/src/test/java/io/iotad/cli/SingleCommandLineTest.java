package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@link IotadCli#commandLine(String...)} builds only the invoked subcommand: every subcommand's help, and
 * its answer to an unknown option, a missing value and a nested subcommand's help, must be what the full
 * command line prints.
 */
class SingleCommandLineTest {
    @Test
    void given_every_command_when_run_alone_then_it_prints_and_exits_as_with_all_commands() {
        List<String[]> invocations = new ArrayList<>();
        CommandLine full = IotadCli.commandLine();
        full.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
                return;
            }
            invocations.add(new String[] {name, "--help"});
            invocations.add(new String[] {name, "--no-such-option"});
            invocations.add(new String[] {name, "--version"});
            sub.getSubcommands().keySet().forEach(nested -> {
                invocations.add(new String[] {name, nested, "--help"});
                invocations.add(new String[] {name, nested, "--no-such-option"});
            });
            sub.getCommandSpec().options().stream().filter(o -> o.arity().min() > 0).findFirst()
                    .ifPresent(o -> invocations.add(new String[] {name, o.longestName()}));
        });
        assertThat(invocations).hasSizeGreaterThan(3 * 15);
        for (String[] args : invocations) {
            String[] allOut = run(IotadCli.commandLine(), args);
            String[] oneOut = run(IotadCli.commandLine(args), args);
            assertThat(oneOut).as(String.join(" ", args)).containsExactly(allOut);
        }
    }

    @Test
    void given_no_subcommand_or_help_or_an_unknown_name_then_every_command_is_built() {
        assertThat(IotadCli.commandLine().getSubcommands()).hasSizeGreaterThan(15);
        assertThat(IotadCli.commandLine(new String[0]).getSubcommands()).hasSameSizeAs(IotadCli.commandLine().getSubcommands());
        assertThat(IotadCli.commandLine("help", "features").getSubcommands()).containsKey("train");
        assertThat(IotadCli.commandLine("--help").getSubcommands()).containsKey("train");
        assertThat(IotadCli.commandLine("featres").getSubcommands()).containsKey("features");
        assertThat(IotadCli.commandLine("features", "--help").getSubcommands()).containsOnlyKeys("features");
    }

    /** @return exit code, standard output and standard error of one run */
    private static String[] run(CommandLine cl, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }
}
