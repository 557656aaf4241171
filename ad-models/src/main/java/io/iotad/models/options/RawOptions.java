package io.iotad.models.options;

import io.iotad.core.names.NearestName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A strategy's raw options as they come from configuration (YAML, JSON or {@code --set name=value}
 * on the command line), read one typed value at a time, with defaults. Numbers may be given as
 * numbers or as text; booleans as booleans or as {@code true}/{@code false}. Construction rejects
 * keys outside the known set, so a typo fails loudly instead of being ignored. Every failure is an
 * {@link IllegalArgumentException} naming the owner (strategy or rule), the option, the value and
 * what was expected: {@code "<owner>: option '<key>' is <value>; expected <what>"}.
 */
public final class RawOptions {
    private final String owner;
    private final Map<String, ?> raw;

    private RawOptions(String owner, Map<String, ?> raw) {
        this.owner = owner;
        this.raw = raw;
    }

    /**
     * @param owner what the options configure, e.g. {@code "lr_residual"} or {@code "rules[2]"}; used in messages
     * @param raw option name to value; null means no options given
     * @param known every key the owner accepts
     * @return a reader over the map
     * @throws IllegalArgumentException naming an unknown key and the known ones
     */
    public static RawOptions of(String owner, Map<String, ?> raw, Collection<String> known) {
        Objects.requireNonNull(owner, "owner");
        Map<String, ?> m = raw == null ? Map.of() : raw;
        for (Object key : m.keySet()) {
            if (!(key instanceof String) || !known.contains(key)) {
                throw new IllegalArgumentException(owner + ": unknown option '" + key + "'"
                        + NearestName.hint(String.valueOf(key), known) + "; known options are " + new TreeSet<>(known));
            }
        }
        return new RawOptions(owner, m);
    }

    /**
     * @param key an option
     * @return whether the map sets it (to a non-null value)
     */
    public boolean has(String key) {
        return raw.get(key) != null;
    }

    /**
     * @param key option name
     * @param defaultValue value when the option is absent
     * @return the integer value
     * @throws IllegalArgumentException when the value is not a whole number in int range
     */
    public int intValue(String key, int defaultValue) {
        Object v = raw.get(key);
        if (v == null) {
            return defaultValue;
        }
        double d = toNumber(key, v, "a whole number");
        if (d != Math.rint(d) || d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
            throw invalid(key, v, "a whole number");
        }
        return (int) d;
    }

    /**
     * @param key option name
     * @param defaultValue value when the option is absent
     * @param min the smallest value accepted
     * @return the integer value, at least {@code min}
     * @throws IllegalArgumentException when the value is not a whole number of at least {@code min}
     */
    public int intValue(String key, int defaultValue, int min) {
        int v = intValue(key, defaultValue);
        if (v < min) {
            throw invalid(key, raw.containsKey(key) ? raw.get(key) : v, "a whole number >= " + min);
        }
        return v;
    }

    /**
     * @param key option name
     * @param defaultValue value when the option is absent
     * @return the number (NaN is rejected; ranges are the options record's to check)
     * @throws IllegalArgumentException when the value is not a number
     */
    public double doubleValue(String key, double defaultValue) {
        Object v = raw.get(key);
        if (v == null) {
            return defaultValue;
        }
        double d = toNumber(key, v, "a number");
        if (Double.isNaN(d)) {
            throw invalid(key, v, "a number");
        }
        return d;
    }

    private double toNumber(String key, Object v, String expected) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw invalid(key, v, expected);
            }
        }
        throw invalid(key, v, expected);
    }

    /**
     * @param key option name
     * @param defaultValue value when the option is absent
     * @return the non-blank string, trimmed
     * @throws IllegalArgumentException when the value is not a non-blank string
     */
    public String stringValue(String key, String defaultValue) {
        Object v = raw.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof String s && !s.isBlank()) {
            return s.trim();
        }
        throw invalid(key, v, "a non-blank string");
    }

    /**
     * @param key option name
     * @param defaultValue value when the option is absent
     * @return the boolean
     * @throws IllegalArgumentException when the value is neither a boolean nor {@code true}/{@code false}
     */
    public boolean booleanValue(String key, boolean defaultValue) {
        Object v = raw.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = v.toString().trim().toLowerCase(Locale.ROOT);
        if (s.equals("true")) {
            return true;
        }
        if (s.equals("false")) {
            return false;
        }
        throw invalid(key, v, "true or false");
    }

    /**
     * Reads an option whose value is one of an enum's constants, spelled in any case.
     *
     * @param key option name
     * @param type the enum
     * @param defaultValue value when the option is absent
     * @param <E> the enum type
     * @return the constant
     * @throws IllegalArgumentException naming the accepted spellings
     */
    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E defaultValue) {
        Object v = raw.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof String s) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(s.trim())) {
                    return e;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw invalid(key, v, "one of " + names);
    }

    /**
     * @param key option name
     * @param defaultValue value when the option is absent
     * @return the list of non-blank, distinct strings
     * @throws IllegalArgumentException when the value is not such a list
     */
    public List<String> stringList(String key, List<String> defaultValue) {
        Object v = raw.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof List<?> list) {
            Set<String> seen = new TreeSet<>();
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof String s) || s.isBlank() || !seen.add(s.trim())) {
                    throw invalid(key, v, "a list of distinct non-blank strings");
                }
                out.add(s.trim());
            }
            return List.copyOf(out);
        }
        throw invalid(key, v, "a list of distinct non-blank strings");
    }

    /**
     * @param key option name
     * @return the list of maps (each with string keys); empty when absent
     * @throws IllegalArgumentException when the value is not a list of maps
     */
    public List<Map<String, Object>> mapList(String key) {
        Object v = raw.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object o : list) {
                out.add(asMap(key, o));
            }
            return out;
        }
        throw invalid(key, v, "a list of maps");
    }

    /**
     * @param key option name
     * @return the map with string keys; empty when absent
     * @throws IllegalArgumentException when the value is not a map
     */
    public Map<String, Object> map(String key) {
        Object v = raw.get(key);
        return v == null ? Map.of() : asMap(key, v);
    }

    private Map<String, Object> asMap(String key, Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k)) {
                    throw invalid(key, o, "a map with string keys");
                }
                out.put(k, e.getValue());
            }
            return out;
        }
        throw invalid(key, o, "a map");
    }

    /**
     * @param key option name
     * @param value the rejected value
     * @param expected what the option accepts
     * @return an exception naming the owner, option, value and expectation
     */
    public IllegalArgumentException invalid(String key, Object value, String expected) {
        return outOfRange(owner, key, value, expected);
    }

    /**
     * Builds the message for a rejected value, for an options record to throw.
     *
     * @param owner the strategy (or rule) the option configures
     * @param key option name
     * @param value the value given
     * @param expected what was expected, e.g. "an integer >= 1"
     * @return an exception naming the owner, option, value and expectation
     */
    public static IllegalArgumentException outOfRange(String owner, String key, Object value, String expected) {
        return new IllegalArgumentException(owner + ": option '" + key + "' is " + value + "; expected " + expected);
    }
}
