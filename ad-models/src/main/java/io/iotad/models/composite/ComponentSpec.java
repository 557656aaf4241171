package io.iotad.models.composite;

import io.iotad.core.detect.DetectorOptions;
import io.iotad.core.detect.DetectorStrategy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One component of a composite: a named use of a strategy with its own validated options.
 * Configuration: {@code {name, strategy, options?}}.
 *
 * @param name unique within the composite, lower-case letters, digits and underscores, starting
 *     with a letter; its scores appear to a stacking stage as the feature {@code <name>_score}
 * @param strategy the strategy, found by name
 * @param options options validated by that strategy
 */
public record ComponentSpec(String name, DetectorStrategy<?> strategy, DetectorOptions options) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /**
     * Validates every field.
     *
     * @param name unique within the composite, lower-case letters, digits and underscores, starting
     *     with a letter; its scores appear to a stacking stage as the feature {@code <name>_score}
     * @param strategy the strategy, found by name
     * @param options options validated by that strategy
     */
    public ComponentSpec {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("composite component name is '" + name
                    + "'; expected lower-case letters, digits and underscores, starting with a letter");
        }
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(options, "options");
    }

    /** @return the feature name of this component's score in a stacking stage's input */
    public String scoreFeature() {
        return name + "_score";
    }

    /** Equal when the same strategy (by name) has equal options and name: strategy instances are stateless. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ComponentSpec o && name.equals(o.name) && strategy.name().equals(o.strategy.name())
                && options.equals(o.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, strategy.name(), options);
    }

    /** @return the configuration form */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("strategy", strategy.name());
        m.put("options", options.toMap());
        return m;
    }
}
