package io.iotad.models.params;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads typed values out of a raw option map ({@code training.hyperparameters}) for one strategy.
 * Every key read is remembered, so {@link #rejectUnknown()} can name keys the strategy does not
 * know. Numbers may arrive as any {@link Number} or as text (from {@code --set key=value}).
 * Not thread-safe; use one reader per parse.
 */
public final class RawOptionReader {
    private final String strategy;
    private final Map<String, ?> raw;
    private final Set<String> known = new LinkedHashSet<>();

    /**
     * @param strategy the strategy name, used in messages
     * @param raw the raw options; null is treated as empty
     */
    public RawOptionReader(String strategy, Map<String, ?> raw) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.raw = raw == null ? Map.of() : raw;
    }

    /**
     * @param key option name
     * @param defaultValue value when the key is absent
     * @return the value as an int
     * @throws IllegalArgumentException when the value is not a whole number
     */
    public int intValue(String key, int defaultValue) {
        Object v = take(key);
        if (v == null) {
            return defaultValue;
        }
        double d = number(key, v, "a whole number");
        if (d != Math.rint(d) || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
            throw invalid(key, v, "a whole number");
        }
        return (int) d;
    }

    /**
     * @param key option name
     * @param defaultValue value when the key is absent
     * @return the value as a long
     * @throws IllegalArgumentException when the value is not a whole number
     */
    public long longValue(String key, long defaultValue) {
        Object v = take(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        try {
            return v instanceof Number n ? exactLong(key, n.doubleValue(), v) : Long.parseLong(v.toString().trim());
        } catch (NumberFormatException e) {
            throw invalid(key, v, "a whole number");
        }
    }

    /**
     * @param key option name
     * @param defaultValue value when the key is absent
     * @return the value as a double (NaN is rejected)
     * @throws IllegalArgumentException when the value is not a number
     */
    public double doubleValue(String key, double defaultValue) {
        Object v = take(key);
        if (v == null) {
            return defaultValue;
        }
        return number(key, v, "a number");
    }

    /**
     * @param key option name
     * @param defaultValue value when the key is absent
     * @return the value as lower-case text
     */
    public String stringValue(String key, String defaultValue) {
        Object v = take(key);
        return v == null ? defaultValue : v.toString().trim().toLowerCase(Locale.ROOT);
    }

    /**
     * @param key option name
     * @return whether the raw map holds the key (marks it as known)
     */
    public boolean has(String key) {
        known.add(key);
        return raw.containsKey(key) && raw.get(key) != null;
    }

    /**
     * @throws IllegalArgumentException naming every key that no read asked for, and the known keys
     */
    public void rejectUnknown() {
        for (String k : raw.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException(strategy + ": unknown option '" + k + "'; known options: " + known);
            }
        }
    }

    /**
     * @param key option name
     * @param value the offending value
     * @param expected what was expected
     * @return an exception naming the strategy, option, value and expectation
     */
    public IllegalArgumentException invalid(String key, Object value, String expected) {
        return new IllegalArgumentException(strategy + ": option '" + key + "' has value '" + value
                + "', expected " + expected);
    }

    private Object take(String key) {
        known.add(key);
        return raw.get(key);
    }

    private double number(String key, Object v, String expected) {
        double d;
        if (v instanceof Number n) {
            d = n.doubleValue();
        } else {
            try {
                d = Double.parseDouble(v.toString().trim());
            } catch (NumberFormatException e) {
                throw invalid(key, v, expected);
            }
        }
        if (Double.isNaN(d)) {
            throw invalid(key, v, expected);
        }
        return d;
    }

    private long exactLong(String key, double d, Object v) {
        if (d != Math.rint(d) || Double.isInfinite(d)) {
            throw invalid(key, v, "a whole number");
        }
        return (long) d;
    }
}
