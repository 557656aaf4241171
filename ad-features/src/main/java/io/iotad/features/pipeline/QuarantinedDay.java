package io.iotad.features.pipeline;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One apartment-day a {@link DayQuarantine} took out: a feature of it broke its plausible range, so every
 * feature of the day is missing (NaN) and the lags and windows of the days around it were computed without it.
 *
 * @param apartmentId the apartment
 * @param buildingId its building
 * @param date the calendar day
 * @param feature the feature whose value broke its range (the first in range-rule order)
 * @param value that value, in the feature's unit
 * @param min the least plausible value
 * @param max the largest plausible value
 */
public record QuarantinedDay(String apartmentId, String buildingId, LocalDate date, String feature, double value,
                             double min, double max) {
    /** Validates the fields. */
    public QuarantinedDay {
        Objects.requireNonNull(apartmentId, "apartmentId");
        Objects.requireNonNull(buildingId, "buildingId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(feature, "feature");
    }

    /** @return the JSON-compatible form for run reports (snake_case keys) */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apartment_id", apartmentId);
        m.put("building_id", buildingId);
        m.put("event_date", date.toString());
        m.put("feature", feature);
        m.put("value", value);
        m.put("min", min);
        m.put("max", max);
        return m;
    }
}
