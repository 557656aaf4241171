package io.iotad.aws.sagemaker;

import io.iotad.pipeline.workflow.PortfolioInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a training job's data arrives ({@code input/data/<channel>/}), in one of two layouts:
 *
 * <ul>
 *   <li>one channel {@value #TRAINING} holding a portfolio as {@code --data DIR} reads it ({@code raw/},
 *       {@code weather.csv}, {@code buildings.csv}, optionally {@code apartments.csv} and {@code labels.csv});</li>
 *   <li>or separate channels: {@value #RAW} (meter JSON Lines), {@value #WEATHER} (weather CSV or forecast JSON),
 *       {@value #TOPOLOGY} ({@code buildings.csv}, optionally {@code apartments.csv}) and optionally
 *       {@value #LABELS} ({@code labels.csv}).</li>
 * </ul>
 *
 * Either layout may add a channel {@value #CONFIG} holding one YAML configuration file.
 *
 * @param inputs the portfolio's files
 * @param config the configuration file, if a config channel was given
 */
public record TrainingChannels(PortfolioInputs inputs, Optional<Path> config) {
    /** The portfolio channel. */
    public static final String TRAINING = "training";
    /** Raw meter JSON Lines. */
    public static final String RAW = "raw";
    /** Weather. */
    public static final String WEATHER = "weather";
    /** Topology: buildings.csv and apartments.csv. */
    public static final String TOPOLOGY = "topology";
    /** Verdicts: labels.csv. */
    public static final String LABELS = "labels";
    /** One YAML configuration file. */
    public static final String CONFIG = "config";

    /**
     * @param layout the job's layout
     * @return the channels found
     * @throws IllegalArgumentException naming the channels and files that are missing, or a mix of both layouts
     * @throws IOException when a channel folder cannot be listed
     */
    public static TrainingChannels of(SageMakerLayout layout) throws IOException {
        Path training = layout.channel(TRAINING);
        boolean separate = Stream.of(RAW, WEATHER, TOPOLOGY, LABELS).anyMatch(c -> Files.isDirectory(layout.channel(c)));
        PortfolioInputs inputs;
        if (Files.isDirectory(training)) {
            if (separate) {
                throw new IllegalArgumentException("give either the channel '" + TRAINING + "' or the channels '" + RAW + "', '"
                        + WEATHER + "', '" + TOPOLOGY + "' (and '" + LABELS + "'), not both; found both under "
                        + layout.root().resolve("input/data"));
            }
            inputs = PortfolioInputs.inDirectory(training);
        } else if (separate) {
            Path topology = layout.channel(TOPOLOGY);
            Path labels = layout.channel(LABELS).resolve("labels.csv");
            Path apartments = topology.resolve("apartments.csv");
            inputs = new PortfolioInputs(List.of(layout.channel(RAW)), List.of(layout.channel(WEATHER)),
                    topology.resolve("buildings.csv"), Files.isRegularFile(apartments) ? apartments : null,
                    Files.isDirectory(layout.channel(LABELS)) ? labels : null);
        } else {
            throw new IllegalArgumentException("no training data in " + layout.root().resolve("input/data") + ": expected the "
                    + "channel '" + TRAINING + "' (a portfolio folder) or the channels '" + RAW + "', '" + WEATHER + "' and '"
                    + TOPOLOGY + "'");
        }
        List<String> missing = inputs.missing();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the training channels under " + layout.root().resolve("input/data") + " lack "
                    + String.join(", ", missing));
        }
        return new TrainingChannels(inputs, configFile(layout.channel(CONFIG)));
    }

    private static Optional<Path> configFile(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<Path> yaml;
        try (Stream<Path> files = Files.list(dir)) {
            yaml = files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        }
        if (yaml.size() != 1) {
            throw new IllegalArgumentException("the channel '" + CONFIG + "' must hold exactly one .yaml file, found " + yaml
                    + " in " + dir);
        }
        return Optional.of(yaml.get(0));
    }
}
