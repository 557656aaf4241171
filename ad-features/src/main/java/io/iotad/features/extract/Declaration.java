package io.iotad.features.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link DeclaredExtractor} states about itself besides its computation: its kind, the columns
 * it writes and reads, how many days back it reads, and its parameters. Built in one expression, such as
 * {@code Declaration.of(KIND, output).reading(source).lookingBack(days).withParameters("source", source, ...)}.
 *
 * @param kind the registry key, such as {@code "lag"}; non-blank
 * @param outputs the columns written, in order; never empty (copied)
 * @param inputs the columns read, which earlier extractors must write; empty when only raw data is read (copied)
 * @param lookbackDays days before a day that the extractor reads of its inputs, {@code >= 0}
 *     ({@link FeatureExtractor#lookbackDays()})
 * @param parameters the JSON-compatible parameters without the kind, in the order given (copied, unmodifiable)
 */
public record Declaration(String kind, List<String> outputs, List<String> inputs, int lookbackDays,
                          Map<String, Object> parameters) {
    /** Validates and copies the parts. */
    public Declaration {
        FeatureExtractors.requireName("kind", kind);
        outputs = List.copyOf(outputs);
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("extractor '" + kind + "' must write at least one column");
        }
        inputs = List.copyOf(inputs);
        if (lookbackDays < 0) {
            throw new IllegalArgumentException("lookbackDays must be >= 0, got " + lookbackDays);
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters")));
    }

    /**
     * @param kind the registry key
     * @param outputs the columns written, in order
     * @return a declaration that reads only raw data, looks back no days and has no parameters
     */
    public static Declaration of(String kind, String... outputs) {
        return new Declaration(kind, List.of(outputs), List.of(), 0, Map.of());
    }

    /**
     * @param columns the columns read
     * @return this declaration reading {@code columns} instead
     */
    public Declaration reading(String... columns) {
        return new Declaration(kind, outputs, List.of(columns), lookbackDays, parameters);
    }

    /**
     * @param days days before a day read of the inputs, {@code >= 0}
     * @return this declaration looking back {@code days} instead
     */
    public Declaration lookingBack(int days) {
        return new Declaration(kind, outputs, inputs, days, parameters);
    }

    /**
     * @param keyValues alternating parameter names (strings) and JSON-compatible values, in the order
     *     they are to be written
     * @return this declaration with these parameters instead
     * @throws IllegalArgumentException when the names and values do not pair up
     */
    public Declaration withParameters(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters of '" + kind + "' must be name, value pairs, got "
                    + keyValues.length + " items");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (!(keyValues[i] instanceof String name)) {
                throw new IllegalArgumentException("parameter names of '" + kind + "' must be strings, got " + keyValues[i]);
            }
            m.put(name, keyValues[i + 1]);
        }
        return new Declaration(kind, outputs, inputs, lookbackDays, m);
    }
}
