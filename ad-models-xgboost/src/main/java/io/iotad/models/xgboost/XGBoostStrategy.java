package io.iotad.models.xgboost;

import io.iotad.core.detect.AbstractDetectorStrategy;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The supervised {@code xgboost} strategy: gradient-boosted trees with XGBoost's
 * {@code binary:logistic} objective, trained on the labelled rows of the frame (verdict 0 or 1);
 * rows without a verdict are left out. Missing values stay NaN and reach the booster as missing.
 *
 * <p>The native library is the {@code xgboost4j} that Tribuo 4.3.2's XGBoost module depends on.
 * Training calls it directly rather than through {@code XGBoostClassificationTrainer}: that trainer
 * always sets {@code num_class} to the number of labels, so it can only train the two-class
 * {@code multi:softprob} objective (two trees per round, twice the work of Python's binary model),
 * and it rejects NaN feature values. Same seed, data and thread count give the same booster;
 * XGBoost's histogram sums may round differently on another thread count.
 */
public final class XGBoostStrategy extends AbstractDetectorStrategy<XGBoostOptions> {
    /** The strategy name used in configuration. */
    public static final String NAME = "xgboost";

    /** Creates the strategy (found by ServiceLoader). */
    public XGBoostStrategy() {
        super(NAME, "Supervised gradient-boosted trees (XGBoost, binary logistic) scoring P(fault); NaN handled natively.",
                true, XGBoostOptions::parse, new XGBoostCodec());
    }

    /**
     * @throws IllegalArgumentException when the labelled rows lack a fault or a non-fault, or the
     *     frame has no feature
     */
    @Override
    public Detector fit(FeatureFrame train, Labels labels, XGBoostOptions options, FitContext context) {
        Objects.requireNonNull(labels, "labels");
        int[] y = labels.align(train);
        int n = 0;
        int positives = 0;
        for (int v : y) {
            if (v != Labels.UNKNOWN) {
                n++;
                positives += v;
            }
        }
        return fitMatrix(train, y, n, positives, options, context);
    }

    /**
     * Fits on rows whose labels are given directly (1 fault, 0 non-fault, {@link Labels#UNKNOWN}
     * to leave a row out); used where labels come as a column, as in {@code iotad detect}.
     *
     * @param train training rows
     * @param labels one value per row
     * @param options validated options
     * @param context seed, threads and progress
     * @return the fitted detector
     */
    public XGBoostDetector fitLabelled(FeatureFrame train, int[] labels, XGBoostOptions options, FitContext context) {
        if (labels.length != train.rowCount()) {
            throw new IllegalArgumentException("expected " + train.rowCount() + " labels, got " + labels.length);
        }
        int n = 0;
        int positives = 0;
        for (int i = 0; i < labels.length; i++) {
            int v = labels[i];
            if (v != Labels.UNKNOWN && v != 0 && v != 1) {
                throw new IllegalArgumentException("label of row " + i + " is " + v + ", expected 0, 1 or -1 (unknown)");
            }
            if (v != Labels.UNKNOWN) {
                n++;
                positives += v;
            }
        }
        return fitMatrix(train, labels, n, positives, options, context);
    }

    private XGBoostDetector fitMatrix(FeatureFrame train, int[] y, int n, int positives, XGBoostOptions options,
                                      FitContext context) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(context, "context");
        int f = train.schema().size();
        if (f == 0) {
            throw new IllegalArgumentException("xgboost: the training frame has no feature");
        }
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("xgboost: needs labelled faults and non-faults; the "
                    + train.rowCount() + " training rows have " + positives + " faults among " + n + " labelled rows");
        }
        int[] keep = new int[n];
        float[] label = new float[n];
        for (int i = 0, k = 0; i < y.length; i++) {
            if (y[i] != Labels.UNKNOWN) {
                keep[k] = i;
                label[k++] = y[i];
            }
        }
        FeatureFrame labelled = n == train.rowCount() ? train : train.rows(keep);
        int threads = options.effectiveThreads(context.threads());
        context.progress().progress("xgboost", 0, options.trees());
        DMatrix m = NativeMatrix.of(NativeMatrix.rowMajor(labelled, train.schema()), n, f);
        try {
            m.setLabel(label);
            Booster b = XGBoost.train(m, nativeParams(options, threads, context.seed()), options.trees(),
                    new HashMap<>(), null, null);
            byte[] bytes = b.toByteArray("ubj");
            b.dispose();
            context.progress().progress("xgboost", options.trees(), options.trees());
            return new XGBoostDetector(train.schema(), options, threads, bytes);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed on " + n + " rows x " + f + " features: "
                    + e.getMessage(), e);
        } finally {
            m.dispose();
        }
    }

    static Map<String, Object> nativeParams(XGBoostOptions o, int threads, long contextSeed) {
        Map<String, Object> p = new HashMap<>();
        p.put("objective", "binary:logistic");
        p.put("eval_metric", "logloss");
        p.put("booster", "gbtree");
        p.put("max_depth", o.maxDepth());
        p.put("eta", o.eta());
        p.put("subsample", o.subsample());
        p.put("colsample_bytree", o.colsampleByTree());
        p.put("min_child_weight", o.minChildWeight());
        p.put("gamma", o.minSplitLoss());
        p.put("lambda", o.lambda());
        p.put("alpha", o.alpha());
        p.put("scale_pos_weight", o.scalePosWeight());
        p.put("max_bin", o.maxBin());
        p.put("tree_method", o.treeMethod());
        p.put("nthread", threads);
        p.put("seed", o.effectiveSeed(contextSeed));
        p.put("verbosity", 0);
        return p;
    }
}
