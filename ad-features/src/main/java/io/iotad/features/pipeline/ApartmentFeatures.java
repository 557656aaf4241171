package io.iotad.features.pipeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The daily rows of one apartment, as {@link FeaturePipeline#apartment} computes them.
 *
 * @param apartmentId the apartment
 * @param buildingId its building
 * @param dates one calendar day per row, consecutive and ascending
 * @param columns one array per output column of the spec (in schema order), each one value per row; NaN = missing
 * @param reported per row, whether the apartment sent a reading during that day (only such rows are peers in the
 *     cross-apartment stage)
 */
public record ApartmentFeatures(String apartmentId, String buildingId, LocalDate[] dates, double[][] columns,
                                boolean[] reported) {
    /** Validates the shapes. */
    public ApartmentFeatures {
        Objects.requireNonNull(apartmentId, "apartmentId");
        Objects.requireNonNull(buildingId, "buildingId");
        if (reported.length != dates.length) {
            throw new IllegalArgumentException("apartment " + apartmentId + ": " + reported.length + " reported flags for "
                    + dates.length + " days");
        }
        for (double[] c : columns) {
            if (c.length != dates.length) {
                throw new IllegalArgumentException("apartment " + apartmentId + ": a column has " + c.length
                        + " values for " + dates.length + " days");
            }
        }
    }

    /**
     * Rows without the reported flags: every row counts as reported.
     *
     * @param apartmentId the apartment
     * @param buildingId its building
     * @param dates one calendar day per row
     * @param columns one array per output column
     */
    public ApartmentFeatures(String apartmentId, String buildingId, LocalDate[] dates, double[][] columns) {
        this(apartmentId, buildingId, dates, columns, allTrue(dates.length));
    }

    private static boolean[] allTrue(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }

    /** @return the number of rows (days) */
    public int rowCount() {
        return dates.length;
    }
}
