package io.iotad.models.options;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A strategy's raw options as they come from configuration (YAML, JSON or {@code --set name=value}
 * on the command line), read one typed value at a time. Numbers may be given as numbers or as text;
 * booleans as booleans or as {@code true}/{@code false}. Every failure is an
 * {@link IllegalArgumentException} naming the strategy, the option, the value and what was expected.
 */
public final class RawOptions {
    private final String strategy;
    private final Map<String, ?> raw;

    private RawOptions(String strategy, Map<String, ?> raw) {
        this.strategy = strategy;
        this.raw = raw;
    }

    /**
     * Wraps raw options after checking that every key is known.
     *
     * @param strategy the strategy's name, for messages
     * @param raw option name to value; null is treated as empty
     * @param known the option names the strategy accepts
     * @return the reader
     * @throws IllegalArgumentException naming an unknown key and the known ones
     */
    public static RawOptions of(String strategy, Map<String, ?> raw, Set<String> known) {
        Objects.requireNonNull(strategy, "strategy");
        Map<String, ?> m = raw == null ? Map.of() : raw;
        for (String key : m.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(strategy + ": unknown option '" + key + "'; known options are "
                        + new TreeSet<>(known));
            }
        }
        return new RawOptions(strategy, m);
    }

    /**
     * @param key option name
     * @param defaultValue value when the option is absent
     * @return the option as an int
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
     * @return the option as a double (NaN is rejected)
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

    /**
     * @param key option name
     * @param defaultValue value when the option is absent
     * @return the option as a boolean
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
     * Builds the message for a value outside its range, for the options record to throw.
     *
     * @param strategy the strategy's name
     * @param key option name
     * @param value the value given
     * @param expected what was expected, e.g. "an integer >= 1"
     * @return the exception to throw
     */
    public static IllegalArgumentException outOfRange(String strategy, String key, Object value, String expected) {
        return new IllegalArgumentException(strategy + ": option '" + key + "' is " + value + ", expected " + expected);
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

    private IllegalArgumentException invalid(String key, Object v, String expected) {
        return outOfRange(strategy, key, "'" + v + "'", expected);
    }
}
