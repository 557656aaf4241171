package io.iotad.models.composite;

import io.iotad.core.detect.DetectorOptions;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.DetectorStrategy;
import io.iotad.core.detect.DetectorTrainer;
import io.iotad.models.options.RawOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Options of a composite strategy ({@code composite}, {@code lr_lof}). Configuration:
 * <pre>
 * components:                      # at least one
 *   - {name: lr, strategy: lr_residual, options: {scope: per_building}}
 *   - {name: trend, strategy: forecast, weight: 2.0}   # weight: factor on its z (max_z, mean_z), default 1
 * combine: stack                   # stack | max_z | mean_z | mean_rank
 * stack:                           # only with combine: stack
 *   strategy: lof
 *   options: {k: 20}
 *   passthrough: [avg_temp_diff, avg_outdoor_temp_c]
 * occupancy:                       # optional: "nobody home" is a state, not scored (see OccupancyGate)
 *   feature: setpoint_vs_baseline_k
 *   away_at_most: -2.0
 * </pre>
 * A top-level key given replaces the preset's whole value for that key. Strategies are resolved
 * by name when the options are parsed, so a component whose strategy is not on the class path is
 * an error naming the known strategies.
 *
 * @param components the components, uniquely named
 * @param combine the combination rule
 * @param stack the second stage; present exactly when {@code combine} is {@link Combination#STACK}
 * @param occupancy the occupancy gate, or null when every row is scored (the behaviour before the option)
 */
public record CompositeOptions(List<ComponentSpec> components, Combination combine, StackSpec stack,
                               OccupancyGate occupancy) implements DetectorOptions {
    private static final List<String> KEYS = List.of("components", "combine", "stack", "occupancy");
    private static final List<String> COMPONENT_KEYS = List.of("name", "strategy", "options", "weight");
    private static final List<String> STACK_KEYS = List.of("strategy", "options", "passthrough");

    /**
     * Validates every field.
     *
     * @param components the components, uniquely named
     * @param combine the combination rule
     * @param stack the second stage; present exactly when {@code combine} is {@link Combination#STACK}
     * @param occupancy the occupancy gate, or null when every row is scored
     */
    public CompositeOptions {
        Objects.requireNonNull(combine, "combine");
        if (components == null || components.isEmpty()) {
            throw RawOptions.outOfRange("composite", "components", components, "at least one component");
        }
        components = List.copyOf(components);
        Set<String> names = new HashSet<>();
        for (ComponentSpec c : components) {
            if (!names.add(c.name())) {
                throw RawOptions.outOfRange("composite", "components", c.name(), "unique component names");
            }
        }
        if ((combine == Combination.STACK) != (stack != null)) {
            throw RawOptions.outOfRange("composite", "stack", stack == null ? null : stack.toMap(),
                    combine == Combination.STACK ? "a stage {strategy, options, passthrough} with combine: stack"
                            : "no stage unless combine is stack");
        }
        if (stack != null) {
            for (ComponentSpec c : components) {
                if (stack.passthrough().contains(c.scoreFeature())) {
                    throw RawOptions.outOfRange("composite", "stack.passthrough", stack.passthrough(),
                            "no feature named like a component score ('" + c.scoreFeature() + "')");
                }
            }
        }
        if (occupancy != null && stack != null && stack.passthrough().contains(occupancy.feature())) {
            throw RawOptions.outOfRange("composite", "stack.passthrough", stack.passthrough(),
                    "not the occupancy feature '" + occupancy.feature() + "' (the gate reads it, no part does)");
        }
    }

    /**
     * Options without an occupancy gate.
     *
     * @param components the components, uniquely named
     * @param combine the combination rule
     * @param stack the second stage; present exactly when {@code combine} is {@link Combination#STACK}
     */
    public CompositeOptions(List<ComponentSpec> components, Combination combine, StackSpec stack) {
        this(components, combine, stack, null);
    }

    /**
     * @param owner the strategy name, for messages
     * @param raw configuration; each top-level key given replaces the preset's
     * @param preset the strategy's default configuration
     * @return the validated options
     * @throws IllegalArgumentException naming an unknown key, strategy or invalid value
     */
    public static CompositeOptions fromMap(String owner, Map<String, ?> raw, Map<String, ?> preset) {
        RawOptions.of(owner, raw, KEYS); // rejects unknown keys
        Map<String, Object> merged = new LinkedHashMap<>(preset);
        if (raw != null) {
            merged.putAll(raw);
        }
        RawOptions o = RawOptions.of(owner, merged, KEYS);
        List<ComponentSpec> comps = new ArrayList<>();
        List<Map<String, Object>> list = o.mapList("components");
        for (int i = 0; i < list.size(); i++) {
            String where = owner + " components[" + i + "]";
            RawOptions c = RawOptions.of(where, list.get(i), COMPONENT_KEYS);
            DetectorStrategy<?> s = resolve(where, c.stringValue("strategy", null));
            double weight = c.doubleValue("weight", ComponentSpec.DEFAULT_WEIGHT);
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw c.invalid("weight", weight, "a finite number > 0");
            }
            comps.add(new ComponentSpec(c.stringValue("name", null), bind(where, s, c.map("options")), weight));
        }
        Combination combine = o.enumValue("combine", Combination.class, null);
        if (combine == null) {
            throw o.invalid("combine", null, "one of [stack, max_z, mean_z, mean_rank] (required)");
        }
        StackSpec stack = null;
        if (o.has("stack")) {
            String where = owner + " stack";
            RawOptions st = RawOptions.of(where, o.map("stack"), STACK_KEYS);
            DetectorStrategy<?> s = resolve(where, st.stringValue("strategy", null));
            stack = new StackSpec(bind(where, s, st.map("options")), st.stringList("passthrough", List.of()));
        }
        OccupancyGate occupancy = o.has("occupancy") ? OccupancyGate.fromMap(owner, o.map("occupancy")) : null;
        return new CompositeOptions(comps, combine, stack, occupancy);
    }

    private static DetectorStrategy<?> resolve(String where, String name) {
        if (name == null) {
            throw RawOptions.outOfRange(where, "strategy", null, "a strategy name (required)");
        }
        try {
            return DetectorStrategies.byName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " 'strategy': " + e.getMessage(), e);
        }
    }

    private static DetectorTrainer<?> bind(String where, DetectorStrategy<?> s, Map<String, Object> raw) {
        try {
            return s.bind(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " 'options': " + e.getMessage(), e);
        }
    }

    /** @return the configuration form, accepted by {@link #fromMap} */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("components", components.stream().map(ComponentSpec::toMap).toList());
        m.put("combine", combine.configName());
        if (stack != null) {
            m.put("stack", stack.toMap());
        }
        if (occupancy != null) {
            m.put("occupancy", occupancy.toMap());
        }
        return m;
    }
}
