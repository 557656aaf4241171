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
 * Configuration: {@code {name, strategy, options?, weight?}}.
 *
 * @param name unique within the composite, lower-case letters, digits and underscores, starting
 *     with a letter; its scores appear to a stacking stage as the feature {@code <name>_score}
 * @param trainer the strategy, found by name, bound to the options it validated
 * @param weight the factor on this component's calibrated z-score under {@code max_z} and
 *     {@code mean_z} ({@code weight}), finite and &gt; 0, by default {@value #DEFAULT_WEIGHT} (the
 *     behaviour before the option); it sets how far one component's robust z counts against
 *     another's when their training tails differ (LOF's ratio has a tiny MAD, so its z runs to
 *     tens where a forecast's stays near 2). Ignored by {@code mean_rank} and {@code stack}.
 */
public record ComponentSpec(String name, DetectorTrainer<?> trainer, double weight) {
    /** Default weight: the z-score as calibrated. */
    public static final double DEFAULT_WEIGHT = 1.0;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /**
     * Validates every field.
     *
     * @param name unique within the composite, lower-case letters, digits and underscores, starting
     *     with a letter; its scores appear to a stacking stage as the feature {@code <name>_score}
     * @param trainer the strategy, found by name, bound to the options it validated
     * @param weight the factor on the component's z-score, finite and &gt; 0
     */
    public ComponentSpec {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("composite component name is '" + name
                    + "'; expected lower-case letters, digits and underscores, starting with a letter");
        }
        Objects.requireNonNull(trainer, "trainer");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("composite component " + name + " 'weight' is " + weight
                    + "; expected a finite number > 0");
        }
    }

    /**
     * A component of weight {@value #DEFAULT_WEIGHT}.
     *
     * @param name unique within the composite (see the record's rule)
     * @param trainer the strategy, found by name, bound to the options it validated
     */
    public ComponentSpec(String name, DetectorTrainer<?> trainer) {
        this(name, trainer, DEFAULT_WEIGHT);
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

    /** @return the configuration form; {@code weight} only when it is not the default (so older payloads' bytes stay) */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("strategy", trainer.name());
        m.put("options", trainer.options().toMap());
        if (weight != DEFAULT_WEIGHT) {
            m.put("weight", weight);
        }
        return m;
    }
}
