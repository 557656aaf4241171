package io.iotad.cli;

import io.iotad.cli.csv.CsvTraining;
import io.iotad.cli.csv.JsonSummary;
import io.iotad.core.artifact.ModelManifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iotad train}: fits a detector strategy and writes a model artifact. The CSV mode
 * ({@code --train FILE.csv}) fits on a feature CSV and prints one JSON line.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Fits a detector strategy on a feature CSV and writes model.tar.gz.",
            "Prints one JSON line: strategy, model, rows, features, labelled_rows, fit_s, write_s, payload_sha256, content_hash."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad data in the CSV", "2:bad usage or option", "3:I/O or internal error"})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--strategy", paramLabel = "NAME", description = "Detector strategy, any case, e.g. isolation_forest.")
    String strategy;

    @Option(names = "--train", paramLabel = "FILE.csv", description = "Feature CSV to fit on (identity columns optional).")
    Path train;

    @Option(names = "--features", paramLabel = "NAME", split = ",",
            description = "Feature columns, in order (default: every numeric column but identity and label columns).")
    List<String> features = new ArrayList<>();

    @Option(names = "--label", paramLabel = "COL", description = "Column of verdicts: 1 fault, 0 no fault, empty unknown.")
    String label;

    @Option(names = "--set", paramLabel = "OPTION=VALUE",
            description = "A strategy option (repeatable), value in YAML, e.g. --set trees=200.")
    List<String> options = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the fit (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--model-out", paramLabel = "FILE", defaultValue = "model.tar.gz",
            description = "Where the artifact goes (default: ${DEFAULT-VALUE}).")
    Path modelOut;

    @Override
    public Integer call() throws Exception {
        if (train == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--train=FILE.csv'");
        }
        if (strategy == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--strategy=NAME'");
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        CsvTraining.Result r = CsvTraining.run(new CsvTraining.Request(strategy, train, features,
                Optional.ofNullable(label), options, seed, t, modelOut));
        ModelManifest m = r.manifest();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", "train");
        out.put("strategy", m.strategy());
        out.put("model", r.model().toString());
        out.put("rows", m.lineage().rows());
        out.put("features", m.features());
        out.put("labelled_rows", m.lineage().labelledRows());
        out.put("fit_s", JsonSummary.seconds(r.fitSeconds()));
        out.put("write_s", JsonSummary.seconds(r.writeSeconds()));
        out.put("payload_sha256", m.payloadSha256());
        out.put("content_hash", m.lineage().contentHash());
        spec.commandLine().getOut().println(JsonSummary.line(out));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
