package io.iotad.cli;

import io.iotad.pipeline.workflow.PortfolioInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where a portfolio's telemetry lives (DATA-CONTRACT §1), shared by the workflow commands as a
 * picocli mixin: either {@code --data DIR} in the simulator's layout, or the files one by one.
 * {@code --labels} replaces the folder's {@code labels.csv}, e.g. with the technicians' feedback.
 */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Portfolio folder in the simulator's layout: raw/, weather.csv, buildings.csv, "
                    + "apartments.csv (optional), labels.csv (optional).")
    Path data;

    @Option(names = "--raw", paramLabel = "PATH", arity = "1..*",
            description = "Raw meter JSON Lines files or folders (.jsonl, .jsonl.gz); instead of --data.")
    List<Path> raw = new ArrayList<>();

    @Option(names = "--weather", paramLabel = "PATH", arity = "1..*",
            description = "Weather files or folders (processed CSV or raw forecast JSON); instead of --data.")
    List<Path> weather = new ArrayList<>();

    @Option(names = "--buildings", paramLabel = "FILE", description = "buildings.csv; instead of --data.")
    Path buildings;

    @Option(names = "--apartments", paramLabel = "FILE", description = "apartments.csv (optional).")
    Path apartments;

    @Option(names = "--labels", paramLabel = "FILE",
            description = "labels.csv (docs/input-formats.md): ground truth or the verdicts 'iotad feedback' appended; "
                    + "replaces the labels.csv of --data.")
    Path labels;

    /** @return whether any data option was given (the workflow mode of train and score) */
    boolean given() {
        return data != null || !raw.isEmpty() || !weather.isEmpty() || buildings != null;
    }

    /**
     * @return the inputs the options name
     * @throws IllegalArgumentException when the options are incomplete, mixed, or name files that do not exist
     */
    PortfolioInputs inputs() {
        PortfolioInputs in;
        if (data != null) {
            if (!raw.isEmpty() || !weather.isEmpty() || buildings != null) {
                throw new IllegalArgumentException("give either --data DIR or --raw/--weather/--buildings, not both");
            }
            in = PortfolioInputs.inDirectory(data);
            Path apt = apartments != null ? apartments : in.apartments();
            Path lab = labels != null ? labels : in.labels();
            in = new PortfolioInputs(in.raw(), in.weather(), in.buildings(), apt, lab);
        } else {
            if (raw.isEmpty() || weather.isEmpty() || buildings == null) {
                throw new IllegalArgumentException("the data is missing: give --data DIR, or --raw PATH... --weather PATH... "
                        + "--buildings FILE");
            }
            in = new PortfolioInputs(raw, weather, buildings, apartments, labels);
        }
        List<String> missing = in.missing();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing input files: " + String.join(", ", missing));
        }
        return in;
    }
}
