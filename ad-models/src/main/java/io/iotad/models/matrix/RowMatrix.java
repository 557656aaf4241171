package io.iotad.models.matrix;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import java.util.Arrays;

/**
 * A frame's features as one flat row-major {@code double[]}, with the rows that miss a feature
 * (NaN) marked. Detectors whose missing-value policy is
 * {@link io.iotad.core.detect.MissingValuePolicy#SKIP_ROW} train on {@link #completeRows()} and
 * leave marked rows unscored.
 *
 * @param values row-major values, {@code rows * dimensions}; NaN = missing
 * @param dimensions features per row, at least 1
 * @param missing per row, whether any feature is NaN
 * @param missingRows how many rows are marked
 */
public record RowMatrix(double[] values, int dimensions, boolean[] missing, int missingRows) {
    /** Validates the shape (arrays are kept, not copied: the record is a private working view). */
    public RowMatrix {
        if (dimensions < 1 || values.length != missing.length * dimensions) {
            throw new IllegalArgumentException("values (" + values.length + ") must be rows (" + missing.length
                    + ") x dimensions (" + dimensions + ")");
        }
    }

    /**
     * @param frame the rows
     * @param features the features to take, in column order
     * @return the matrix
     * @throws IllegalArgumentException naming the features the frame lacks
     */
    public static RowMatrix of(FeatureFrame frame, FeatureSchema features) {
        if (features.size() == 0) {
            throw new IllegalArgumentException("need at least one feature");
        }
        FeatureFrame f = frame.select(features);
        int n = f.rowCount();
        int d = features.size();
        double[] v = new double[n * d];
        boolean[] miss = new boolean[n];
        int count = 0;
        for (int j = 0; j < d; j++) {
            double[] col = f.column(features.names().get(j));
            for (int i = 0; i < n; i++) {
                v[i * d + j] = col[i];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                if (Double.isNaN(v[i * d + j])) {
                    miss[i] = true;
                    count++;
                    break;
                }
            }
        }
        return new RowMatrix(v, d, miss, count);
    }

    /** @return the number of rows */
    public int rows() {
        return missing.length;
    }

    /**
     * @return a new row-major array of only the rows without a missing feature, in their order
     */
    public double[] completeRows() {
        int d = dimensions;
        double[] out = new double[(rows() - missingRows) * d];
        int k = 0;
        for (int i = 0; i < missing.length; i++) {
            if (!missing[i]) {
                System.arraycopy(values, i * d, out, k, d);
                k += d;
            }
        }
        return out;
    }

    /**
     * Checks that no present value is infinite.
     *
     * @param features the feature names, for the message
     * @throws IllegalArgumentException naming the row and feature of the first infinite value
     */
    public void requireFinite(FeatureSchema features) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("row " + (i / dimensions) + ", feature '"
                        + features.names().get(i % dimensions) + "' is " + values[i] + ", expected a finite number or NaN (missing)");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowMatrix m && m.dimensions == dimensions && Arrays.equals(m.values, values)
                && Arrays.equals(m.missing, missing);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + dimensions;
    }

    @Override
    public String toString() {
        return "RowMatrix[rows=" + rows() + ", dimensions=" + dimensions + ", missingRows=" + missingRows + "]";
    }
}
