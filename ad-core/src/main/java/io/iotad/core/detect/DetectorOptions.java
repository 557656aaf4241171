package io.iotad.core.detect;

import java.util.Map;

/**
 * The validated, immutable hyperparameters of a {@link DetectorStrategy}. Implementations are
 * records (or other immutable values) that validate every field when built and whose
 * {@link #toMap()} round-trips through {@link DetectorStrategy#parseOptions(Map)}.
 */
public interface DetectorOptions {
    /**
     * The options as the manifest records them. The default serves a record whose components are
     * plain values: each component, in declaration order, under its name in snake_case
     * ({@code minDays} as {@code min_days}), the spelling configuration uses; override it where the
     * names or values differ.
     *
     * @return the options as plain JSON-compatible values (numbers, strings, booleans, lists, maps),
     *     keyed by the same names {@link DetectorStrategy#parseOptions(Map)} accepts; recorded in the
     *     model manifest
     * @throws UnsupportedOperationException when the options are not a record and do not override this
     */
    default Map<String, Object> toMap() {
        return RecordOptions.toMap(this);
    }
}
