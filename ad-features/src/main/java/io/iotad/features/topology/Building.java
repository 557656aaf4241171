package io.iotad.features.topology;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * One row of {@code buildings.csv} (DATA-CONTRACT §1.3).
 *
 * @param buildingId the building
 * @param latitude degrees north, in [-90, 90]
 * @param longitude degrees east, in [-180, 180]
 * @param yearBuilt year of construction, when given
 * @param floorAreaSqm heated floor area in m², positive, NaN when not given
 * @param numApartments number of apartments, when given
 * @param insulationType free text (such as {@code ETICS}), empty when not given
 * @param metadata the extra columns of the row (column name to cell text), kept for archetypes
 */
public record Building(String buildingId, double latitude, double longitude, OptionalInt yearBuilt, double floorAreaSqm,
                       OptionalInt numApartments, String insulationType, Map<String, String> metadata) {
    /** Validates the fields and copies the metadata. */
    public Building {
        Objects.requireNonNull(buildingId, "buildingId");
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude of " + buildingId + " must be in [-90, 90], was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude of " + buildingId + " must be in [-180, 180], was " + longitude);
        }
        Objects.requireNonNull(yearBuilt, "yearBuilt");
        Objects.requireNonNull(numApartments, "numApartments");
        Objects.requireNonNull(insulationType, "insulationType");
        metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
    }
}
