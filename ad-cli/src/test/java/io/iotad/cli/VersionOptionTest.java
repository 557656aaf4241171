package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.IotadVersion;
import io.iotad.pipeline.registry.FileModelRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 9 item 11: {@code --version} on a subcommand means a model version where it exists and is an
 * unknown option elsewhere; only {@code iotad --version} prints the tool's version.
 */
class VersionOptionTest {
    @TempDir
    Path dir;
    private Path registry;

    @BeforeEach
    void twoVersions() throws Exception {
        registry = dir.resolve("registry");
        FileModelRegistry r = new FileModelRegistry(registry, Clock.systemUTC());
        Path artifact = Files.writeString(dir.resolve("model.tar.gz"), "bytes");
        r.register("global", artifact, Map.of("strategy", "isolation_forest", "metrics", Map.of("pr_auc", 0.25)));
        r.register("global", artifact, Map.of("strategy", "xgboost"));
    }

    @Test
    void given_registry_list_with_a_version_when_run_then_it_lists_that_version_instead_of_printing_nothing() {
        CliRun r = CliRun.of("registry", "list", "--registry", registry.toString(), "--version", "1");
        assertThat(r.exit()).as(r.both()).isZero();
        assertThat(r.out()).contains("global", "isolation_forest").doesNotContain("xgboost");
        CliRun none = CliRun.of("registry", "list", "--registry", registry.toString(), "--version", "9");
        none.assertUsageError("no version 9");
    }

    @Test
    void given_registry_show_with_a_version_when_run_then_it_prints_that_versions_details() throws Exception {
        CliRun r = CliRun.of("registry", "show", "--registry", registry.toString(), "--version", "1");
        assertThat(r.exit()).as(r.both()).isZero();
        assertThat(r.out()).contains("global/1", "PendingManualApproval", "isolation_forest", "pr_auc", "model.tar.gz");
        assertThat(r.json().get("model").asText()).isEqualTo("global/1");
        assertThat(r.json().at("/metadata/metrics/pr_auc").asDouble()).isEqualTo(0.25);
        assertThat(r.out()).as("the fake artifact has no manifest").contains("manifest  not readable");
        CliRun missing = CliRun.of("registry", "show", "--registry", registry.toString(), "--version", "7");
        missing.assertUsageError("no version 7 in group 'global'; versions: [1, 2]");
    }

    @Test
    void given_any_subcommand_when_version_is_asked_then_it_never_silently_prints_nothing() {
        List<CommandLine> all = new ArrayList<>();
        collect(IotadCli.commandLine(), all);
        for (CommandLine cl : all.subList(1, all.size())) {
            assertThat(cl.getCommandSpec().options()).as(cl.getCommandSpec().qualifiedName())
                    .noneMatch(o -> o.versionHelp());
        }
        CliRun train = CliRun.of("train", "--version");
        train.assertUsageError("--version");
        CliRun top = CliRun.of("--version");
        assertThat(top.exit()).isZero();
        assertThat(top.out().strip()).isEqualTo("iotad " + IotadVersion.version());
    }

    private static void collect(CommandLine cl, List<CommandLine> out) {
        out.add(cl);
        cl.getSubcommands().values().stream().distinct().filter(c -> !(c.getCommandSpec().userObject()
                instanceof CommandLine.HelpCommand)).forEach(c -> collect(c, out));
    }
}
