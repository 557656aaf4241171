package io.iotad.cli;

import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelStatus;
import io.iotad.core.registry.ModelRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iotad registry}: the model registry's review commands (the seed's SageMaker Model Registry
 * console): list the versions, approve or reject one.
 */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "Lists, approves and rejects model versions in a local model registry.",
        subcommands = {RegistryCommand.ListVersions.class, RegistryCommand.Approve.class, RegistryCommand.Reject.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad usage, unknown group or version, or an illegal status change",
                "3:I/O or internal error"})
final class RegistryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list, approve or reject");
    }

    /** Metrics shown in the list, in the order of the columns P@K, R@K, PR-AUC, ROC-AUC. */
    private static final List<String> METRIC_ORDER = List.of("precision_at_k", "recall_at_k", "pr_auc", "roc_auc");

    /** {@code iotad registry list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Prints a table of model versions: group, version, status, created, strategy, key metrics, note.")
    static final class ListVersions implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--registry", paramLabel = "DIR|S3", required = true, description = "The model registry: a folder, "
                + "or s3://BUCKET/PREFIX with --registry-table.")
        String registry;

        @Option(names = "--registry-table", paramLabel = "TABLE", description = "The DynamoDB table of an s3:// registry "
                + "(default: $IOTAD_REGISTRY_TABLE).")
        String registryTable;

        @CommandLine.Mixin
        AwsOptions aws = new AwsOptions();

        @Option(names = "--group", paramLabel = "G", description = "Only this group (default: every group).")
        String group;

        @Override
        public Integer call() throws Exception {
            ModelRegistry reg = Stores.registry(registry, registryTable, aws, false);
            try {
                print(reg);
            } finally {
                Stores.close(reg);
            }
            return 0;
        }

        private void print(ModelRegistry reg) {
            List<String> groups = group == null ? reg.groups() : List.of(group);
            TextTable t = new TextTable("GROUP", "VERSION", "STATUS", "CREATED", "STRATEGY", "P@K", "R@K", "PR-AUC",
                    "ROC-AUC", "NOTE");
            for (String g : groups) {
                for (ModelPackage p : group == null ? reg.list(g) : RegistryOptions.versions(reg, registry, g)) {
                    Object strategy = p.metadata().getOrDefault("strategy", "");
                    Object m = p.metadata().get("metrics");
                    String[] cells = new String[10];
                    cells[0] = p.group();
                    cells[1] = Integer.toString(p.version());
                    cells[2] = p.status().display();
                    cells[3] = p.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
                    cells[4] = String.valueOf(strategy);
                    for (int i = 0; i < METRIC_ORDER.size(); i++) {
                        Object v = m instanceof Map<?, ?> mm ? mm.get(METRIC_ORDER.get(i)) : null;
                        cells[5 + i] = v instanceof Number n ? String.format(Locale.ROOT, "%.3f", n.doubleValue()) : "-";
                    }
                    cells[9] = p.statusNote();
                    t.row(cells);
                }
            }
            t.print(spec.commandLine().getOut());
        }
    }

    /** What approve and reject share: the registry, the version, the note, and the status change. */
    abstract static class Decision implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit "
                + "(--version here names a registry version; 'iotad --version' prints the library's).")
        boolean help;

        @Option(names = "--registry", paramLabel = "DIR|S3", required = true, description = "The model registry: a folder, "
                + "or s3://BUCKET/PREFIX with --registry-table.")
        String registry;

        @Option(names = "--registry-table", paramLabel = "TABLE", description = "The DynamoDB table of an s3:// registry "
                + "(default: $IOTAD_REGISTRY_TABLE).")
        String registryTable;

        @CommandLine.Mixin
        AwsOptions aws = new AwsOptions();

        @Option(names = "--group", paramLabel = "G", defaultValue = "global", description = "Registry group (default: ${DEFAULT-VALUE}).")
        String group;

        @Option(names = "--version", paramLabel = "V", required = true, description = "The version to decide on.")
        int version;

        @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "Why, recorded with the status.")
        String note;

        /** @return the status this command sets */
        abstract ModelStatus target();

        @Override
        public Integer call() throws Exception {
            ModelRegistry reg = Stores.registry(registry, registryTable, aws, false);
            ModelPackage current;
            ModelPackage updated;
            try {
                current = RegistryOptions.find(reg, registry, group, version);
                updated = reg.updateStatus(group, version, target(), note);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            } finally {
                Stores.close(reg);
            }
            spec.commandLine().getOut().printf("%s: %s -> %s%s%n", updated.id(), current.status().display(),
                    updated.status().display(), note.isEmpty() ? "" : " (" + note + ")");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code iotad registry approve}. */
    @Command(name = "approve",
            description = "Approves a PendingManualApproval version: 'iotad score' uses the latest Approved version of its group.")
    static final class Approve extends Decision {
        @Override
        ModelStatus target() {
            return ModelStatus.APPROVED;
        }
    }

    /** {@code iotad registry reject}. */
    @Command(name = "reject",
            description = "Rejects a PendingManualApproval or Approved version (Rejected is final).")
    static final class Reject extends Decision {
        @Override
        ModelStatus target() {
            return ModelStatus.REJECTED;
        }
    }
}
