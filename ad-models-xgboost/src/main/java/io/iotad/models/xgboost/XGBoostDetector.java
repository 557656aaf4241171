package io.iotad.models.xgboost;

import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.explain.FeatureAttribution;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A fitted {@code xgboost} detector. The score is P(fault) in [0, 1] from the binary logistic
 * booster; missing values (NaN) are {@link MissingValuePolicy#NATIVE}: each split sends them its
 * learned default way. Scoring builds one dense native matrix for the whole frame (no per-row
 * objects). Calls into the booster are serialised on it, so one instance may be shared by threads.
 * Its {@link #contributions TreeSHAP contributions} are the reasons of its alerts
 * ({@link io.iotad.core.explain.Explainer}).
 */
public final class XGBoostDetector extends AbstractDetector<XGBoostOptions> implements FeatureAttribution {
    private final int threads;
    private final byte[] modelBytes;
    private final Booster booster;

    /**
     * @param features the features, in the booster's column order
     * @param options the options it was fitted with
     * @param threads native threads used when scoring, at least 1
     * @param modelBytes the booster's raw model bytes ({@code Booster.toByteArray()}), copied
     * @throws IllegalArgumentException when the bytes are not a model XGBoost can read
     */
    XGBoostDetector(FeatureSchema features, XGBoostOptions options, int threads, byte[] modelBytes) {
        super(XGBoostStrategy.NAME, features, MissingValuePolicy.NATIVE, options);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.modelBytes = modelBytes.clone();
        try {
            this.booster = XGBoost.loadModel(this.modelBytes);
            this.booster.setParam("nthread", threads);
        } catch (XGBoostError | java.io.IOException e) {
            throw new IllegalArgumentException("not an XGBoost model (" + modelBytes.length + " bytes): "
                    + e.getMessage(), e);
        }
    }

    /** @return the native threads used when scoring */
    public int threads() {
        return threads;
    }

    /** @return a copy of the booster's raw model bytes, as XGBoost itself writes them */
    public byte[] modelBytes() {
        return modelBytes.clone();
    }

    /**
     * Scores every row: P(fault) in [0, 1]. Rows with missing features are scored (NATIVE policy).
     *
     * @param frame rows holding every feature of {@link #features()}
     * @return one probability per row
     */
    @Override
    public Scores score(FeatureFrame frame) {
        float[][] p = predict(frame, false);
        double[] out = new double[p.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = p[i][0];
        }
        return Scores.of(frame, out);
    }

    /**
     * @param frame rows holding every feature of {@link #features()}
     * @return the raw margin (log-odds of a fault) of each row
     */
    public double[] margins(FeatureFrame frame) {
        float[][] p = predict(frame, true);
        double[] out = new double[p.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = p[i][0];
        }
        return out;
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
            float[][] c;
            synchronized (booster) {
                c = booster.predictContrib(m, 0);
            }
            double[][] out = new double[n][f + 1];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= f; j++) {
                    out[i][j] = c[i][j];
                }
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed computing contributions: " + e.getMessage(), e);
        } finally {
            m.dispose();
        }
    }

    private float[][] predict(FeatureFrame frame, boolean margin) {
        int n = frame.rowCount();
        float[] data = NativeMatrix.rowMajor(frame, features());
        if (n == 0) {
            return new float[0][1];
        }
        DMatrix m = NativeMatrix.of(data, n, features().size());
        try {
            synchronized (booster) {
                return booster.predict(m, margin);
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed scoring " + n + " rows: " + e.getMessage(), e);
        } finally {
            m.dispose();
        }
    }

    @Override
    public String toString() {
        return "XGBoostDetector[" + features().size() + " features, " + options().trees() + " trees]";
    }
}
