package io.iotad.core.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One key of the configuration: its dotted path, value kind, default, accepted range and meaning.
 * {@link #coerce(Object)} turns a parsed YAML value into the key's Java value or says what was
 * expected. Immutable.
 */
public final class ConfigKey {
    /** The kinds of value a key holds, with the Java type {@link #coerce} returns. */
    public enum Kind {
        /** A 32-bit integer ({@link Integer}). */
        INTEGER,
        /** A 64-bit integer ({@link Long}). */
        LONG,
        /** A finite decimal number ({@link Double}); integers are accepted. */
        DECIMAL,
        /** Text ({@link String}). */
        TEXT,
        /** A list of unique, non-blank names ({@code List<String>}). */
        TEXT_LIST,
        /** A free-form mapping checked by its consumer ({@code Map<String, Object>}, no null values). */
        MAPPING
    }

    private final String path;
    private final Kind kind;
    private final Object defaultValue;
    private final boolean optional;
    private final double min;
    private final double max;
    private final Predicate<String> accepts;
    private final String expected;
    private final UnaryOperator<String> normaliser;
    private final String description;

    private ConfigKey(String path, Kind kind, Object defaultValue, boolean optional, double min, double max,
                      Predicate<String> accepts, String expected, UnaryOperator<String> normaliser, String description) {
        this.path = Objects.requireNonNull(path, "path");
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.optional = optional;
        this.min = min;
        this.max = max;
        this.accepts = accepts;
        this.expected = expected;
        this.normaliser = normaliser;
        this.description = description;
    }

    static ConfigKey integer(String path, Integer def, long min, long max, String description) {
        return new ConfigKey(path, Kind.INTEGER, def, def == null, min, max, null,
                "an integer in [" + min + ", " + max + "]", UnaryOperator.identity(), description);
    }

    static ConfigKey longInteger(String path, long def, String description) {
        return new ConfigKey(path, Kind.LONG, def, false, Long.MIN_VALUE, Long.MAX_VALUE, null,
                "a 64-bit integer", UnaryOperator.identity(), description);
    }

    static ConfigKey decimal(String path, Double def, double min, double max, String description) {
        String range = max == Double.POSITIVE_INFINITY
                ? (min == Double.NEGATIVE_INFINITY ? "a finite number" : "a finite number >= " + fmt(min))
                : "a number in [" + fmt(min) + ", " + fmt(max) + "]";
        return new ConfigKey(path, Kind.DECIMAL, def, def == null, min, max, null, range,
                UnaryOperator.identity(), description);
    }

    static ConfigKey text(String path, String def, Predicate<String> accepts, String expected,
                          UnaryOperator<String> normaliser, String description) {
        return new ConfigKey(path, Kind.TEXT, def, def == null, 0, 0, accepts, expected,
                normaliser, description);
    }

    static ConfigKey textList(String path, List<String> def, boolean allowEmpty, UnaryOperator<String> normaliser,
                              String description) {
        return new ConfigKey(path, Kind.TEXT_LIST, List.copyOf(def), false, allowEmpty ? 0 : 1, 0, null,
                allowEmpty ? "a list of unique, non-blank names" : "a non-empty list of unique, non-blank names",
                normaliser, description);
    }

    static ConfigKey mapping(String path, String description) {
        return new ConfigKey(path, Kind.MAPPING, Map.of(), false, 0, 0, null,
                "a mapping of names to values", UnaryOperator.identity(), description);
    }

    /** @return the dotted path, e.g. {@code feature_engineering.lookback_days} */
    public String path() {
        return path;
    }

    /** @return the last segment of the path, as written in YAML */
    public String name() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** @return the value kind */
    public Kind kind() {
        return kind;
    }

    /** @return the default value (of the Java type of {@link #kind()}), or null for an optional key without one */
    public Object defaultValue() {
        return defaultValue;
    }

    /** @return whether the key may be absent or null */
    public boolean optional() {
        return optional;
    }

    /** @return what a valid value looks like, in words, e.g. "an integer in [1, 366]" */
    public String expected() {
        return expected;
    }

    /** @return the key's meaning, one or two sentences */
    public String description() {
        return description;
    }

    /**
     * Checks and converts a parsed YAML value.
     *
     * @param raw the plain value (String, Integer, Long, Double, Boolean, List, Map or null)
     * @return the value as this key's Java type; null only for an optional key given null
     * @throws IllegalArgumentException whose message says what was expected
     */
    public Object coerce(Object raw) {
        if (raw == null) {
            if (optional) {
                return null;
            }
            throw new IllegalArgumentException(expected + " (null is not allowed here)");
        }
        switch (kind) {
            case INTEGER:
                if (raw instanceof Integer || raw instanceof Long) {
                    long v = ((Number) raw).longValue();
                    if (v >= min && v <= max) {
                        return (int) v;
                    }
                }
                throw new IllegalArgumentException(expected);
            case LONG:
                if (raw instanceof Integer || raw instanceof Long) {
                    return ((Number) raw).longValue();
                }
                throw new IllegalArgumentException(expected);
            case DECIMAL:
                if (raw instanceof Integer || raw instanceof Long || raw instanceof Double) {
                    double v = ((Number) raw).doubleValue();
                    if (Double.isFinite(v) && v >= min && v <= max) {
                        return v;
                    }
                }
                throw new IllegalArgumentException(expected);
            case TEXT:
                if (raw instanceof String s && accepts.test(s)) {
                    return normaliser.apply(s);
                }
                throw new IllegalArgumentException(expected);
            case TEXT_LIST:
                return coerceList(raw);
            case MAPPING:
                if (raw instanceof Map<?, ?> m) {
                    return deepCopy(m, path);
                }
                throw new IllegalArgumentException(expected);
            default:
                throw new IllegalStateException("unhandled kind " + kind);
        }
    }

    private List<String> coerceList(Object raw) {
        if (!(raw instanceof List<?> list)) {
            throw new IllegalArgumentException(expected);
        }
        if (list.isEmpty() && min > 0) {
            throw new IllegalArgumentException(expected + "; the list is empty");
        }
        List<String> out = new ArrayList<>(list.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof String s) || s.isBlank()) {
                throw new IllegalArgumentException(expected + "; item " + (i + 1) + " is "
                        + YamlTree.describeType(item) + (item == null ? "" : " '" + item + "'"));
            }
            String name = normaliser.apply(s.trim());
            if (!seen.add(name)) {
                throw new IllegalArgumentException(expected + "; item " + (i + 1) + " ('" + s + "') is repeated");
            }
            out.add(name);
        }
        return List.copyOf(out);
    }

    static Map<String, Object> deepCopy(Map<?, ?> m, String where) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = String.valueOf(e.getKey());
            out.put(key, deepCopyValue(e.getValue(), where + "." + key));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Object deepCopyValue(Object v, String where) {
        if (v == null) {
            throw new IllegalArgumentException("a value at " + where + " (null is not allowed; omit the key for its default)");
        }
        if (v instanceof Map<?, ?> m) {
            return deepCopy(m, where);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (int i = 0; i < l.size(); i++) {
                out.add(deepCopyValue(l.get(i), where + "[" + i + "]"));
            }
            return Collections.unmodifiableList(out);
        }
        return v;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public String toString() {
        return path + " (" + kind + ", default " + defaultValue + ")";
    }
}
