package io.iotad.core.detect;

import java.util.Map;

/**
 * The validated, immutable hyperparameters of a {@link DetectorStrategy}. Implementations are
 * records (or other immutable values) that validate every field when built and whose
 * {@link #toMap()} round-trips through {@link DetectorStrategy#parseOptions(Map)}.
 */
public interface DetectorOptions {
    /**
     * @return the options as plain JSON-compatible values (numbers, strings, booleans, lists, maps),
     *     keyed by the same names {@link DetectorStrategy#parseOptions(Map)} accepts; recorded in the
     *     model manifest
     */
    Map<String, Object> toMap();
}
