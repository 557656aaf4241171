package io.iotad.cli;

import io.iotad.core.data.DataException;
import io.iotad.features.lake.ReadingsLake;
import io.iotad.pipeline.workflow.StoredFeatureSource;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code iotad score --lake DIR}: the processed zone as the scoring workflow's telemetry, read only as far
 * as the workflow asks (the scored days and the history its model needs), with the weather and
 * topology files of the data options.
 *
 * @param lake the processed zone
 * @param weather weather files or folders ({@code --weather})
 * @param buildings {@code buildings.csv} ({@code --buildings})
 */
record LakeSource(ReadingsLake lake, List<Path> weather, Path buildings) {
    /**
     * @param root the processed zone's folder
     * @param data the data options: {@code --weather} and {@code --buildings} are needed, {@code --data} and
     *     {@code --raw} are refused
     * @return the source's parts, checked
     * @throws IllegalArgumentException when the options are incomplete or mixed, or the folder does not exist
     */
    static LakeSource of(Path root, DataOptions data) {
        if (data.data != null || !data.raw.isEmpty()) {
            throw new IllegalArgumentException("give either --lake DIR (with --weather and --buildings) or --data/--raw, "
                    + "not both");
        }
        if (data.weather.isEmpty() || data.buildings == null) {
            throw new IllegalArgumentException("--lake " + root + " needs --weather PATH... and --buildings FILE as well");
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("--lake " + root + ": no such folder (write it with 'iotad ingest --lake')");
        }
        if (!Files.isRegularFile(data.buildings)) {
            throw new IllegalArgumentException("--buildings " + data.buildings + ": no such file");
        }
        return new LakeSource(new ReadingsLake(root), List.copyOf(data.weather), data.buildings);
    }

    /** The feature store's folder in the processed zone. */
    static final String FEATURE_STORE = "features";

    /**
     * @param loader reads and reports
     * @return the telemetry source over the lake, with its feature store ({@code LAKE/features}): a single day is
     *     computed from its readings and the stored rows of the days before it
     */
    TelemetrySource source(TelemetryLoader loader) {
        return new StoredFeatureSource(lake, lake.root().resolve(FEATURE_STORE), weather, buildings, loader);
    }

    /**
     * @return the last day partition of the lake, the default last scored day
     * @throws IOException when the lake cannot be listed
     * @throws DataException when the lake holds no day partition
     */
    LocalDate lastDay() throws IOException {
        List<LocalDate> days = lake.days();
        if (days.isEmpty()) {
            throw new DataException(lake.root().toString(), 0, "", "",
                    "a processed zone with at least one day partition (run 'iotad ingest --lake' first)");
        }
        return days.get(days.size() - 1);
    }
}
