package io.iotad.features.readings;

import java.util.List;
import java.util.Objects;

/**
 * Everything one apartment reported, after parsing, validation and de-duplication: the unit the
 * feature pipeline works on, as a pure function (plus the building's weather).
 *
 * @param apartmentId the apartment
 * @param buildingId its building
 * @param series its sensor series, sorted by sensor type then room name
 * @param reportInstants the sorted, distinct instants (epoch nanoseconds) at which the apartment sent
 *     any reading; used for the staleness ("silent") rule of DATA-CONTRACT §3
 */
public record ApartmentReadings(String apartmentId, String buildingId, List<SensorSeries> series,
                                long[] reportInstants) {
    /** Validates and copies the list. */
    public ApartmentReadings {
        Objects.requireNonNull(apartmentId, "apartmentId");
        Objects.requireNonNull(buildingId, "buildingId");
        series = List.copyOf(series);
        Objects.requireNonNull(reportInstants, "reportInstants");
    }
}
