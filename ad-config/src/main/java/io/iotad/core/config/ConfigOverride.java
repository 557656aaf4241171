package io.iotad.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The one options parser of iotad: turns {@code --set name=value} texts into the raw options map a
     * detector strategy binds (the same map a YAML {@code hyperparameters} section gives). Values are
     * YAML as in {@link #parse}; a dotted name nests ({@code lof.k=20} is {@code {lof: {k: 20}}}); a
     * plain text value with commas is a list ({@code drivers=a,b} is {@code [a, b]}); a later
     * assignment of a name wins.
     *
     * @param assignments the texts, in order
     * @return the raw options, in order of first assignment
     * @throws ConfigException for a malformed assignment, naming it
     */
    public static Map<String, Object> options(List<String> assignments) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String a : assignments) {
            ConfigOverride o = parse(a);
            String[] parts = o.path().split("\\.");
            Map<String, Object> node = out;
            for (int i = 0; i < parts.length - 1; i++) {
                Object child = node.get(parts[i]);
                if (!(child instanceof Map)) {
                    child = new LinkedHashMap<String, Object>();
                    node.put(parts[i], child);
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) child;
                node = m;
            }
            Object value = o.value();
            if (value instanceof String text && text.indexOf(',') >= 0) {
                List<String> list = new ArrayList<>();
                for (String part : text.split(",")) {
                    list.add(part.trim());
                }
                value = List.copyOf(list);
            }
            node.put(parts[parts.length - 1], value);
        }
        return out;
    }

    /** @return the source name used in error messages, {@code --set key=value} */
    public String source() {
        return "--set " + text;
    }
}
