package io.iotad.models.xgboost;

import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.explain.FeatureAttribution;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A fitted {@code xgboost} detector. The score is P(fault) in [0, 1] from the binary logistic
 * booster; missing values (NaN) are {@link MissingValuePolicy#NATIVE}: each split sends them its
 * learned default way. Scoring hands XGBoost one dense row-major {@code float[]} for the whole frame and
 * gets one flat {@code float[]} back (in-place prediction: no native matrix, no per-row objects). Models
 * written by xgboost4j 1.6 (payload version 1, XGBoost's legacy binary format) are converted on load
 * ({@link LegacyBinaryModel}) and score as they did. Calls into the booster are serialised on it, so one
 * instance may be shared by threads.
 * Its {@link #contributions TreeSHAP contributions} are the reasons of its alerts
 * ({@link io.iotad.core.explain.Explainer}).
 */
public final class XGBoostDetector extends AbstractDetector<XGBoostOptions> implements FeatureAttribution {
    private final int threads;
    private final byte[] modelBytes;
    private final NativeBooster booster;

    /**
     * @param features the features, in the booster's column order
     * @param options the options it was fitted with
     * @param threads native threads used when scoring, at least 1
     * @param modelBytes the booster's raw model bytes ({@code Booster.toByteArray()}: UBJSON, or the legacy
     *     binary format of xgboost4j 1.6), copied and kept as given
     * @throws IllegalArgumentException when the bytes are not a model XGBoost can read, or a legacy model
     *     that cannot be converted (the message says to retrain), or its feature count differs
     */
    XGBoostDetector(FeatureSchema features, XGBoostOptions options, int threads, byte[] modelBytes) {
        super(XGBoostStrategy.NAME, features, MissingValuePolicy.NATIVE, options);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.modelBytes = modelBytes.clone();
        byte[] loadable;
        try {
            loadable = LegacyBinaryModel.isLegacy(this.modelBytes) ? LegacyBinaryModel.toJson(this.modelBytes) : this.modelBytes;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot load the xgboost model written by xgboost4j 1.6 ("
                    + modelBytes.length + " bytes): " + e.getMessage(), e);
        }
        try {
            this.booster = NativeBooster.load(loadable);
            this.booster.setParam("nthread", Integer.toString(threads));
            long expected = this.booster.features();
            if (expected != features.size()) {
                throw new IllegalArgumentException("the XGBoost model reads " + expected + " features, the payload names "
                        + features.size() + " " + features.names());
            }
        } catch (XGBoostError e) {
            throw new IllegalArgumentException("not an XGBoost model (" + modelBytes.length + " bytes): "
                    + e.getMessage(), e);
        }
    }

    /** @return the native threads used when scoring */
    public int threads() {
        return threads;
    }

    /** @return a copy of the booster's raw model bytes, as XGBoost wrote them (a legacy model's stay legacy) */
    public byte[] modelBytes() {
        return modelBytes.clone();
    }

    /**
     * Scores every row: P(fault) in [0, 1]. Rows with missing features are scored (NATIVE policy).
     * One flat batch prediction in place from the dense values (no per-row arrays, no native matrix).
     *
     * @param frame rows holding every feature of {@link #features()}
     * @return one probability per row
     */
    @Override
    public Scores score(FeatureFrame frame) {
        return Scores.of(frame, predict(frame, false));
    }

    /**
     * @param frame rows holding every feature of {@link #features()}
     * @return the raw margin (log-odds of a fault) of each row
     */
    public double[] margins(FeatureFrame frame) {
        return predict(frame, true);
    }

    /**
     * Per-row TreeSHAP feature contributions to the margin (log-odds). Row {@code i} has one value
     * per feature of {@link #features()}, in that order, then the bias in the last column; the row
     * sums to {@link #margins(FeatureFrame)}{@code [i]} (up to float rounding).
     *
     * @param frame rows holding every feature of {@link #features()}
     * @return {@code double[rows][features + 1]}
     */
    @Override
    public double[][] contributions(FeatureFrame frame) {
        int n = frame.rowCount();
        int f = features().size();
        if (n == 0) {
            return new double[0][f + 1];
        }
        DMatrix m = NativeMatrix.of(NativeMatrix.rowMajor(frame, features()), n, f);
        try {
            float[] c = booster.contributions(m);
            if (c.length != n * (f + 1)) {
                throw new IllegalStateException("XGBoost returned " + c.length + " contributions for " + n + " rows x "
                        + (f + 1) + " columns");
            }
            double[][] out = new double[n][f + 1];
            for (int i = 0, k = 0; i < n; i++) {
                double[] row = out[i];
                for (int j = 0; j <= f; j++) {
                    row[j] = c[k++];
                }
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed computing contributions: " + e.getMessage(), e);
        } finally {
            m.dispose();
        }
    }

    private double[] predict(FeatureFrame frame, boolean margin) {
        int n = frame.rowCount();
        float[] data = NativeMatrix.rowMajor(frame, features());
        if (n == 0) {
            return new double[0];
        }
        float[] p;
        try {
            p = booster.predict(data, n, features().size(), margin);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed scoring " + n + " rows: " + e.getMessage(), e);
        }
        if (p.length != n) {
            throw new IllegalStateException("XGBoost returned " + p.length + " predictions for " + n + " rows");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = p[i];
        }
        return out;
    }

    @Override
    public String toString() {
        return "XGBoostDetector[" + features().size() + " features, " + options().trees() + " trees]";
    }
}
