package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 13: {@code docs/operations.md} runs top to bottom, in page order, with the output it
 * shows. Every {@code console} block of the page is run, in one bash session in an empty folder, with
 * {@code bin/iotad} (the packaged jar) on the {@code PATH}; each {@code $ command} must print the
 * lines shown under it (standard output and error together, as a terminal shows them).
 *
 * <p>The rules the page follows: progress lines on standard error ({@code iotad train: ModelTraining
 * done in 0.2 s}) are not shown and are dropped before comparing; {@code ...} inside a line stands for
 * text that differs from run to run (times, durations, folders) or was shortened; a line that is only
 * {@code ...} stands for any number of lines; two or more spaces match two or more (table columns);
 * trailing spaces are ignored. {@code bash} blocks (building
 * the jar) are not run. When the page and the run disagree, the whole run is written to
 * {@code target/operations-doc-run.txt}, command by command, to update the page from.
 */
class OperationsDocIT {
    static final Path REPOSITORY = Path.of(System.getProperty("iotad.repository", ".."));
    static final Path PAGE = REPOSITORY.resolve("docs/operations.md");
    private static final String MARK = "@@iotad-doc-command@@";
    private static final Pattern PROGRESS = Pattern.compile(
            "iotad [a-z-]+( [a-z-]+)?: ([A-Za-z][\\w ./-]*( \\.\\.\\.| done in \\d+\\.\\d s| \\d+/\\d+ \\(\\d+%\\)| \\d+))");

    @TempDir
    Path dir;

    /**
     * One command of the page and what the page shows it printing.
     *
     * @param line the page line of the command
     * @param text the command, without the {@code $ } prompt
     * @param expected the lines shown after it
     */
    record Command(int line, String text, List<String> expected) {
    }

    /**
     * @param page the page's text
     * @return its commands in page order
     */
    static List<Command> commands(List<String> page) {
        List<Command> out = new ArrayList<>();
        boolean inConsole = false;
        int line = 0;
        String text = null;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            String l = page.get(i);
            if (!inConsole) {
                inConsole = l.strip().equals("```console");
                continue;
            }
            if (l.strip().equals("```") || l.startsWith("$ ")) {
                if (text != null) {
                    out.add(new Command(line, text, List.copyOf(expected)));
                }
                text = null;
                expected.clear();
                if (l.startsWith("$ ")) {
                    text = l.substring(2);
                    line = i + 1;
                } else {
                    inConsole = false;
                }
                continue;
            }
            expected.add(l);
        }
        return out;
    }

    @Test
    void given_the_operations_guide_when_its_commands_run_in_page_order_then_each_prints_what_the_page_shows()
            throws Exception {
        List<Command> commands = commands(Files.readAllLines(PAGE, StandardCharsets.UTF_8));
        assertThat(commands).as("commands of %s", PAGE).hasSizeGreaterThan(20);
        List<List<String>> actual = runAll(commands);

        StringBuilder mismatches = new StringBuilder();
        StringBuilder record = new StringBuilder();
        for (int i = 0; i < commands.size(); i++) {
            Command c = commands.get(i);
            List<String> got = withoutProgress(actual.get(i));
            record.append("$ ").append(c.text()).append('\n');
            got.forEach(l -> record.append(l).append('\n'));
            if (!matches(c.expected(), got)) {
                mismatches.append("\n--- ").append(PAGE.getFileName()).append(':').append(c.line()).append(" $ ")
                        .append(c.text()).append("\n    the page shows:\n");
                c.expected().forEach(l -> mismatches.append("      ").append(l).append('\n'));
                mismatches.append("    the run printed:\n");
                got.forEach(l -> mismatches.append("      ").append(l).append('\n'));
            }
        }
        Files.writeString(Path.of("target", "operations-doc-run.txt"), record, StandardCharsets.UTF_8);
        assertThat(mismatches.toString()).as("commands whose output differs from the page (whole run: "
                + "target/operations-doc-run.txt)").isEmpty();
    }

    /** Runs every command in one bash session and splits the output by command. */
    private List<List<String>> runAll(List<Command> commands) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder("set +e\n__rc=0\n");
        for (Command c : commands) {
            script.append("printf '%s\\n' '").append(MARK).append("'\n");
            // $? of the page's previous command, for a following 'echo $?'
            script.append("(exit $__rc); { ").append(c.text()).append("\n} 2>&1; __rc=$?\n");
        }
        Path file = Files.writeString(dir.resolve(".operations-doc.sh"), script);
        Path work = Files.createDirectories(dir.resolve("work"));
        ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).directory(work.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", REPOSITORY.resolve("bin").toAbsolutePath() + ":" + System.getenv("PATH"));
        pb.environment().put("IOTAD_JAR", Path.of(System.getProperty("iotad.jar", "target/iotad.jar")).toAbsolutePath().toString());
        pb.environment().put("COLUMNS", "200");
        pb.redirectOutput(dir.resolve("run.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(40, TimeUnit.MINUTES)).as("the guide ran to its end").isTrue();
        List<List<String>> out = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve("run.txt"), StandardCharsets.UTF_8)) {
            if (l.equals(MARK)) {
                out.add(new ArrayList<>());
            } else if (!out.isEmpty()) {
                out.get(out.size() - 1).add(l);
            }
        }
        assertThat(out).as("one output per command").hasSize(commands.size());
        return out;
    }

    static List<String> withoutProgress(List<String> lines) {
        return lines.stream().filter(l -> !PROGRESS.matcher(l).matches()).map(OperationsDocIT::stripEnd).toList();
    }

    /**
     * @param expected the page's lines ({@code ...} wildcards)
     * @param actual the printed lines
     * @return whether they match line for line
     */
    static boolean matches(List<String> expected, List<String> actual) {
        return matches(expected, 0, actual, 0);
    }

    private static boolean matches(List<String> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) {
            return a == actual.size();
        }
        String want = stripEnd(expected.get(e));
        if (want.strip().equals("...")) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(expected, e + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size() && lineMatches(want, actual.get(a)) && matches(expected, e + 1, actual, a + 1);
    }

    static boolean lineMatches(String expected, String actual) {
        String[] parts = expected.split("\\.\\.\\.", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            // a run of spaces matches any run: table columns are as wide as the widest cell of a run
            String[] words = parts[i].split(" {2,}", -1);
            for (int w = 0; w < words.length; w++) {
                if (w > 0) {
                    regex.append(" {2,}");
                }
                regex.append(Pattern.quote(words[w]));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(stripEnd(actual)).matches();
    }

    private static String stripEnd(String s) {
        return s.stripTrailing();
    }
}
