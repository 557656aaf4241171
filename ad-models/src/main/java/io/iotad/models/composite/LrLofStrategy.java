package io.iotad.models.composite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code lr_lof} strategy, the seed's {@code model_strategy: "LR_LOF"}: a composite preset
 * whose single component is {@code lr_residual} (default options) and whose combination stacks
 * the regression's standardised residual, with the regression's default drivers
 * ({@code avg_temp_diff}, {@code avg_outdoor_temp_c}) passed through, into {@code lof} (Breunig,
 * Kriegel, Ng &amp; Sander, "LOF: Identifying Density-Based Local Outliers", SIGMOD 2000). Any
 * top-level key of {@link CompositeOptions} overrides the preset's; {@code lof} must be on the
 * class path when the options are parsed.
 *
 * <p>The seed's own hyperparameter names are accepted too: {@code lof_neighbors: N} sets the
 * stacked LOF's {@code neighbors}; {@code lof_contamination} is accepted only as {@code "auto"}. In
 * scikit-learn, contamination does not change LOF's scores, only the cut-off its {@code predict}
 * applies; iotad ranks by score and decides alerts with {@code inference.alert_threshold} or
 * {@code inference.top_k_per_day}, so a numeric contamination, which would silently do nothing here,
 * is refused with that explanation.
 */
public final class LrLofStrategy extends CompositeStrategy {
    /** The configuration name. */
    public static final String NAME = "lr_lof";
    /** The default configuration of {@code lr_lof}. */
    public static final Map<String, Object> PRESET = Map.of(
            "components", List.of(Map.of("name", "lr", "strategy", "lr_residual")),
            "combine", "stack",
            "stack", Map.of("strategy", "lof", "passthrough", List.of("avg_temp_diff", "avg_outdoor_temp_c")));

    /** The seed's name for the stacked LOF's neighbourhood size. */
    public static final String SEED_NEIGHBORS = "lof_neighbors";
    /** The seed's name for scikit-learn's contamination; only {@code "auto"} is accepted. */
    public static final String SEED_CONTAMINATION = "lof_contamination";

    /** Creates the strategy (found by ServiceLoader). */
    public LrLofStrategy() {
        super(NAME, "linear-regression residuals and their drivers fed to Local Outlier Factor", PRESET);
    }

    @Override
    public CompositeOptions parseOptions(Map<String, ?> raw) {
        if (!raw.containsKey(SEED_NEIGHBORS) && !raw.containsKey(SEED_CONTAMINATION)) {
            return super.parseOptions(raw);
        }
        Map<String, Object> canonical = new LinkedHashMap<>(raw);
        Object contamination = canonical.remove(SEED_CONTAMINATION);
        if (contamination != null && !"auto".equals(contamination)) {
            throw new IllegalArgumentException(NAME + ": option '" + SEED_CONTAMINATION + "' has value '" + contamination
                    + "': expected \"auto\"; contamination only sets scikit-learn's predict cut-off, and iotad decides alerts "
                    + "with inference.alert_threshold or inference.top_k_per_day");
        }
        Object neighbors = canonical.remove(SEED_NEIGHBORS);
        if (neighbors != null) {
            if (canonical.containsKey("stack")) {
                throw new IllegalArgumentException(NAME + ": give the LOF neighbourhood either as '" + SEED_NEIGHBORS
                        + "' or inside 'stack', not both");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> stack = new LinkedHashMap<>((Map<String, Object>) PRESET.get("stack"));
            stack.put("options", Map.of("neighbors", neighbors));
            canonical.put("stack", stack);
        }
        return super.parseOptions(canonical);
    }
}
