package io.iotad.cli;

import io.iotad.aws.s3.S3Location;
import io.iotad.aws.s3.S3Objects;
import io.iotad.aws.s3.S3Portfolio;
import io.iotad.core.progress.ProgressListener;
import io.iotad.pipeline.workflow.PortfolioInputs;
import java.io.IOException;
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
                    + "apartments.csv (optional), labels.csv (optional); train and score also read s3://BUCKET/PREFIX.")
    String data;

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

    /**
     * The inputs, with an {@code s3://} portfolio downloaded first into {@code <out>/s3-input/} (and read from there
     * by the same validating readers as a local folder); that folder is emptied first, so no object deleted from S3
     * since an earlier run is read.
     *
     * @param aws where AWS requests go
     * @param out the command's output folder
     * @param progress told after each object downloaded
     * @return the inputs
     * @throws IOException when the download fails
     */
    PortfolioInputs inputs(AwsOptions aws, Path out, ProgressListener progress) throws IOException {
        if (data == null || !S3Location.isS3(data)) {
            return inputs();
        }
        if (!raw.isEmpty() || !weather.isEmpty() || buildings != null) {
            throw new IllegalArgumentException("give either --data s3://BUCKET/PREFIX or --raw/--weather/--buildings, not both");
        }
        Path staging = out.resolve("s3-input");
        if (java.nio.file.Files.exists(staging)) {
            try (java.util.stream.Stream<Path> old = java.nio.file.Files.walk(staging)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
        }
        PortfolioInputs in;
        try (var s3 = aws.clients().s3()) {
            in = new S3Portfolio(new S3Objects(s3), S3Location.parse(data)).stage(staging, progress);
        }
        return new PortfolioInputs(in.raw(), in.weather(), in.buildings(), apartments != null ? apartments : in.apartments(),
                labels != null ? labels : in.labels());
    }

    /** @return whether any data option was given (the workflow mode of train and score) */
    boolean given() {
        return data != null || !raw.isEmpty() || !weather.isEmpty() || buildings != null;
    }

    /**
     * @return the inputs the options name
     * @throws IllegalArgumentException when the options are incomplete, mixed, or name files that do not exist
     */
    PortfolioInputs inputs() {
        if (data != null && S3Location.isS3(data)) {
            throw new IllegalArgumentException("--data " + data + ": this command reads local files; train and score read "
                    + "s3:// portfolios");
        }
        PortfolioInputs in;
        if (data != null) {
            if (!raw.isEmpty() || !weather.isEmpty() || buildings != null) {
                throw new IllegalArgumentException("give either --data DIR or --raw/--weather/--buildings, not both");
            }
            in = PortfolioInputs.inDirectory(Path.of(data));
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
