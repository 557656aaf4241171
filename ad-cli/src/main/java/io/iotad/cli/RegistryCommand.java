package io.iotad.cli;

import io.iotad.core.artifact.NativeLibraries;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.core.registry.ModelStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code iotad registry}: the model registry's review commands (the seed's SageMaker Model Registry
 * console): list the versions, approve or reject one.
 */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = {"Lists, shows, approves and rejects model versions in a local model registry.",
            "In these subcommands --version names a model version; 'iotad --version' prints the tool's version."},
        subcommands = {RegistryCommand.ListVersions.class, RegistryCommand.Show.class, RegistryCommand.Approve.class,
                RegistryCommand.Reject.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad usage, unknown group or version, or an illegal status change",
                "3:I/O or internal error"})
final class RegistryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list, show, approve or reject");
    }

    /** Metrics shown in the list, in the order of the columns P@K, R@K, PR-AUC, ROC-AUC. */
    private static final List<String> METRIC_ORDER = List.of("precision_at_k", "recall_at_k", "pr_auc", "roc_auc");

    /** What every registry subcommand shares: the registry it opens, and closing it after the subcommand's work. */
    abstract static class OnRegistry implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;

        @Option(names = "--registry", paramLabel = "DIR|S3", required = true, description = "The model registry: a folder, "
                + "or s3://BUCKET/PREFIX with --registry-table.")
        String registry;

        @Option(names = "--registry-table", paramLabel = "TABLE", description = "The DynamoDB table of an s3:// registry "
                + "(default: $" + Stores.REGISTRY_TABLE_VARIABLE + ").")
        String registryTable;

        @Mixin
        AwsOptions aws = new AwsOptions();

        /**
         * @param reg the opened registry, closed after this returns
         * @return the exit code
         * @throws Exception as the subcommand's work throws it
         */
        abstract int run(ModelRegistry reg) throws Exception;

        @Override
        public Integer call() throws Exception {
            ModelRegistry reg = Stores.registry(registry, registryTable, aws, false);
            try {
                return run(reg);
            } finally {
                Stores.close(reg);
            }
        }
    }

    /** {@code iotad registry list}. */
    @Command(name = "list",
            description = "Prints a table of model versions: group, version, status, created, strategy, key metrics, note.")
    static final class ListVersions extends OnRegistry {
        @Option(names = "--group", paramLabel = "G", description = "Only this group (default: every group).")
        String group;

        @Option(names = "--version", paramLabel = "V", description = "Only this model version (of --group, or of every "
                + "group); 'iotad registry show --version V' prints all of one version's details.")
        Integer version;

        @Override
        int run(ModelRegistry reg) {
            List<String> groups = group == null ? reg.groups() : List.of(group);
            TextTable t = new TextTable("GROUP", "VERSION", "STATUS", "CREATED", "STRATEGY", "P@K", "R@K", "PR-AUC",
                    "ROC-AUC", "NOTE");
            List<ModelPackage> shown = new java.util.ArrayList<>();
            for (String g : groups) {
                List<ModelPackage> all = group == null ? reg.list(g) : RegistryOptions.versions(reg, registry, g);
                shown.addAll(version == null ? all : all.stream().filter(p -> p.version() == version).toList());
            }
            if (version != null && shown.isEmpty()) {
                throw new java.util.NoSuchElementException("no version " + version + (group == null ? " in any group" : " in group '"
                        + group + "'") + " of " + registry + "; versions: " + groups.stream().map(g -> g + " "
                        + reg.list(g).stream().map(ModelPackage::version).toList()).toList());
            }
            {
                for (ModelPackage p : shown) {
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
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code iotad registry show}. */
    @Command(name = "show", sortOptions = false,
            description = {"Prints one model version's details: status and its note, creation time, artifact, strategy, "
                + "metrics and the rest of its metadata (lineage, options, code version).",
                "The last line printed is one JSON object."})
    static final class Show extends OnRegistry {
        @Option(names = "--group", paramLabel = "G", defaultValue = "global", description = "Registry group (default: ${DEFAULT-VALUE}).")
        String group;

        @Option(names = "--version", paramLabel = "V", description = "The model version (default: the latest Approved).")
        Integer version;

        @Override
        int run(ModelRegistry reg) throws Exception {
            ModelPackage p = RegistryOptions.find(reg, registry, group, version);
            String manifest = storedManifest(reg, p);
            var w = spec.commandLine().getOut();
            w.printf("%s  %s%s%n", p.id(), p.status().display(), p.statusNote().isEmpty() ? "" : " (" + p.statusNote() + ")");
            w.printf("created   %s%n", p.createdAt());
            w.printf("artifact  %s%n", p.artifactUri());
            w.printf("strategy  %s%n", p.metadata().getOrDefault("strategy", "-"));
            // the registry's maps keep no order: print them sorted, so the same version always prints the same
            Map<String, Object> metadata = sorted(p.metadata());
            if (metadata.get("metrics") instanceof Map<?, ?> metrics) {
                metrics.forEach((k, v) -> w.printf("  %-22s %s%n", k, v instanceof Number n
                        ? String.format(Locale.ROOT, "%.4f", n.doubleValue()) : v));
            }
            for (Map.Entry<String, Object> e : metadata.entrySet()) {
                if (!e.getKey().equals("metrics") && !e.getKey().equals("strategy")) {
                    w.printf("%-9s %s%n", e.getKey(), io.iotad.cli.csv.JsonSummary.line(Map.of("v", e.getValue()))
                            .replaceFirst("^\\{\"v\":", "").replaceFirst("}$", ""));
                }
            }
            Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("command", "registry show");
            json.put("model", p.id());
            json.put("status", p.status().display());
            json.put("note", p.statusNote());
            json.put("created", p.createdAt().toString());
            json.put("artifact", p.artifactUri());
            json.put("metadata", metadata);
            if (manifest.startsWith("{")) {
                com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest);
                List<String> natives = new java.util.ArrayList<>();
                tree.path("provenance").path("environment").properties().forEach(e -> {
                    if (e.getKey().startsWith(NativeLibraries.KEY_PREFIX)) {
                        natives.add(e.getKey().substring(NativeLibraries.KEY_PREFIX.length()) + "=" + e.getValue().asText());
                    }
                });
                w.printf("native    %s%n", natives.isEmpty() ? "- (not recorded)" : String.join(", ", natives));
                w.printf("manifest (the artifact's manifest.json: the typed record of lineage and provenance)%n%s%n", manifest);
                json.put("manifest", new com.fasterxml.jackson.databind.ObjectMapper().readValue(manifest, Map.class));
            } else {
                w.printf("manifest  %s%n", manifest);
            }
            w.println(io.iotad.cli.csv.JsonSummary.line(json));
            w.flush();
            return 0;
        }
    }

    /**
     * @param reg the registry holding the version
     * @param p the version
     * @return the artifact's {@code manifest.json} text, or (not starting with a brace) why it cannot be read
     */
    private static String storedManifest(ModelRegistry reg, ModelPackage p) {
        try {
            return io.iotad.core.artifact.ModelArtifact.readManifest(reg.artifactPath(p)).toJson();
        } catch (java.io.IOException | RuntimeException e) {
            return "not readable: " + e.getMessage();
        }
    }

    /** @return the map with its keys, and those of every map inside it, in sorted order */
    @SuppressWarnings("unchecked")
    static Map<String, Object> sorted(Map<String, ?> map) {
        Map<String, Object> out = new java.util.TreeMap<>();
        map.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? sorted((Map<String, ?>) m) : v));
        return out;
    }

    /** What approve and reject share: the version, the note, and the status change. */
    abstract static class Decision extends OnRegistry {
        @Option(names = "--group", paramLabel = "G", defaultValue = "global", description = "Registry group (default: ${DEFAULT-VALUE}).")
        String group;

        @Option(names = "--version", paramLabel = "V", required = true, description = "The version to decide on.")
        int version;

        @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "Why, recorded with the status.")
        String note;

        /** @return the status this command sets */
        abstract ModelStatus target();

        @Override
        int run(ModelRegistry reg) throws java.io.IOException {
            ModelPackage current = RegistryOptions.find(reg, registry, group, version);
            ModelPackage updated;
            try {
                updated = reg.updateStatus(group, version, target(), note);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
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
