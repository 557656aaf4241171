package io.iotad.features.topology;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * One row of {@code apartments.csv} (DATA-CONTRACT §1.3).
 *
 * @param apartmentId the apartment
 * @param buildingId its building
 * @param numRooms number of rooms, when given
 * @param floorAreaSqm floor area in m², positive, NaN when not given
 * @param metadata the extra columns of the row (column name to cell text)
 */
public record Apartment(String apartmentId, String buildingId, OptionalInt numRooms, double floorAreaSqm,
                        Map<String, String> metadata) {
    /** Validates the fields and copies the metadata. */
    public Apartment {
        Objects.requireNonNull(apartmentId, "apartmentId");
        Objects.requireNonNull(buildingId, "buildingId");
        Objects.requireNonNull(numRooms, "numRooms");
        metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
    }
}
