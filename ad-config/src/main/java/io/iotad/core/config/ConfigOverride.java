package io.iotad.core.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One run-time override, {@code key=value}: a dotted key path and a value written as a YAML scalar
 * or flow collection ({@code 7}, {@code 0.2}, {@code "auto"}, {@code [hdd, avg_outdoor_temp_c]},
 * {@code {lof_neighbors: 20}}). An empty value is null, which unsets an optional key. Used for
 * {@code --set section.key=value} on the configuration and {@code --set option=value} on strategy
 * options.
 *
 * @param path the dotted key path, e.g. {@code training.seed}
 * @param value the parsed value: String, Integer, Long, Double, Boolean, List, Map or null
 * @param text the assignment as given, for error messages
 */
public record ConfigOverride(String path, Object value, String text) {
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    /** Validates the path. */
    public ConfigOverride {
        Objects.requireNonNull(text, "text");
        if (path == null || !PATH.matcher(path).matches()) {
            throw new ConfigException("--set " + text, 0, String.valueOf(path), "the key '" + path
                    + "' is not a dotted path of names (letters, digits, '_' or '-'), e.g. training.seed");
        }
    }

    /**
     * Parses {@code key=value}.
     *
     * @param assignment the text, e.g. {@code feature_engineering.lookback_days=14}
     * @return the override
     * @throws ConfigException when there is no {@code =}, the key is malformed or the value is not YAML
     */
    public static ConfigOverride parse(String assignment) {
        Objects.requireNonNull(assignment, "assignment");
        int eq = assignment.indexOf('=');
        String source = "--set " + assignment;
        if (eq < 1) {
            throw new ConfigException(source, 0, "", "expected key=value, e.g. training.seed=7");
        }
        String path = assignment.substring(0, eq).trim();
        String valueText = assignment.substring(eq + 1);
        YamlTree.Node node;
        try {
            node = YamlTree.parse(valueText, source, path);
        } catch (ConfigException e) {
            // a line of a one-line value means nothing to the user: report without it
            String msg = e.getMessage().substring(e.getMessage().indexOf(": ", source.length()) + 2);
            throw new ConfigException(source, 0, path, msg);
        }
        return new ConfigOverride(path, node == null ? null : node.toPlain(), assignment);
    }

    /** @return the source name used in error messages, {@code --set key=value} */
    public String source() {
        return "--set " + text;
    }
}
