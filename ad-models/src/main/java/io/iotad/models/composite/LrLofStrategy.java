package io.iotad.models.composite;

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
 */
public final class LrLofStrategy extends CompositeStrategy {
    /** The configuration name. */
    public static final String NAME = "lr_lof";
    /** The default configuration of {@code lr_lof}. */
    public static final Map<String, Object> PRESET = Map.of(
            "components", List.of(Map.of("name", "lr", "strategy", "lr_residual")),
            "combine", "stack",
            "stack", Map.of("strategy", "lof", "passthrough", List.of("avg_temp_diff", "avg_outdoor_temp_c")));

    /** Creates the strategy (found by ServiceLoader). */
    public LrLofStrategy() {
        super(NAME, "linear-regression residuals and their drivers fed to Local Outlier Factor", PRESET);
    }
}
