package io.iotad.features.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, validated access to one extractor's recorded map ({@link FeatureExtractor#toMap()}),
 * remembering which keys were read so that the rest can be refused as unknown. Not thread-safe: one
 * instance per map being read.
 */
public final class ExtractorParameters {
    private final String kind;
    private final Map<String, ?> map;
    private final Set<String> read = new TreeSet<>(List.of("kind"));

    /**
     * @param kind the extractor's kind, for messages
     * @param map {@code kind} plus the parameters
     */
    public ExtractorParameters(String kind, Map<String, ?> map) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.map = Objects.requireNonNull(map, "map");
    }

    private Object value(String key) {
        read.add(key);
        Object v = map.get(key);
        if (v == null) {
            throw new IllegalArgumentException("extractor '" + kind + "': key '" + key + "' is missing");
        }
        return v;
    }

    /**
     * @param key a parameter
     * @return its string value
     * @throws IllegalArgumentException when it is missing or not a string
     */
    public String string(String key) {
        Object v = value(key);
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("extractor '" + kind + "': key '" + key + "' must be a string, got " + v);
        }
        return s;
    }

    /**
     * @param key a parameter
     * @return its numeric value
     * @throws IllegalArgumentException when it is missing or not a number
     */
    public double number(String key) {
        Object v = value(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("extractor '" + kind + "': key '" + key + "' must be a number, got " + v);
        }
        return n.doubleValue();
    }

    /**
     * @param key a parameter
     * @return its whole-number value
     * @throws IllegalArgumentException when it is missing or not a whole number in int range
     */
    public int integer(String key) {
        double d = number(key);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("extractor '" + kind + "': key '" + key + "' must be an integer, got " + d);
        }
        return (int) d;
    }

    /**
     * @param key a parameter
     * @return its boolean value
     * @throws IllegalArgumentException when it is missing or not {@code true}/{@code false}
     */
    public boolean bool(String key) {
        Object v = value(key);
        if (!(v instanceof Boolean b)) {
            throw new IllegalArgumentException("extractor '" + kind + "': key '" + key + "' must be true or false, got " + v);
        }
        return b;
    }

    /** @throws IllegalArgumentException naming every key of the map that was not read */
    public void rejectUnknown() {
        List<String> unknown = new ArrayList<>();
        for (String key : map.keySet()) {
            if (!read.contains(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("extractor '" + kind + "': unknown keys " + unknown + "; known: " + read);
        }
    }
}
