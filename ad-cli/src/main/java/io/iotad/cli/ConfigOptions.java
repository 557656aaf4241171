package io.iotad.cli;

import io.iotad.core.config.ConfigException;
import io.iotad.core.config.IotadConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --config FILE} and {@code --set section.key=value} options every workflow command
 * shares (a picocli mixin). Without {@code --config} the documented defaults apply.
 */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration with the sections feature_engineering, training, evaluation and inference "
                    + "(a commented sample: config/config.yaml; every key: docs/configuration.md). Default: the documented "
                    + "defaults.")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one configuration key, e.g. --set training.model_strategy=xgboost "
                    + "--set training.hyperparameters.trees=200 (repeatable; later wins).")
    List<String> overrides = new ArrayList<>();

    /**
     * @return the configuration: the file (or the defaults) with the overrides applied
     * @throws IOException when the file cannot be read
     * @throws io.iotad.core.config.ConfigException naming the key and line of a bad entry
     */
    public IotadConfig load() throws IOException {
        return load(List.of());
    }

    /**
     * @param commandDefaults overrides a command applies before the user's, for keys the
     *     configuration file does not set and no {@code --set} names (e.g. the demo's settings)
     * @return the configuration: the file (or the defaults), the command's defaults, then the overrides
     * @throws IOException when the file cannot be read
     */
    public IotadConfig load(List<String> commandDefaults) throws IOException {
        return load(config, overrides, commandDefaults);
    }

    /**
     * The loading rule of {@link #load(List)} for a command that declares {@code --config} and
     * {@code --set} itself (e.g. {@code iotad train}, whose CSV mode gives {@code --set} another meaning).
     *
     * @param config the YAML file, or null for the documented defaults
     * @param overrides {@code key=value} assignments, later wins
     * @param commandDefaults the command's own defaults for keys neither the file nor an override sets
     * @return the configuration
     * @throws IOException when the file cannot be read
     * @throws io.iotad.core.config.ConfigException naming the key of a bad entry, or the strategy or
     *     hyperparameter (with its line) that {@code training.model_strategy} refuses
     * @throws IllegalArgumentException when the file is missing, a folder or unreadable
     */
    static IotadConfig load(Path config, List<String> overrides, List<String> commandDefaults) throws IOException {
        IotadConfig base = config == null ? IotadConfig.defaults() : IotadConfig.load(checkedFile(config));
        List<String> all = new ArrayList<>();
        for (String d : commandDefaults) {
            String key = d.substring(0, d.indexOf('='));
            boolean userSet = base.lineOf(key).isPresent() || overrides.stream().anyMatch(o -> o.startsWith(key + "="));
            if (!userSet) {
                all.add(d);
            }
        }
        all.addAll(overrides);
        IotadConfig cfg = all.isEmpty() ? base : base.withOverrides(all);
        // the strategy and its hyperparameters are checked now, with their lines, not after the data is read
        try {
            cfg.detectorOptions();
        } catch (ConfigException e) {
            throw fromOverride(e, all);
        }
        return cfg;
    }

    /** A problem with a key the user gave with {@code --set}: named by that override, not by the file. */
    private static ConfigException fromOverride(ConfigException e, List<String> overrides) {
        if (e.line() > 0) {
            return e;
        }
        for (int i = overrides.size() - 1; i >= 0; i--) {
            String o = overrides.get(i);
            String key = o.substring(0, Math.max(0, o.indexOf('=')));
            if (!key.isEmpty() && (e.keyPath().equals(key) || e.keyPath().startsWith(key + ".")
                    || key.startsWith(e.keyPath() + "."))) {
                String problem = e.getMessage().substring(e.source().length() + 2);
                return new ConfigException("--set " + o, 0, e.keyPath(), problem);
            }
        }
        return e;
    }

    /** A {@code --config} that is missing or not a readable file is bad usage (exit 2), said in words. */
    private static Path checkedFile(Path config) {
        if (!Files.exists(config)) {
            throw new IllegalArgumentException("--config " + config + ": no such file");
        }
        if (!Files.isRegularFile(config)) {
            throw new IllegalArgumentException("--config " + config + ": not a regular file (a folder?); name a YAML file");
        }
        if (!Files.isReadable(config)) {
            throw new IllegalArgumentException("--config " + config + ": permission denied");
        }
        return config;
    }
}
