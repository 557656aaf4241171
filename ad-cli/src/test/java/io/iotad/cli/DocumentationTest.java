package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Issue 9 item 15: a new user can read the docs without the design text or the data contract that
 * live outside the repository: "the seed" is explained wherever a page uses it, the input formats are
 * in {@code docs/}, and the help never says "the seed" (where {@code --seed} means something else).
 */
class DocumentationTest {
    static final Path ROOT = Path.of("..");
    private static final Pattern SEED = Pattern.compile("(?i)\\bthe seed\\b|seed's");

    private static List<Path> pages() throws IOException {
        List<Path> out = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out;
    }

    @Test
    void given_a_page_that_says_the_seed_when_read_then_it_explains_it_or_links_to_the_explanation() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme).contains("## The seed").contains("It has nothing to do with\nthe random seed");
        for (Path page : pages()) {
            String text = Files.readString(page);
            if (page.endsWith("README.md") || !SEED.matcher(text).find()) {
                continue;
            }
            int first = indexOf(text);
            int note = text.indexOf("README.md#the-seed");
            assertThat(note).as("%s links to the explanation of 'the seed'", page).isNotNegative();
            assertThat(note).as("%s explains 'the seed' before it first uses it", page).isLessThan(first + 200);
        }
    }

    private static int indexOf(String text) {
        var m = SEED.matcher(text);
        return m.find() ? m.start() : -1;
    }

    @Test
    void given_the_user_docs_when_read_then_none_sends_the_reader_outside_the_repository() throws IOException {
        for (Path page : pages()) {
            if (page.getFileName().toString().startsWith("results-") || page.endsWith("architecture.md")) {
                continue; // the results pages and the design notes cite the shared peers and design texts they were made from
            }
            assertThat(Files.readString(page)).as(page.toString()).doesNotContain("../shared/");
        }
        assertThat(ROOT.resolve("docs/input-formats.md")).isRegularFile();
        assertThat(Files.readString(ROOT.resolve("docs/input-formats.md")))
                .contains("timestamp_str", "heating_energy_kwh", "weather.csv", "buildings.csv", "apartment_id,event_date,label,cause");
        assertThat(Files.readString(ROOT.resolve("docs/operations.md"))).contains("input-formats.md");
    }

    @Test
    void given_every_commands_help_when_read_then_it_never_says_the_seed() {
        List<CommandLine> all = new ArrayList<>();
        collect(IotadCli.commandLine(), all);
        for (CommandLine cl : all) {
            String help = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertThat(SEED.matcher(help).find()).as("%s --help: %s", cl.getCommandSpec().qualifiedName(), help).isFalse();
        }
    }

    private static void collect(CommandLine cl, List<CommandLine> out) {
        out.add(cl);
        cl.getSubcommands().values().stream().distinct().forEach(c -> collect(c, out));
    }
}
