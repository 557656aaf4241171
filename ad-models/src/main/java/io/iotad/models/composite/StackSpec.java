package io.iotad.models.composite;

import io.iotad.core.detect.DetectorOptions;
import io.iotad.core.detect.DetectorStrategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The second stage of a stacking composite. Configuration: {@code {strategy, options?,
 * passthrough?}}.
 *
 * @param strategy the second-stage strategy, found by name
 * @param options options validated by it
 * @param passthrough features of the input frame given to the stage beside the components' scores
 */
public record StackSpec(DetectorStrategy<?> strategy, DetectorOptions options, List<String> passthrough) {
    /**
     * Validates every field.
     *
     * @param strategy the second-stage strategy, found by name
     * @param options options validated by it
     * @param passthrough features of the input frame given to the stage beside the components' scores
     */
    public StackSpec {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(options, "options");
        passthrough = List.copyOf(passthrough);
    }

    /** Equal when the same strategy (by name) has equal options and passthrough: strategy instances are stateless. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StackSpec o && passthrough.equals(o.passthrough) && strategy.name().equals(o.strategy.name())
                && options.equals(o.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(passthrough, strategy.name(), options);
    }

    /** @return the configuration form */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", strategy.name());
        m.put("options", options.toMap());
        m.put("passthrough", passthrough);
        return m;
    }
}
