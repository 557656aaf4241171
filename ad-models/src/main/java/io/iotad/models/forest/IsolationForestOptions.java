package io.iotad.models.forest;

import io.iotad.core.detect.DetectorOptions;
import io.iotad.models.context.ContextOptions;
import io.iotad.models.options.RawOptions;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validated hyperparameters of the {@code isolation_forest} strategy.
 *
 * @param trees number of isolation trees, 1 to {@link #MAX_TREES}
 * @param subsampleSize rows drawn for each tree (psi), at least 2; capped at the training rows when
 *     fitting, as scikit-learn's {@code max_samples="auto"} is. Trees grow to depth
 *     {@code ceil(log2(psi))}.
 * @param maxFeatures fraction of the features each tree may split on, in (0, 1]; each tree draws
 *     {@code max(1, floor(maxFeatures * d))} distinct features (1.0 = all, the paper's method)
 * @param bootstrap whether each tree's rows are drawn with replacement (false = without, the paper's
 *     method)
 * @param context what each row is compared with before the trees see it (options {@code context},
 *     {@code context_window_days}, {@code context_min_days}, {@code context_min_peers}; default: none,
 *     raw values); see {@link io.iotad.models.context.ContextualStandardization}
 */
public record IsolationForestOptions(int trees, int subsampleSize, double maxFeatures, boolean bootstrap,
                                     ContextOptions context)
        implements DetectorOptions {
    /** Default number of trees: path lengths converge well before 100 (Liu et al. 2008, §5). */
    public static final int DEFAULT_TREES = 100;
    /** Default subsample size psi = 256 (Liu et al. 2008, §5). */
    public static final int DEFAULT_SUBSAMPLE_SIZE = 256;
    /** Default feature fraction: all features. */
    public static final double DEFAULT_MAX_FEATURES = 1.0;
    /** Default: draw rows without replacement. */
    public static final boolean DEFAULT_BOOTSTRAP = false;
    /** Most trees accepted. */
    public static final int MAX_TREES = 100_000;

    /** Option key of {@link #trees()}. */
    public static final String TREES = "trees";
    /** Option key of {@link #subsampleSize()}. */
    public static final String SUBSAMPLE_SIZE = "subsample_size";
    /** Option key of {@link #maxFeatures()}. */
    public static final String MAX_FEATURES = "max_features";
    /** Option key of {@link #bootstrap()}. */
    public static final String BOOTSTRAP = "bootstrap";

    private static final Set<String> KEYS = keys();

    /** Validates every field. */
    public IsolationForestOptions {
        Objects.requireNonNull(context, "context");
        if (trees < 1 || trees > MAX_TREES) {
            throw RawOptions.outOfRange(IsolationForestStrategy.NAME, TREES, trees, "an integer in [1, " + MAX_TREES + "]");
        }
        if (subsampleSize < 2) {
            throw RawOptions.outOfRange(IsolationForestStrategy.NAME, SUBSAMPLE_SIZE, subsampleSize, "an integer >= 2");
        }
        if (!(maxFeatures > 0 && maxFeatures <= 1)) {
            throw RawOptions.outOfRange(IsolationForestStrategy.NAME, MAX_FEATURES, maxFeatures, "a fraction in (0, 1]");
        }
    }

    /**
     * Options without context (raw values), as before the context option existed.
     *
     * @param trees number of trees
     * @param subsampleSize rows per tree
     * @param maxFeatures fraction of features per tree
     * @param bootstrap whether rows are drawn with replacement
     */
    public IsolationForestOptions(int trees, int subsampleSize, double maxFeatures, boolean bootstrap) {
        this(trees, subsampleSize, maxFeatures, bootstrap, ContextOptions.none());
    }

    private static Set<String> keys() {
        Set<String> k = new HashSet<>(Set.of(TREES, SUBSAMPLE_SIZE, MAX_FEATURES, BOOTSTRAP));
        k.addAll(ContextOptions.KEYS);
        return Set.copyOf(k);
    }

    /** @return the documented defaults */
    public static IsolationForestOptions defaults() {
        return new IsolationForestOptions(DEFAULT_TREES, DEFAULT_SUBSAMPLE_SIZE, DEFAULT_MAX_FEATURES, DEFAULT_BOOTSTRAP);
    }

    /**
     * @param raw option name to value; absent keys take their defaults
     * @return the validated options
     * @throws IllegalArgumentException for an unknown key or an invalid value
     */
    public static IsolationForestOptions parse(Map<String, ?> raw) {
        RawOptions o = RawOptions.of(IsolationForestStrategy.NAME, raw, KEYS);
        return new IsolationForestOptions(o.intValue(TREES, DEFAULT_TREES), o.intValue(SUBSAMPLE_SIZE, DEFAULT_SUBSAMPLE_SIZE),
                o.doubleValue(MAX_FEATURES, DEFAULT_MAX_FEATURES), o.booleanValue(BOOTSTRAP, DEFAULT_BOOTSTRAP),
                ContextOptions.parse(IsolationForestStrategy.NAME, o));
    }

    /**
     * @param d features available
     * @return how many features each tree draws, 1 to d
     */
    public int featuresPerTree(int d) {
        return Math.max(1, Math.min(d, (int) (maxFeatures * d)));
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(TREES, trees);
        m.put(SUBSAMPLE_SIZE, subsampleSize);
        m.put(MAX_FEATURES, maxFeatures);
        m.put(BOOTSTRAP, bootstrap);
        if (context.enabled()) {
            context.putInto(m);
        }
        return m;
    }
}
