package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class CommandHelpTest {
    @Test
    void given_every_command_when_its_help_is_asked_then_it_and_every_option_have_a_description() {
        List<CommandLine> all = new ArrayList<>();
        collect(IotadCli.commandLine(), all);
        for (CommandLine cl : all) {
            CommandSpec spec = cl.getCommandSpec();
            if (spec.userObject() instanceof CommandLine.HelpCommand) {
                continue;
            }
            assertThat(spec.usageMessage().description()).as(spec.qualifiedName()).isNotEmpty();
            for (OptionSpec o : spec.options()) {
                assertThat(o.description()).as(spec.qualifiedName() + " " + o.longestName()).isNotEmpty();
            }
            CliRun help = CliRun.of(helpArgs(spec));
            assertThat(help.exit()).as(spec.qualifiedName()).isZero();
            assertThat(help.out()).contains("Usage: " + spec.qualifiedName());
        }
        assertThat(all).extracting(c -> c.getCommandSpec().qualifiedName())
                .contains("iotad evaluate", "iotad registry list", "iotad registry approve", "iotad registry reject",
                        "iotad alerts list", "iotad feedback", "iotad report", "iotad train", "iotad score");
    }

    private static String[] helpArgs(CommandSpec spec) {
        List<String> args = new ArrayList<>(List.of(spec.qualifiedName().split(" ")));
        args.remove(0);
        args.add("--help");
        return args.toArray(String[]::new);
    }

    private static void collect(CommandLine cl, List<CommandLine> out) {
        out.add(cl);
        cl.getSubcommands().values().stream().distinct().forEach(c -> collect(c, out));
    }
}
