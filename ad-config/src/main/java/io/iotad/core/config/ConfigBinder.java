package io.iotad.core.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks parsed YAML (or overrides) against {@link ConfigSchema} and collects the values by
 * dotted path. Every error names the source, the line, the path, the value and what was expected.
 */
final class ConfigBinder {
    private ConfigBinder() {
    }

    /** @return every key's default, by path (null for optional keys without one) */
    static Map<String, Object> defaults() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ConfigKey k : ConfigSchema.keys().values()) {
            out.put(k.path(), k.defaultValue());
        }
        return out;
    }

    /**
     * Binds a whole document over {@code values}.
     *
     * @param root the document's root, null for an empty document
     * @param source the file name
     * @param values values by path, updated
     * @param lines line of every key given, by path (also inside free-form mappings), updated
     */
    static void bind(YamlTree.Node root, String source, Map<String, Object> values, Map<String, Integer> lines) {
        if (root == null) {
            return;
        }
        if (!(root instanceof YamlTree.MapNode map)) {
            throw new ConfigException(source, root.line(), "", "the top level is " + root.typeName()
                    + "; expected a mapping of the sections " + ConfigSchema.childrenOf(""));
        }
        bindGroup(map, "", source, values, lines);
    }

    private static void bindGroup(YamlTree.MapNode map, String group, String source, Map<String, Object> values,
                                  Map<String, Integer> lines) {
        for (YamlTree.Entry e : map.entries().values()) {
            String path = group.isEmpty() ? e.key() : group + "." + e.key();
            lines.put(path, e.line());
            Optional<ConfigKey> key = ConfigSchema.key(path);
            if (key.isPresent()) {
                values.put(path, coerce(key.get(), e.value().toPlain(), source, e.value().line()));
                if (e.value() instanceof YamlTree.MapNode inner) {
                    recordLines(inner, path, lines);
                }
            } else if (ConfigSchema.isGroup(path)) {
                if (e.value() instanceof YamlTree.MapNode inner) {
                    bindGroup(inner, path, source, values, lines);
                } else if (!(e.value() instanceof YamlTree.ScalarNode s && s.value() == null)) {
                    throw new ConfigException(source, e.value().line(), path, path + " is " + e.value().typeName()
                            + "; expected a mapping of the keys " + ConfigSchema.childrenOf(path));
                }
            } else {
                throw unknown(source, e.line(), group, e.key());
            }
        }
    }

    private static void recordLines(YamlTree.MapNode map, String path, Map<String, Integer> lines) {
        for (YamlTree.Entry e : map.entries().values()) {
            lines.put(path + "." + e.key(), e.line());
            if (e.value() instanceof YamlTree.MapNode inner) {
                recordLines(inner, path + "." + e.key(), lines);
            }
        }
    }

    /**
     * Applies one override over {@code values}. A path inside a free-form mapping (such as
     * {@code training.hyperparameters.lof_neighbors}) sets that entry of the mapping.
     *
     * @param o the override
     * @param values values by path, updated
     */
    static void apply(ConfigOverride o, Map<String, Object> values) {
        String path = o.path();
        Optional<ConfigKey> key = ConfigSchema.key(path);
        if (key.isPresent()) {
            values.put(path, coerce(key.get(), o.value(), o.source(), 0));
            return;
        }
        for (ConfigKey k : ConfigSchema.keys().values()) {
            if (k.kind() == ConfigKey.Kind.MAPPING && path.startsWith(k.path() + ".")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> current = (Map<String, Object>) values.get(k.path());
                Map<String, Object> updated = new LinkedHashMap<>(current);
                String entry = path.substring(k.path().length() + 1);
                if (o.value() == null) {
                    updated.remove(entry);
                } else {
                    updated.put(entry, o.value());
                }
                values.put(k.path(), coerce(k, updated, o.source(), 0));
                return;
            }
        }
        if (ConfigSchema.isGroup(path)) {
            throw new ConfigException(o.source(), 0, path, path + " is a section; set one of its keys "
                    + ConfigSchema.childrenOf(path) + ", e.g. " + path + "." + ConfigSchema.childrenOf(path).iterator().next() + "=...");
        }
        int dot = path.lastIndexOf('.');
        String parent = dot < 0 ? "" : path.substring(0, dot);
        String name = path.substring(dot + 1);
        while (!parent.isEmpty() && !ConfigSchema.isGroup(parent)) {
            if (ConfigSchema.key(parent).isPresent()) {
                throw new ConfigException(o.source(), 0, path, parent + " holds a single value and has no key '"
                        + path.substring(parent.length() + 1) + "'; set it as " + parent + "=...");
            }
            int d = parent.lastIndexOf('.');
            name = parent.substring(d + 1);
            parent = d < 0 ? "" : parent.substring(0, d);
        }
        throw unknown(o.source(), 0, parent, name);
    }

    private static Object coerce(ConfigKey key, Object raw, String source, int line) {
        try {
            return key.coerce(raw);
        } catch (IllegalArgumentException ex) {
            throw new ConfigException(source, line, key.path(), key.path() + " has value "
                    + ConfigSchema.render(raw) + ": expected " + ex.getMessage());
        }
    }

    private static ConfigException unknown(String source, int line, String group, String name) {
        String path = group.isEmpty() ? name : group + "." + name;
        StringBuilder b = new StringBuilder("unknown key '").append(name).append("' at ").append(path);
        ConfigSchema.suggest(group, name).ifPresent(s -> b.append("; did you mean '").append(s).append("'?"));
        b.append(group.isEmpty() ? "; the sections are " : "; " + group + " has the keys ")
                .append(ConfigSchema.childrenOf(group));
        return new ConfigException(source, line, path, b.toString());
    }
}
