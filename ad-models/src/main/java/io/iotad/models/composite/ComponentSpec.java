package io.iotad.models.composite;

import io.iotad.core.detect.DetectorOptions;
import io.iotad.core.detect.DetectorStrategy;
import io.iotad.core.detect.DetectorTrainer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One component of a composite: a named use of a strategy bound to its own validated options.
 * Configuration: {@code {name, strategy, options?}}.
 *
 * @param name unique within the composite, lower-case letters, digits and underscores, starting
 *     with a letter; its scores appear to a stacking stage as the feature {@code <name>_score}
 * @param trainer the strategy, found by name, bound to the options it validated
 */
public record ComponentSpec(String name, DetectorTrainer<?> trainer) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /**
     * Validates every field.
     *
     * @param name unique within the composite, lower-case letters, digits and underscores, starting
     *     with a letter; its scores appear to a stacking stage as the feature {@code <name>_score}
     * @param trainer the strategy, found by name, bound to the options it validated
     */
    public ComponentSpec {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("composite component name is '" + name
                    + "'; expected lower-case letters, digits and underscores, starting with a letter");
        }
        Objects.requireNonNull(trainer, "trainer");
    }

    /** @return the component's strategy */
    public DetectorStrategy<?> strategy() {
        return trainer.strategy();
    }

    /** @return the component's validated options */
    public DetectorOptions options() {
        return trainer.options();
    }

    /** @return the feature name of this component's score in a stacking stage's input */
    public String scoreFeature() {
        return name + "_score";
    }

    /** @return the configuration form */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("strategy", trainer.name());
        m.put("options", trainer.options().toMap());
        return m;
    }
}
