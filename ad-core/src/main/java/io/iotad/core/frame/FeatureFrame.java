package io.iotad.core.frame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * A columnar table of daily feature rows, one per apartment and calendar day.
 *
 * <p>Each row is identified by a {@link RowKey} (apartment, building, date); each feature is a
 * {@code double} column. {@link Double#NaN} means <em>missing</em>: the library never fills a
 * missing value with 0. Instances are immutable: accessors return copies of the arrays.
 *
 * <p>Build one with {@link #builder(FeatureSchema)}; derive narrower frames with
 * {@link #select(FeatureSchema)} and {@link #rows(int[])}.
 */
public final class FeatureFrame {
    private final FeatureSchema schema;
    private final String[] apartmentIds;
    private final String[] buildingIds;
    private final long[] epochDays;
    private final double[][] columns; // columns[feature][row]

    private FeatureFrame(FeatureSchema schema, String[] apartmentIds, String[] buildingIds, long[] epochDays,
                         double[][] columns) {
        this.schema = schema;
        this.apartmentIds = apartmentIds;
        this.buildingIds = buildingIds;
        this.epochDays = epochDays;
        this.columns = columns;
    }

    /**
     * Creates a frame from whole columns (copied).
     *
     * @param schema the feature names, in the order of {@code columns}
     * @param apartmentIds one apartment id per row
     * @param buildingIds one building id per row
     * @param dates one calendar day per row
     * @param columns one array per feature, each as long as the id arrays; NaN = missing
     * @return the frame
     * @throws IllegalArgumentException when the lengths disagree or an id is blank
     */
    public static FeatureFrame of(FeatureSchema schema, String[] apartmentIds, String[] buildingIds,
                                  LocalDate[] dates, double[][] columns) {
        Objects.requireNonNull(schema, "schema");
        int n = apartmentIds.length;
        if (buildingIds.length != n || dates.length != n) {
            throw new IllegalArgumentException("id columns differ in length: apartments=" + n
                    + ", buildings=" + buildingIds.length + ", dates=" + dates.length);
        }
        if (columns.length != schema.size()) {
            throw new IllegalArgumentException("expected " + schema.size() + " feature columns, got " + columns.length);
        }
        long[] days = new long[n];
        for (int i = 0; i < n; i++) {
            new RowKey(apartmentIds[i], buildingIds[i], dates[i]); // validates
            days[i] = dates[i].toEpochDay();
        }
        double[][] cols = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].length != n) {
                throw new IllegalArgumentException("column '" + schema.names().get(c) + "' has " + columns[c].length
                        + " values, expected " + n);
            }
            cols[c] = columns[c].clone();
        }
        return new FeatureFrame(schema, apartmentIds.clone(), buildingIds.clone(), days, cols);
    }

    /**
     * @param schema the feature columns the rows will carry
     * @return a builder that appends rows
     */
    public static Builder builder(FeatureSchema schema) {
        return new Builder(schema);
    }

    /** @return the feature schema */
    public FeatureSchema schema() {
        return schema;
    }

    /** @return the number of rows, at least 0 */
    public int rowCount() {
        return apartmentIds.length;
    }

    /**
     * @param row row index, from 0 to {@link #rowCount()} - 1
     * @return the row's apartment id
     */
    public String apartmentId(int row) {
        return apartmentIds[row];
    }

    /**
     * @param row row index, from 0 to {@link #rowCount()} - 1
     * @return the row's building id
     */
    public String buildingId(int row) {
        return buildingIds[row];
    }

    /**
     * @param row row index, from 0 to {@link #rowCount()} - 1
     * @return the row's calendar day
     */
    public LocalDate eventDate(int row) {
        return LocalDate.ofEpochDay(epochDays[row]);
    }

    /**
     * @param row row index, from 0 to {@link #rowCount()} - 1
     * @return the row's calendar day as days since 1970-01-01
     */
    public long epochDay(int row) {
        return epochDays[row];
    }

    /**
     * @param row row index, from 0 to {@link #rowCount()} - 1
     * @return the row's key
     */
    public RowKey key(int row) {
        return new RowKey(apartmentIds[row], buildingIds[row], eventDate(row));
    }

    /**
     * @param row row index, from 0 to {@link #rowCount()} - 1
     * @param feature column index in {@link #schema()}
     * @return the value, NaN when missing
     */
    public double value(int row, int feature) {
        return columns[feature][row];
    }

    /**
     * @param name a feature of the schema
     * @return a copy of its column, NaN = missing
     * @throws IllegalArgumentException when the schema lacks the feature
     */
    public double[] column(String name) {
        return columns[schema.require(name)].clone();
    }

    /**
     * Copies the named features into a row-major matrix, the shape detectors train on.
     *
     * @param features the features to take, in the matrix's column order
     * @return {@code double[rowCount()][features.size()]}; NaN = missing
     * @throws IllegalArgumentException naming the features this frame lacks
     */
    public double[][] toRowMajor(FeatureSchema features) {
        int[] idx = indicesOf(features);
        int n = rowCount();
        double[][] m = new double[n][idx.length];
        for (int j = 0; j < idx.length; j++) {
            double[] col = columns[idx[j]];
            for (int i = 0; i < n; i++) {
                m[i][j] = col[i];
            }
        }
        return m;
    }

    /**
     * @param features features this frame must hold
     * @return a frame with only those columns, in that order (rows unchanged)
     */
    public FeatureFrame select(FeatureSchema features) {
        int[] idx = indicesOf(features);
        double[][] cols = new double[idx.length][];
        for (int j = 0; j < idx.length; j++) {
            cols[j] = columns[idx[j]];
        }
        return new FeatureFrame(features, apartmentIds, buildingIds, epochDays, cols);
    }

    /**
     * @param rowIndices the rows to keep, in the order wanted (repeats allowed)
     * @return a frame of those rows
     */
    public FeatureFrame rows(int[] rowIndices) {
        int m = rowIndices.length;
        String[] a = new String[m];
        String[] b = new String[m];
        long[] d = new long[m];
        double[][] cols = new double[columns.length][m];
        for (int k = 0; k < m; k++) {
            int r = rowIndices[k];
            a[k] = apartmentIds[r];
            b[k] = buildingIds[r];
            d[k] = epochDays[r];
            for (int c = 0; c < columns.length; c++) {
                cols[c][k] = columns[c][r];
            }
        }
        return new FeatureFrame(schema, a, b, d, cols);
    }

    /**
     * @param keep decides, by row index, which rows stay
     * @return a frame of the rows kept, in their order
     */
    public FeatureFrame filter(IntPredicate keep) {
        return rows(java.util.stream.IntStream.range(0, rowCount()).filter(keep).toArray());
    }

    /**
     * @param name a new feature name
     * @param values one value per row (copied); NaN = missing
     * @return a frame with the column appended
     */
    public FeatureFrame withColumn(String name, double[] values) {
        if (values.length != rowCount()) {
            throw new IllegalArgumentException("column '" + name + "' has " + values.length + " values, expected " + rowCount());
        }
        List<String> names = new ArrayList<>(schema.names());
        names.add(name);
        double[][] cols = Arrays.copyOf(columns, columns.length + 1);
        cols[columns.length] = values.clone();
        return new FeatureFrame(FeatureSchema.of(names), apartmentIds, buildingIds, epochDays, cols);
    }

    private int[] indicesOf(FeatureSchema features) {
        List<String> missing = schema.missingFrom(features);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("frame lacks features " + missing + "; it has " + schema.names());
        }
        int[] idx = new int[features.size()];
        for (int j = 0; j < idx.length; j++) {
            idx[j] = schema.indexOf(features.names().get(j));
        }
        return idx;
    }

    @Override
    public String toString() {
        return "FeatureFrame[rows=" + rowCount() + ", " + schema + "]";
    }

    /** Appends rows one at a time; not thread-safe. */
    public static final class Builder {
        private final FeatureSchema schema;
        private final List<String> apts = new ArrayList<>();
        private final List<String> bldgs = new ArrayList<>();
        private long[] days = new long[64];
        private double[][] cols;
        private int n;

        private Builder(FeatureSchema schema) {
            this.schema = Objects.requireNonNull(schema, "schema");
            this.cols = new double[schema.size()][64];
        }

        /**
         * Appends a row.
         *
         * @param key the row's identity
         * @param values one value per schema feature, in schema order; NaN = missing
         * @return this builder
         */
        public Builder add(RowKey key, double... values) {
            if (values.length != schema.size()) {
                throw new IllegalArgumentException("row " + key.recordId() + " has " + values.length
                        + " values, expected " + schema.size());
            }
            if (n == days.length) {
                int cap = n * 2;
                days = Arrays.copyOf(days, cap);
                for (int c = 0; c < cols.length; c++) {
                    cols[c] = Arrays.copyOf(cols[c], cap);
                }
            }
            apts.add(key.apartmentId());
            bldgs.add(key.buildingId());
            days[n] = key.eventDate().toEpochDay();
            for (int c = 0; c < values.length; c++) {
                cols[c][n] = values[c];
            }
            n++;
            return this;
        }

        /** @return the frame of the rows added so far */
        public FeatureFrame build() {
            double[][] out = new double[cols.length][];
            for (int c = 0; c < cols.length; c++) {
                out[c] = Arrays.copyOf(cols[c], n);
            }
            return new FeatureFrame(schema, apts.toArray(new String[0]), bldgs.toArray(new String[0]),
                    Arrays.copyOf(days, n), out);
        }
    }
}
