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
 */
public record ApartmentFeatures(String apartmentId, String buildingId, LocalDate[] dates, double[][] columns) {
    /** Validates the shapes. */
    public ApartmentFeatures {
        Objects.requireNonNull(apartmentId, "apartmentId");
        Objects.requireNonNull(buildingId, "buildingId");
        for (double[] c : columns) {
            if (c.length != dates.length) {
                throw new IllegalArgumentException("apartment " + apartmentId + ": a column has " + c.length
                        + " values for " + dates.length + " days");
            }
        }
    }

    /** @return the number of rows (days) */
    public int rowCount() {
        return dates.length;
    }
}
