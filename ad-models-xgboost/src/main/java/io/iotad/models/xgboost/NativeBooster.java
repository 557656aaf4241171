package io.iotad.models.xgboost;

import java.lang.ref.Cleaner;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import ml.dmlc.xgboost4j.java.XGBoostJNI;

/**
 * One native XGBoost booster held through xgboost4j's public JNI entry points ({@link XGBoostJNI}), so
 * that predictions come back as one flat {@code float[]} for the whole batch: xgboost4j's {@code Booster}
 * copies every batch into one {@code float[]} per row. Scoring predicts in place from the dense row-major
 * values (no {@link DMatrix} is built, as Python's {@code inplace_predict}); TreeSHAP contributions go
 * through a {@link DMatrix}, which the in-place path does not support. The native handle is freed when
 * this object becomes unreachable. Calls are serialised on this object.
 */
final class NativeBooster {
    private static final Cleaner CLEANER = Cleaner.create();
    /** {@code XGBoosterPredictFromDense} prediction types. */
    private static final int PREDICT_VALUE = 0;
    private static final int PREDICT_MARGIN = 1;
    /** {@code XGBoosterPredict} option mask bit for TreeSHAP contributions. */
    private static final int OPTION_CONTRIBUTIONS = 4;

    private final long handle;

    private NativeBooster(long handle) {
        this.handle = handle;
        CLEANER.register(this, () -> XGBoostJNI.XGBoosterFree(handle));
    }

    /**
     * @param model a model XGBoost itself wrote (UBJSON or JSON; the legacy binary format is not read here)
     * @return the loaded booster
     * @throws XGBoostError when XGBoost cannot read the bytes
     */
    static NativeBooster load(byte[] model) throws XGBoostError {
        long[] out = new long[1];
        check(XGBoostJNI.XGBoosterCreate(new long[0], out));
        NativeBooster b = new NativeBooster(out[0]);
        check(XGBoostJNI.XGBoosterLoadModelFromBuffer(b.handle, model));
        return b;
    }

    /**
     * @param name an XGBoost parameter, e.g. {@code nthread}
     * @param value its value
     * @throws XGBoostError when XGBoost rejects it
     */
    synchronized void setParam(String name, String value) throws XGBoostError {
        check(XGBoostJNI.XGBoosterSetParam(handle, name, value));
    }

    /** @return the number of features the booster was trained on */
    synchronized long features() throws XGBoostError {
        long[] out = new long[1];
        check(XGBoostJNI.XGBoosterGetNumFeature(handle, out));
        return out[0];
    }

    /**
     * Predicts in place from dense row-major values.
     *
     * @param data {@code rows * cols} values, row-major, NaN = missing
     * @param rows rows, at least 1
     * @param cols columns, the booster's feature count
     * @param margin {@code true} for the raw margin (log-odds), {@code false} for the probability
     * @return one value per row
     * @throws XGBoostError when XGBoost fails
     */
    synchronized float[] predict(float[] data, int rows, int cols, boolean margin) throws XGBoostError {
        float[][] out = new float[1][];
        check(XGBoostJNI.XGBoosterPredictFromDense(handle, data, rows, cols, Float.NaN, 0, 0,
                margin ? PREDICT_MARGIN : PREDICT_VALUE, null, out));
        return out[0];
    }

    /**
     * TreeSHAP contributions to the margin: {@code cols + 1} values a row (the features, then the bias),
     * rows one after another.
     *
     * @param matrix the rows
     * @return {@code rows * (cols + 1)} values
     * @throws XGBoostError when XGBoost fails
     */
    synchronized float[] contributions(DMatrix matrix) throws XGBoostError {
        float[][] out = new float[1][];
        check(XGBoostJNI.XGBoosterPredict(handle, matrix.getHandle(), OPTION_CONTRIBUTIONS, 0, out));
        return out[0];
    }

    private static void check(int status) throws XGBoostError {
        if (status != 0) {
            throw new XGBoostError(XGBoostJNI.XGBGetLastError());
        }
    }
}
