package io.iotad.models.xgboost;

import io.iotad.core.detect.DetectorOptions;
import io.iotad.models.options.RawOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Validated hyperparameters of the {@code xgboost} strategy. Names follow XGBoost's own, so the
 * values carry over from Python unchanged.
 *
 * @param trees boosting rounds (one tree each), 1 to 100,000
 * @param maxDepth maximum tree depth, 1 to 64
 * @param eta learning rate (shrinkage), in (0, 1]
 * @param subsample fraction of rows sampled per tree, in (0, 1]
 * @param colsampleByTree fraction of features sampled per tree, in (0, 1]
 * @param minChildWeight minimum hessian sum in a leaf, at least 0
 * @param minSplitLoss minimum loss reduction to split (XGBoost's {@code gamma}), at least 0
 * @param lambda L2 regularisation of leaf weights, at least 0
 * @param alpha L1 regularisation of leaf weights, at least 0
 * @param scalePosWeight weight of positive (fault) rows relative to negatives, above 0
 * @param maxBin histogram bins per feature for {@code hist}/{@code approx}, 2 to 65,536
 * @param treeMethod {@code hist}, {@code approx} or {@code exact}
 * @param threads native threads for training and scoring; 0 = the fit context's thread count
 * @param seed seed of row/column sampling; {@code null} = the fit context's seed
 */
public record XGBoostOptions(int trees, int maxDepth, double eta, double subsample, double colsampleByTree,
                             double minChildWeight, double minSplitLoss, double lambda, double alpha,
                             double scalePosWeight, int maxBin, String treeMethod, int threads, Long seed)
        implements DetectorOptions {
    /** Default boosting rounds. */
    public static final int DEFAULT_TREES = 100;
    /** Default maximum depth. */
    public static final int DEFAULT_MAX_DEPTH = 6;
    /** Default learning rate. */
    public static final double DEFAULT_ETA = 0.1;
    /** Default row subsample. */
    public static final double DEFAULT_SUBSAMPLE = 1.0;
    /** Default column subsample per tree. */
    public static final double DEFAULT_COLSAMPLE_BYTREE = 1.0;
    /** Default minimum child weight. */
    public static final double DEFAULT_MIN_CHILD_WEIGHT = 1.0;
    /** Default minimum split loss. */
    public static final double DEFAULT_MIN_SPLIT_LOSS = 0.0;
    /** Default L2 regularisation. */
    public static final double DEFAULT_LAMBDA = 1.0;
    /** Default L1 regularisation. */
    public static final double DEFAULT_ALPHA = 0.0;
    /** Default positive-class weight. */
    public static final double DEFAULT_SCALE_POS_WEIGHT = 1.0;
    /** Default histogram bins. */
    public static final int DEFAULT_MAX_BIN = 256;
    /** Default tree construction method. */
    public static final String DEFAULT_TREE_METHOD = "hist";
    /** Default threads: 0 = take the fit context's. */
    public static final int DEFAULT_THREADS = 0;
    /** The tree methods accepted. */
    public static final Set<String> TREE_METHODS = Set.of("hist", "approx", "exact");

    /** The option names accepted. */
    public static final List<String> KEYS = List.of("trees", "max_depth", "eta", "subsample", "colsample_bytree",
            "min_child_weight", "min_split_loss", "lambda", "alpha", "scale_pos_weight", "max_bin", "tree_method",
            "threads", "seed");

    private static final String NAME = XGBoostStrategy.NAME;

    /** Validates every field. */
    public XGBoostOptions {
        check("trees", trees, trees >= 1 && trees <= 100_000, "an integer in [1, 100000]");
        check("max_depth", maxDepth, maxDepth >= 1 && maxDepth <= 64, "an integer in [1, 64]");
        check("eta", eta, eta > 0 && eta <= 1, "a number in (0, 1]");
        check("subsample", subsample, subsample > 0 && subsample <= 1, "a number in (0, 1]");
        check("colsample_bytree", colsampleByTree, colsampleByTree > 0 && colsampleByTree <= 1, "a number in (0, 1]");
        check("min_child_weight", minChildWeight, minChildWeight >= 0 && Double.isFinite(minChildWeight),
                "a finite number >= 0");
        check("min_split_loss", minSplitLoss, minSplitLoss >= 0 && Double.isFinite(minSplitLoss), "a finite number >= 0");
        check("lambda", lambda, lambda >= 0 && Double.isFinite(lambda), "a finite number >= 0");
        check("alpha", alpha, alpha >= 0 && Double.isFinite(alpha), "a finite number >= 0");
        check("scale_pos_weight", scalePosWeight, scalePosWeight > 0 && Double.isFinite(scalePosWeight),
                "a finite number > 0");
        check("max_bin", maxBin, maxBin >= 2 && maxBin <= 65_536, "an integer in [2, 65536]");
        treeMethod = treeMethod == null ? null : treeMethod.toLowerCase(Locale.ROOT);
        check("tree_method", treeMethod, treeMethod != null && TREE_METHODS.contains(treeMethod),
                "one of " + TREE_METHODS);
        check("threads", threads, threads >= 0 && threads <= 4096, "an integer in [0, 4096] (0 = fit context's)");
    }

    /** @return the documented defaults */
    public static XGBoostOptions defaults() {
        return new XGBoostOptions(DEFAULT_TREES, DEFAULT_MAX_DEPTH, DEFAULT_ETA, DEFAULT_SUBSAMPLE,
                DEFAULT_COLSAMPLE_BYTREE, DEFAULT_MIN_CHILD_WEIGHT, DEFAULT_MIN_SPLIT_LOSS, DEFAULT_LAMBDA,
                DEFAULT_ALPHA, DEFAULT_SCALE_POS_WEIGHT, DEFAULT_MAX_BIN, DEFAULT_TREE_METHOD, DEFAULT_THREADS, null);
    }

    /**
     * @param raw options by name, as in configuration; absent keys take their defaults
     * @return the validated options
     * @throws IllegalArgumentException naming the option, value and expectation, or an unknown key
     */
    public static XGBoostOptions parse(Map<String, ?> raw) {
        RawOptions r = RawOptions.of(NAME, raw, KEYS);
        XGBoostOptions o = new XGBoostOptions(
                r.intValue("trees", DEFAULT_TREES),
                r.intValue("max_depth", DEFAULT_MAX_DEPTH),
                r.doubleValue("eta", DEFAULT_ETA),
                r.doubleValue("subsample", DEFAULT_SUBSAMPLE),
                r.doubleValue("colsample_bytree", DEFAULT_COLSAMPLE_BYTREE),
                r.doubleValue("min_child_weight", DEFAULT_MIN_CHILD_WEIGHT),
                r.doubleValue("min_split_loss", DEFAULT_MIN_SPLIT_LOSS),
                r.doubleValue("lambda", DEFAULT_LAMBDA),
                r.doubleValue("alpha", DEFAULT_ALPHA),
                r.doubleValue("scale_pos_weight", DEFAULT_SCALE_POS_WEIGHT),
                r.intValue("max_bin", DEFAULT_MAX_BIN),
                r.stringValue("tree_method", DEFAULT_TREE_METHOD).toLowerCase(Locale.ROOT),
                r.intValue("threads", DEFAULT_THREADS),
                r.has("seed") ? Long.valueOf(wholeSeed(r, raw.get("seed"))) : null);
        return o;
    }

    /**
     * @param contextThreads the fit context's thread count
     * @return the threads to give the native library
     */
    public int effectiveThreads(int contextThreads) {
        return threads == 0 ? contextThreads : threads;
    }

    /**
     * @param contextSeed the fit context's seed
     * @return the seed to give the native library
     */
    public long effectiveSeed(long contextSeed) {
        return seed == null ? contextSeed : seed;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trees", trees);
        m.put("max_depth", maxDepth);
        m.put("eta", eta);
        m.put("subsample", subsample);
        m.put("colsample_bytree", colsampleByTree);
        m.put("min_child_weight", minChildWeight);
        m.put("min_split_loss", minSplitLoss);
        m.put("lambda", lambda);
        m.put("alpha", alpha);
        m.put("scale_pos_weight", scalePosWeight);
        m.put("max_bin", maxBin);
        m.put("tree_method", treeMethod);
        m.put("threads", threads);
        if (seed != null) {
            m.put("seed", seed);
        }
        return m;
    }

    private static long wholeSeed(RawOptions r, Object given) {
        double d = r.doubleValue("seed", 0);
        if (d != Math.rint(d) || Math.abs(d) > (1L << 53)) {
            throw r.invalid("seed", given, "a whole number of magnitude <= 2^53");
        }
        return (long) d;
    }

    private static void check(String key, Object value, boolean ok, String expected) {
        if (!ok) {
            throw RawOptions.outOfRange(NAME, key, value, expected);
        }
    }
}
