package io.iotad.models.lof;

import io.iotad.core.detect.DetectorOptions;
import io.iotad.models.context.ContextOptions;
import io.iotad.models.neighbors.KdTree;
import io.iotad.models.options.RawOptions;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validated hyperparameters of the {@code lof} strategy.
 *
 * @param neighbors k, the neighbourhood size, at least 1 (capped at training rows − 1 when fitting,
 *     like scikit-learn)
 * @param standardize whether features are centred and scaled to unit variance with the training
 *     rows' mean and (population) standard deviation before distances are taken; the statistics are
 *     stored in the model. Without it, a feature in kWh outweighs one in °C.
 * @param leafSize points per KD-tree leaf, at least 1
 * @param maxTreeDimensions highest feature count for which a KD-tree is used; above it the
 *     neighbour search scans all training rows, at least 0 (0 = always scan)
 * @param context what each row is compared with before distances are taken (options {@code context},
 *     {@code context_window_days}, {@code context_min_days}, {@code context_min_peers}; default: none,
 *     raw values); see {@link io.iotad.models.context.ContextualStandardization}. With a context,
 *     {@code standardize} then scales the contextual values.
 */
public record LofOptions(int neighbors, boolean standardize, int leafSize, int maxTreeDimensions, ContextOptions context)
        implements DetectorOptions {
    /** Default k, as in scikit-learn and Breunig et al.'s suggested lower bound. */
    public static final int DEFAULT_NEIGHBORS = 20;
    /** Default: standardise features. */
    public static final boolean DEFAULT_STANDARDIZE = true;
    /** Default KD-tree leaf size. */
    public static final int DEFAULT_LEAF_SIZE = KdTree.DEFAULT_LEAF_SIZE;
    /** Default highest dimension searched with a KD-tree; pruning fades beyond about 15 features. */
    public static final int DEFAULT_MAX_TREE_DIMENSIONS = 15;

    /** Option key of {@link #neighbors()}. */
    public static final String NEIGHBORS = "neighbors";
    /** Option key of {@link #standardize()}. */
    public static final String STANDARDIZE = "standardize";
    /** Option key of {@link #leafSize()}. */
    public static final String LEAF_SIZE = "leaf_size";
    /** Option key of {@link #maxTreeDimensions()}. */
    public static final String MAX_TREE_DIMENSIONS = "max_tree_dimensions";

    private static final Set<String> KEYS = keys();

    /** Validates every field. */
    public LofOptions {
        Objects.requireNonNull(context, "context");
        if (neighbors < 1) {
            throw RawOptions.outOfRange(LofStrategy.NAME, NEIGHBORS, neighbors, "an integer >= 1");
        }
        if (leafSize < 1) {
            throw RawOptions.outOfRange(LofStrategy.NAME, LEAF_SIZE, leafSize, "an integer >= 1");
        }
        if (maxTreeDimensions < 0) {
            throw RawOptions.outOfRange(LofStrategy.NAME, MAX_TREE_DIMENSIONS, maxTreeDimensions, "an integer >= 0");
        }
    }

    /**
     * Options without context (raw values), as before the context option existed.
     *
     * @param neighbors k
     * @param standardize whether features are standardised
     * @param leafSize KD-tree leaf size
     * @param maxTreeDimensions highest dimension searched with a KD-tree
     */
    public LofOptions(int neighbors, boolean standardize, int leafSize, int maxTreeDimensions) {
        this(neighbors, standardize, leafSize, maxTreeDimensions, ContextOptions.none());
    }

    private static Set<String> keys() {
        Set<String> k = new HashSet<>(Set.of(NEIGHBORS, STANDARDIZE, LEAF_SIZE, MAX_TREE_DIMENSIONS));
        k.addAll(ContextOptions.KEYS);
        return Set.copyOf(k);
    }

    /** @return the documented defaults */
    public static LofOptions defaults() {
        return new LofOptions(DEFAULT_NEIGHBORS, DEFAULT_STANDARDIZE, DEFAULT_LEAF_SIZE, DEFAULT_MAX_TREE_DIMENSIONS);
    }

    /**
     * @param raw option name to value; absent keys take their defaults
     * @return the validated options
     * @throws IllegalArgumentException for an unknown key or an invalid value
     */
    public static LofOptions parse(Map<String, ?> raw) {
        RawOptions o = RawOptions.of(LofStrategy.NAME, raw, KEYS);
        return new LofOptions(o.intValue(NEIGHBORS, DEFAULT_NEIGHBORS), o.booleanValue(STANDARDIZE, DEFAULT_STANDARDIZE),
                o.intValue(LEAF_SIZE, DEFAULT_LEAF_SIZE), o.intValue(MAX_TREE_DIMENSIONS, DEFAULT_MAX_TREE_DIMENSIONS),
                ContextOptions.parse(LofStrategy.NAME, o));
    }

    /**
     * @param k a new neighbourhood size
     * @return these options with {@link #neighbors()} replaced
     */
    public LofOptions withNeighbors(int k) {
        return new LofOptions(k, standardize, leafSize, maxTreeDimensions, context);
    }

    /**
     * @param on whether to standardise
     * @return these options with {@link #standardize()} replaced
     */
    public LofOptions withStandardize(boolean on) {
        return new LofOptions(neighbors, on, leafSize, maxTreeDimensions, context);
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(NEIGHBORS, neighbors);
        m.put(STANDARDIZE, standardize);
        m.put(LEAF_SIZE, leafSize);
        m.put(MAX_TREE_DIMENSIONS, maxTreeDimensions);
        if (context.enabled()) {
            context.putInto(m);
        }
        return m;
    }
}
