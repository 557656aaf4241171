package io.iotad.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.iotad.core.detect.DetectorOptions;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.DetectorStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The whole configuration in the seed's shape: {@code feature_engineering}, {@code training},
 * {@code evaluation} and {@code inference}, plus {@code monitoring} (drift limits, retraining triggers). Immutable; every key not given takes its documented
 * default (see {@link ConfigSchema} and {@code docs/configuration.md}).
 *
 * <p>Loading is strict: an unknown key (with a "did you mean" when one is close), a value of the
 * wrong type or out of range, a duplicate key or malformed YAML is a {@link ConfigException} that
 * names the file, the line, the dotted key path, the value and what was expected. Run-time
 * overrides ({@code --set section.key=value}) are checked the same way.
 *
 * <p>Equality compares the four sections only, not where they were read from.
 */
public final class IotadConfig {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    private final FeatureEngineeringConfig featureEngineering;
    private final TrainingConfig training;
    private final EvaluationConfig evaluation;
    private final InferenceConfig inference;
    private final MonitoringConfig monitoring;
    private final ThresholdFromLabelsConfig thresholdFromLabels;
    private final String source;
    private final Map<String, Integer> lines;

    /**
     * Builds a configuration in code.
     *
     * @param featureEngineering the {@code feature_engineering} section
     * @param training the {@code training} section
     * @param evaluation the {@code evaluation} section
     * @param inference the {@code inference} section
     */
    public IotadConfig(FeatureEngineeringConfig featureEngineering, TrainingConfig training,
                       EvaluationConfig evaluation, InferenceConfig inference) {
        this(featureEngineering, training, evaluation, inference, defaults().monitoring, defaults().thresholdFromLabels,
                "(code)", Map.of());
    }

    /**
     * Builds a configuration in code, with the monitoring section and the threshold-from-labels keys.
     *
     * @param featureEngineering the {@code feature_engineering} section
     * @param training the {@code training} section
     * @param evaluation the {@code evaluation} section
     * @param inference the {@code inference} section
     * @param monitoring the {@code monitoring} section
     * @param thresholdFromLabels the {@code training.threshold_from_labels}, {@code visits_per_day} and
     *     {@code min_labelled_days} keys
     */
    public IotadConfig(FeatureEngineeringConfig featureEngineering, TrainingConfig training,
                       EvaluationConfig evaluation, InferenceConfig inference, MonitoringConfig monitoring,
                       ThresholdFromLabelsConfig thresholdFromLabels) {
        this(featureEngineering, training, evaluation, inference, monitoring, thresholdFromLabels, "(code)", Map.of());
    }

    private IotadConfig(FeatureEngineeringConfig featureEngineering, TrainingConfig training,
                        EvaluationConfig evaluation, InferenceConfig inference, MonitoringConfig monitoring,
                        ThresholdFromLabelsConfig thresholdFromLabels, String source, Map<String, Integer> lines) {
        this.featureEngineering = Objects.requireNonNull(featureEngineering, "featureEngineering");
        this.training = Objects.requireNonNull(training, "training");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.inference = Objects.requireNonNull(inference, "inference");
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring");
        this.thresholdFromLabels = Objects.requireNonNull(thresholdFromLabels, "thresholdFromLabels");
        this.source = source;
        this.lines = Collections.unmodifiableMap(new HashMap<>(lines));
    }

    /** @return the configuration with every key at its default */
    public static IotadConfig defaults() {
        return fromValues(ConfigBinder.defaults(), "(defaults)", Map.of());
    }

    /**
     * Largest configuration file read, in bytes (1 MiB). A configuration is a few kilobytes; the
     * bound keeps a wrong or hostile file from costing seconds of parsing before it is refused.
     */
    public static final long MAX_FILE_BYTES = 1L << 20;

    /**
     * Reads a YAML file (UTF-8).
     *
     * @param file the file, at most {@link #MAX_FILE_BYTES}
     * @return the configuration
     * @throws IOException when the file cannot be read
     * @throws ConfigException naming the file, line, key and value of the first problem; also for a
     *     file above {@link #MAX_FILE_BYTES} (refused before it is read) and for bytes that are not
     *     UTF-8 (naming the line, column and byte)
     */
    public static IotadConfig load(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new ConfigException(file.toString(), 0, "", String.format(java.util.Locale.ROOT,
                    "the file has %,d bytes; a configuration is at most %,d bytes (1 MiB) - is it the right file?",
                    size, MAX_FILE_BYTES));
        }
        return parse(utf8(Files.readAllBytes(file), file.toString()), file.toString());
    }

    /** Decodes UTF-8 strictly, naming the first byte that is not (Java's own message is "Input length = 1"). */
    private static String utf8(byte[] bytes, String source) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new ConfigException(source, line, "", String.format(java.util.Locale.ROOT, "the file is not UTF-8 "
                    + "text: byte %d of this line is 0x%02X, which is not valid UTF-8 there; save the file as UTF-8 "
                    + "(e.g. iconv -f latin1 -t utf-8)", at - lineStart + 1, bytes[at] & 0xff));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Parses YAML text. An empty document gives the defaults.
     *
     * @param yaml the YAML text
     * @param sourceName the file name or other origin, used in error messages
     * @return the configuration
     * @throws ConfigException naming the source, line, key and value of the first problem
     */
    public static IotadConfig parse(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        Map<String, Object> values = ConfigBinder.defaults();
        Map<String, Integer> lines = new HashMap<>();
        ConfigBinder.bind(YamlTree.parse(yaml, sourceName, ""), sourceName, values, lines);
        return fromValues(values, sourceName, lines);
    }

    /**
     * Applies run-time overrides, in order (a later one wins).
     *
     * @param assignments {@code section.key=value} texts; a key inside {@code training.hyperparameters}
     *     is set with {@code training.hyperparameters.NAME=value}
     * @return the configuration with the overrides applied
     * @throws ConfigException naming the override, the key and the value of the first bad one
     */
    public IotadConfig withOverrides(List<String> assignments) {
        Map<String, Object> values = toFlatMap();
        Map<String, Integer> newLines = new HashMap<>(lines);
        for (String a : assignments) {
            ConfigOverride o = ConfigOverride.parse(a);
            ConfigBinder.apply(o, values);
            newLines.keySet().removeIf(p -> p.equals(o.path()) || p.startsWith(o.path() + "."));
        }
        return fromValues(values, source, newLines);
    }

    private static IotadConfig fromValues(Map<String, Object> v, String source, Map<String, Integer> lines) {
        try {
            MonitoringConfig.fromValues(v);
        } catch (IllegalArgumentException e) {
            // the one cross-key rule: a stop limit at or above its warning limit
            String key = String.valueOf(e.getMessage()).split(" ", 2)[0];
            throw new ConfigException(source, lines.getOrDefault(key, 0), key, e.getMessage());
        }
        try {
            return new IotadConfig(FeatureEngineeringConfig.fromValues(v), TrainingConfig.fromValues(v),
                    EvaluationConfig.fromValues(v), InferenceConfig.fromValues(v), MonitoringConfig.fromValues(v),
                    ThresholdFromLabelsConfig.fromValues(v), source, lines);
        } catch (IllegalArgumentException e) {
            // the binder checked every value already; a failure here is a bug, not bad input
            throw new IllegalStateException("configuration values passed the schema but not a section: " + e.getMessage(), e);
        }
    }

    /** @return the {@code feature_engineering} section */
    public FeatureEngineeringConfig featureEngineering() {
        return featureEngineering;
    }

    /** @return the {@code training} section */
    public TrainingConfig training() {
        return training;
    }

    /** @return the {@code evaluation} section */
    public EvaluationConfig evaluation() {
        return evaluation;
    }

    /** @return the {@code inference} section */
    public InferenceConfig inference() {
        return inference;
    }

    /** @return the {@code monitoring} section: drift limits and retraining triggers */
    public MonitoringConfig monitoring() {
        return monitoring;
    }

    /** @return the training keys that choose the alert threshold from labels */
    public ThresholdFromLabelsConfig thresholdFromLabels() {
        return thresholdFromLabels;
    }

    /** @return the file (or other origin) the configuration was read from */
    public String source() {
        return source;
    }

    /**
     * @param path a dotted key path, e.g. {@code training.hyperparameters.lof_neighbors}
     * @return the line the key was given on in {@link #source()}; empty for defaults and overrides
     */
    public OptionalInt lineOf(String path) {
        Integer l = lines.get(path);
        return l == null ? OptionalInt.empty() : OptionalInt.of(l);
    }

    /**
     * Finds {@code training.model_strategy} and checks {@code training.hyperparameters} with its
     * {@link DetectorStrategy#parseOptions(Map)}.
     *
     * @return the strategy's validated options
     * @throws ConfigException naming the source and line when the strategy is unknown or an option is bad
     */
    public DetectorOptions detectorOptions() {
        String strategyPath = TrainingConfig.SECTION + "model_strategy";
        DetectorStrategy<?> strategy;
        try {
            strategy = DetectorStrategies.byName(training.modelStrategy());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source, lineOf(strategyPath).orElse(0), strategyPath, e.getMessage());
        }
        String optionsPath = TrainingConfig.SECTION + "hyperparameters";
        try {
            return strategy.parseOptions(training.hyperparameters());
        } catch (IllegalArgumentException e) {
            String path = optionsPath;
            for (String option : training.hyperparameters().keySet()) {
                if (String.valueOf(e.getMessage()).contains(option) && lines.containsKey(optionsPath + "." + option)) {
                    path = optionsPath + "." + option;
                    break;
                }
            }
            throw new ConfigException(source, lineOf(path).orElse(0), path,
                    optionsPath + " of strategy " + strategy.name() + ": " + e.getMessage());
        }
    }

    /** @return every key's value by dotted path, in documentation order; null for an unset optional key */
    public Map<String, Object> toFlatMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        featureEngineering.putValues(out);
        training.putValues(out);
        thresholdFromLabels.putValues(out);
        evaluation.putValues(out);
        inference.putValues(out);
        monitoring.putValues(out);
        return out;
    }

    /** @return the configuration as nested maps in the YAML shape, unset optional keys left out */
    public Map<String, Object> toMap() {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : toFlatMap().entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            String[] parts = e.getKey().split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
                node = child;
            }
            node.put(parts[parts.length - 1], e.getValue());
        }
        return root;
    }

    /** @return the whole effective configuration as YAML, which {@link #parse} reads back to an equal configuration */
    public String toYaml() {
        try {
            return YAML.writeValueAsString(toMap());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IotadConfig c && c.featureEngineering.equals(featureEngineering)
                && c.training.equals(training) && c.evaluation.equals(evaluation) && c.inference.equals(inference)
                && c.monitoring.equals(monitoring) && c.thresholdFromLabels.equals(thresholdFromLabels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(featureEngineering, training, evaluation, inference, monitoring, thresholdFromLabels);
    }

    @Override
    public String toString() {
        return "IotadConfig[" + source + "]";
    }
}
