package io.iotad.aws.s3;

import io.iotad.core.progress.ProgressListener;
import io.iotad.pipeline.workflow.PortfolioInputs;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A portfolio's raw telemetry, weather and topology in S3, in the layout the simulator writes and
 * {@code --data DIR} reads ({@code raw/**}, {@code weather.csv}, {@code buildings.csv}, optional
 * {@code apartments.csv} and {@code labels.csv} under one prefix).
 *
 * <p>The objects are copied into a local staging folder first and then read by the same validating
 * readers as local files (the byte-level JSON Lines parser reads files in parallel), so an S3 portfolio is
 * validated, quarantined and reported exactly like a local one; error messages name the staged file,
 * whose path below the staging folder is the object's key below the prefix.
 *
 * @param objects the S3 operations
 * @param location the portfolio's bucket and prefix
 */
public record S3Portfolio(S3Objects objects, S3Location location) {
    /** Validates the fields. */
    public S3Portfolio {
        Objects.requireNonNull(objects, "objects");
        Objects.requireNonNull(location, "location");
    }

    /**
     * Downloads the portfolio.
     *
     * @param stagingDir an empty or absent local folder (a folder holding files is refused: stale files would be read)
     * @param progress told after each object
     * @return the staged inputs
     * @throws NoSuchFileException when the prefix holds no objects or lacks {@code raw/}, {@code weather.csv}
     *     or {@code buildings.csv}, naming what is missing
     * @throws IOException when a download fails
     */
    public PortfolioInputs stage(Path stagingDir, ProgressListener progress) throws IOException {
        Files.createDirectories(stagingDir);
        try (java.util.stream.Stream<Path> present = Files.list(stagingDir)) {
            if (present.findAny().isPresent()) {
                throw new IllegalArgumentException("the staging folder " + stagingDir + " for " + location + " is not empty");
            }
        }
        int n = objects.downloadAll(location, stagingDir, progress);
        if (n == 0) {
            throw new NoSuchFileException(location.toString(), null, "no objects below this prefix");
        }
        PortfolioInputs inputs = PortfolioInputs.inDirectory(stagingDir);
        List<String> missing = inputs.missing();
        if (!missing.isEmpty()) {
            throw new NoSuchFileException(location.toString(), null, "the portfolio lacks "
                    + String.join(", ", missing).replace(stagingDir.toString(), location.toString())
                    + " (expected raw/, weather.csv, buildings.csv, optionally apartments.csv and labels.csv)");
        }
        return inputs;
    }

    /**
     * A telemetry source that stages the portfolio when a workflow's {@code ValidateSchema} step asks for it.
     *
     * @param stagingDir the local staging folder
     * @param loader the validating reader
     * @param progress told after each object
     * @return the source; it records the S3 location and the object count in the run report
     */
    public TelemetrySource source(Path stagingDir, TelemetryLoader loader, ProgressListener progress) {
        return facts -> {
            PortfolioInputs inputs = stage(stagingDir, progress);
            facts.put("s3_location", location.toString());
            return loader.load(inputs, facts);
        };
    }
}
