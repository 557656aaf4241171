package io.iotad.core.alert;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where alerts live for technicians: the seed's DynamoDB table, locally an embedded database.
 * Implementations are safe to use from several threads and processes.
 */
public interface AlertStore extends AutoCloseable {
    /**
     * Writes alerts keyed by {@link Alert#alertId()}. An alert that exists already gets the new
     * score, threshold, timestamp and model version; its status, cause and notes are kept.
     *
     * @param alerts alerts to write
     * @return how many were new
     */
    int upsert(Collection<Alert> alerts);

    /** @param alertId an alert id @return the alert, if stored */
    Optional<Alert> find(String alertId);

    /**
     * The seed's {@code ApartmentStatusIndex}.
     *
     * @param apartmentId apartment
     * @param status only this status, or null for all
     * @return the apartment's alerts, newest event date first
     */
    List<Alert> byApartment(String apartmentId, AlertStatus status);

    /**
     * The seed's {@code BuildingAlertsIndex}.
     *
     * @param buildingId building
     * @param limit at most this many, at least 1
     * @return the building's alerts, newest alert timestamp first
     */
    List<Alert> byBuilding(String buildingId, int limit);

    /**
     * @param from first event date, inclusive
     * @param to last event date, inclusive
     * @param status only this status, or null for all
     * @return alerts in the range, by event date then descending score
     */
    List<Alert> byDateRange(LocalDate from, LocalDate to, AlertStatus status);

    /**
     * Records a technician's verdict.
     *
     * @param alertId the alert
     * @param status the new status; must be a legal move from the current one
     * @param cause root cause (may be empty)
     * @param notes notes (may be empty)
     * @return the updated alert
     * @throws java.util.NoSuchElementException when no such alert exists
     * @throws IllegalStateException naming both states when the transition is illegal
     */
    Alert recordFeedback(String alertId, AlertStatus status, String cause, String notes);

    @Override
    void close();
}
