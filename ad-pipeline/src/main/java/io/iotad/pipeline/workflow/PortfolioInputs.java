package io.iotad.pipeline.workflow;

import io.iotad.core.score.Labels;
import io.iotad.pipeline.labels.LabelsCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a portfolio's telemetry lives on disk (DATA-CONTRACT §1): raw meter JSON Lines, weather,
 * topology and, optionally, labels.
 *
 * @param raw raw JSON Lines files or directories ({@code .jsonl}, {@code .jsonl.gz}), at least one
 * @param weather weather files or directories (processed CSV or raw forecast JSON), at least one
 * @param buildings {@code buildings.csv}
 * @param apartments {@code apartments.csv}, or null when not available
 * @param labels {@code labels.csv} (ground truth or exported feedback), or null
 */
public record PortfolioInputs(List<Path> raw, List<Path> weather, Path buildings, Path apartments, Path labels) {
    /** Validates and copies the fields. */
    public PortfolioInputs {
        raw = List.copyOf(raw);
        weather = List.copyOf(weather);
        Objects.requireNonNull(buildings, "buildings");
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("at least one raw meter file or directory is needed");
        }
        if (weather.isEmpty()) {
            throw new IllegalArgumentException("at least one weather file or directory is needed");
        }
    }

    /**
     * The layout the simulator writes: {@code raw/}, {@code weather.csv}, {@code buildings.csv},
     * {@code apartments.csv}, {@code labels.csv} under one directory.
     *
     * @param dir the directory
     * @return the inputs found there (apartments and labels only when present)
     */
    public static PortfolioInputs inDirectory(Path dir) {
        Path apartments = dir.resolve("apartments.csv");
        Path labels = dir.resolve("labels.csv");
        return new PortfolioInputs(List.of(dir.resolve("raw")), List.of(dir.resolve("weather.csv")),
                dir.resolve("buildings.csv"), Files.exists(apartments) ? apartments : null,
                Files.exists(labels) ? labels : null);
    }

    /** @return the labels file, when one was given */
    public Optional<Path> labelsFile() {
        return Optional.ofNullable(labels);
    }

    /**
     * @return the verdicts of the labels file, empty when none was given
     * @throws IOException when the file cannot be read
     * @throws io.iotad.core.data.DataException naming the line and field of a bad row
     */
    public Labels readLabels() throws IOException {
        return labels == null ? Labels.empty() : LabelsCsv.read(labels);
    }

    /**
     * @return every input that does not exist, named, so a run can refuse to start with one message
     */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        raw.stream().filter(p -> !Files.exists(p)).forEach(p -> out.add("raw input " + p));
        weather.stream().filter(p -> !Files.exists(p)).forEach(p -> out.add("weather input " + p));
        if (!Files.isRegularFile(buildings)) {
            out.add("buildings file " + buildings);
        }
        if (apartments != null && !Files.isRegularFile(apartments)) {
            out.add("apartments file " + apartments);
        }
        if (labels != null && !Files.isRegularFile(labels)) {
            out.add("labels file " + labels);
        }
        return out;
    }
}
