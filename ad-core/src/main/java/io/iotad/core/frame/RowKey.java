package io.iotad.core.frame;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Identifies one daily feature row: an apartment on a calendar day. The building is carried for
 * segmenting and routing but is not part of the identity.
 *
 * @param apartmentId the apartment, non-blank
 * @param buildingId the apartment's building, non-blank
 * @param eventDate the calendar day (in the configured time zone) the row describes
 */
public record RowKey(String apartmentId, String buildingId, LocalDate eventDate) {
    /** Validates the fields. */
    public RowKey {
        if (apartmentId == null || apartmentId.isBlank()) {
            throw new IllegalArgumentException("apartmentId is blank");
        }
        if (buildingId == null || buildingId.isBlank()) {
            throw new IllegalArgumentException("buildingId is blank");
        }
        Objects.requireNonNull(eventDate, "eventDate");
    }

    /** @return the data contract's record id, {@code <apartment_id>_<YYYY-MM-DD>} */
    public String recordId() {
        return apartmentId + "_" + eventDate;
    }

    /** @return the alert id of the seed's alert table, {@code <ApartmentID>#<EventDate>} */
    public String alertId() {
        return apartmentId + "#" + eventDate;
    }
}
