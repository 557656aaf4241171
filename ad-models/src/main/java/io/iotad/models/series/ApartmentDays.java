package io.iotad.models.series;

import io.iotad.core.frame.FeatureFrame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one apartment in a {@link FeatureFrame}, ordered by calendar day and placed on the
 * day grid from the apartment's first to its last day in the frame. A day without a row is a gap.
 * Immutable.
 */
public final class ApartmentDays {
    private final String apartmentId;
    private final long firstEpochDay;
    private final int[] rows;
    private final int[] offsets;

    private ApartmentDays(String apartmentId, long firstEpochDay, int[] rows, int[] offsets) {
        this.apartmentId = apartmentId;
        this.firstEpochDay = firstEpochDay;
        this.rows = rows;
        this.offsets = offsets;
    }

    /**
     * Groups a frame's rows by apartment, in the order apartments first appear in the frame.
     *
     * @param frame the rows
     * @return one entry per apartment
     * @throws IllegalArgumentException naming the apartment and day when a day appears twice
     */
    public static List<ApartmentDays> of(FeatureFrame frame) {
        Map<String, List<Integer>> byApartment = new LinkedHashMap<>();
        for (int r = 0; r < frame.rowCount(); r++) {
            byApartment.computeIfAbsent(frame.apartmentId(r), k -> new ArrayList<>()).add(r);
        }
        List<ApartmentDays> out = new ArrayList<>(byApartment.size());
        for (Map.Entry<String, List<Integer>> e : byApartment.entrySet()) {
            int[] rows = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            long[] keys = new long[rows.length];
            for (int i = 0; i < rows.length; i++) {
                keys[i] = frame.epochDay(rows[i]);
            }
            Integer[] order = new Integer[rows.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
            int[] sortedRows = new int[rows.length];
            int[] offsets = new int[rows.length];
            long first = keys[order[0]];
            for (int i = 0; i < order.length; i++) {
                sortedRows[i] = rows[order[i]];
                long off = keys[order[i]] - first;
                if (off > Integer.MAX_VALUE / 2) {
                    throw new IllegalArgumentException("apartment " + e.getKey() + " spans " + off
                            + " days; expected a daily series of a manageable length");
                }
                offsets[i] = (int) off;
                if (i > 0 && offsets[i] == offsets[i - 1]) {
                    throw new IllegalArgumentException("apartment " + e.getKey() + " has two rows for "
                            + frame.eventDate(sortedRows[i]) + "; expected one row per apartment and day");
                }
            }
            out.add(new ApartmentDays(e.getKey(), first, sortedRows, offsets));
        }
        return out;
    }

    /** @return the apartment id */
    public String apartmentId() {
        return apartmentId;
    }

    /** @return the first day, as days since 1970-01-01 */
    public long firstEpochDay() {
        return firstEpochDay;
    }

    /** @return the number of rows (days present) */
    public int rowCount() {
        return rows.length;
    }

    /** @return the number of calendar days from the first to the last, gaps included */
    public int span() {
        return offsets[offsets.length - 1] + 1;
    }

    /**
     * @param i position among this apartment's rows
     * @return the frame row index
     */
    public int row(int i) {
        return rows[i];
    }

    /**
     * @param i position among this apartment's rows
     * @return its day offset from the first day
     */
    public int offset(int i) {
        return offsets[i];
    }

    /**
     * @param column a whole frame column (one value per frame row)
     * @return this apartment's values on its day grid, length {@link #span()}; NaN on gap days
     *     and where the value is missing
     */
    public double[] daily(double[] column) {
        double[] out = new double[span()];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < rows.length; i++) {
            out[offsets[i]] = column[rows[i]];
        }
        return out;
    }
}
