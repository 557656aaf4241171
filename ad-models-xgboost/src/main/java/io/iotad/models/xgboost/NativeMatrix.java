package io.iotad.models.xgboost;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Builds XGBoost's native dense matrix straight from a {@link FeatureFrame}: one row-major
 * {@code float[]} copy, no per-row objects. NaN (the library's "missing") is handed to XGBoost as
 * its missing marker, so a missing value follows each split's learned default direction and is
 * never read as 0.
 */
final class NativeMatrix {
    private NativeMatrix() {
    }

    /**
     * @param frame the rows
     * @param features the columns to take, in this order
     * @return a row-major float copy, NaN = missing
     * @throws IllegalArgumentException naming the features the frame lacks
     */
    static float[] rowMajor(FeatureFrame frame, FeatureSchema features) {
        int n = frame.rowCount();
        int f = features.size();
        int[] idx = new int[f];
        for (int j = 0; j < f; j++) {
            idx[j] = frame.schema().indexOf(features.names().get(j));
            if (idx[j] < 0) {
                throw new IllegalArgumentException("frame lacks features " + frame.schema().missingFrom(features)
                        + " that the xgboost detector reads; it has " + frame.schema().names());
            }
        }
        float[] data = new float[Math.multiplyExact(n, f)];
        for (int j = 0; j < f; j++) {
            int c = idx[j];
            for (int i = 0; i < n; i++) {
                data[i * f + j] = (float) frame.value(i, c);
            }
        }
        return data;
    }

    /**
     * @param data row-major values, NaN = missing
     * @param rows number of rows
     * @param cols number of columns
     * @return the native matrix; the caller disposes it
     * @throws IllegalStateException when the native library fails
     */
    static DMatrix of(float[] data, int rows, int cols) {
        try {
            return new DMatrix(data, rows, cols, Float.NaN);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not build a " + rows + " x " + cols + " matrix: "
                    + e.getMessage(), e);
        }
    }
}
