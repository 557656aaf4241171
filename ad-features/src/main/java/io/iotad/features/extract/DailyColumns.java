package io.iotad.features.extract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The daily columns of one apartment as the pipeline fills them, one array of {@link #dayCount()}
 * values per feature (NaN = missing). Not thread-safe: one instance per apartment.
 */
public final class DailyColumns {
    private final int dayCount;
    private final Map<String, double[]> columns = new LinkedHashMap<>();

    /** @param dayCount the number of days (rows) of the apartment, at least 0 */
    public DailyColumns(int dayCount) {
        if (dayCount < 0) {
            throw new IllegalArgumentException("dayCount must be >= 0, got " + dayCount);
        }
        this.dayCount = dayCount;
    }

    /** @return the number of days (rows) */
    public int dayCount() {
        return dayCount;
    }

    /**
     * @param name a column an earlier extractor wrote
     * @return its values (the stored array: do not modify)
     * @throws IllegalStateException when no extractor wrote it yet
     */
    public double[] get(String name) {
        double[] v = columns.get(name);
        if (v == null) {
            throw new IllegalStateException("column '" + name + "' is not computed yet; computed: " + columns.keySet());
        }
        return v;
    }

    /**
     * @param name the column
     * @param values one value per day, NaN = missing (kept, not copied)
     * @throws IllegalArgumentException when the length is wrong or the column exists already
     */
    public void put(String name, double[] values) {
        if (values.length != dayCount) {
            throw new IllegalArgumentException("column '" + name + "' has " + values.length + " values, expected " + dayCount);
        }
        if (columns.putIfAbsent(name, values) != null) {
            throw new IllegalArgumentException("column '" + name + "' is written twice");
        }
    }
}
