package io.iotad.core.frame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ordered names of the feature columns of a {@link FeatureFrame} or of the inputs a
 * {@link io.iotad.core.detect.Detector} expects.
 *
 * <p>Immutable. Names are unique, non-blank, and keep the order they were given in; the order is
 * the column order of any matrix built from a frame with this schema.
 */
public final class FeatureSchema {
    private final List<String> names;
    private final Map<String, Integer> index;

    private FeatureSchema(List<String> names) {
        this.names = List.copyOf(names);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < this.names.size(); i++) {
            String n = this.names.get(i);
            if (n == null || n.isBlank()) {
                throw new IllegalArgumentException("feature name at position " + i + " is blank");
            }
            if (idx.put(n, i) != null) {
                throw new IllegalArgumentException("duplicate feature name: " + n);
            }
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    /**
     * Creates a schema.
     *
     * @param names feature names, unique and non-blank, in column order
     * @return the schema
     * @throws IllegalArgumentException if a name is blank or repeated
     */
    public static FeatureSchema of(List<String> names) {
        return new FeatureSchema(Objects.requireNonNull(names, "names"));
    }

    /**
     * Creates a schema.
     *
     * @param names feature names, unique and non-blank, in column order
     * @return the schema
     */
    public static FeatureSchema of(String... names) {
        return of(List.of(names));
    }

    /** @return the feature names in column order (unmodifiable) */
    public List<String> names() {
        return names;
    }

    /** @return the number of features, at least 0 */
    public int size() {
        return names.size();
    }

    /**
     * @param name a feature name
     * @return its column index, or -1 when the schema does not hold it
     */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /**
     * @param name a feature name
     * @return its column index
     * @throws IllegalArgumentException naming the feature and the schema when it is absent
     */
    public int require(String name) {
        int i = indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown feature '" + name + "'; this schema has " + names);
        }
        return i;
    }

    /**
     * @param name a feature name
     * @return whether the schema holds it
     */
    public boolean contains(String name) {
        return index.containsKey(name);
    }

    /**
     * @param other another schema
     * @return the names of {@code other} that this schema lacks, in {@code other}'s order
     */
    public List<String> missingFrom(FeatureSchema other) {
        List<String> out = new ArrayList<>();
        for (String n : other.names) {
            if (!contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSchema s && s.names.equals(names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    @Override
    public String toString() {
        return "FeatureSchema" + names;
    }
}
