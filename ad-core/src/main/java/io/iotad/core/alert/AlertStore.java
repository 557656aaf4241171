package io.iotad.core.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where alerts live for technicians: the seed's DynamoDB table, locally an embedded database.
 * Implementations are safe to use from several threads and processes.
 *
 * <p>Re-scoring a day never loses a verdict and never leaves two models' open alerts side by side:
 * see {@link #publish(AlertBatch)}. The creation time ({@code AlertTimestamp}) of an alert never
 * changes; {@code UpdatedTimestamp} records its last write.
 */
public interface AlertStore extends AutoCloseable {
    /**
     * Writes one scoring run's alerts, keyed by {@link Alert#alertId()}. A store applies the batch in
     * one transaction where its storage has one (SQLite); otherwise each alert's write is atomic and
     * conditional on the state it read, and the whole call is idempotent, so running it again after a
     * failure gives the same result (DynamoDB). The batch is validated before anything is written.
     * <ul>
     *   <li>an alert that does not exist is stored as given;</li>
     *   <li>an existing unreviewed alert (Unseen or Superseded) takes the batch's score, threshold,
     *       model version and {@code UpdatedTimestamp}, becomes Unseen and keeps its creation time,
     *       cause and notes;</li>
     *   <li>an existing reviewed alert (Investigating or Resolved) is left exactly as it is, so a
     *       verdict stays attached to the model and score the technician saw;</li>
     *   <li>every other Unseen alert on the batch's days whose model is of the batch's
     *       {@linkplain AlertBatch#modelGroup() group} (any version, this one included) becomes
     *       Superseded, with {@code SupersededBy} = the batch's model and {@code UpdatedTimestamp}
     *       = {@link AlertBatch#publishedAt()}; alerts of other groups are not touched.</li>
     * </ul>
     * So after a run, a day's Unseen alerts of a group are exactly those the run raised and nobody
     * has reviewed.
     *
     * @param batch the run's alerts and the days it scored
     * @return what was created, refreshed, superseded and kept
     */
    PublishResult publish(AlertBatch batch);

    /**
     * @param alertId an alert id
     * @return the alert, if stored
     */
    Optional<Alert> find(String alertId);

    /**
     * The seed's {@code ApartmentStatusIndex}.
     *
     * @param apartmentId apartment
     * @param status only this status, or null for all (Superseded included)
     * @return the apartment's alerts, newest event date first
     */
    List<Alert> byApartment(String apartmentId, AlertStatus status);

    /**
     * The seed's {@code BuildingAlertsIndex}.
     *
     * @param buildingId building
     * @param limit at most this many, at least 1
     * @return the building's alerts of every status, newest creation time first
     */
    List<Alert> byBuilding(String buildingId, int limit);

    /**
     * @param from first event date, inclusive
     * @param to last event date, inclusive
     * @param status only this status, or null for all (Superseded included)
     * @return alerts in the range, by event date then descending score
     */
    List<Alert> byDateRange(LocalDate from, LocalDate to, AlertStatus status);

    /**
     * Records a technician's verdict; {@code UpdatedTimestamp} becomes the store's current time.
     *
     * @param alertId the alert
     * @param status the new status; must be a legal move from the current one ({@link AlertStatus#canMoveTo})
     * @param cause root cause (null or empty for none)
     * @param notes notes (null or empty for none)
     * @return the updated alert
     * @throws java.util.NoSuchElementException when no such alert exists
     * @throws IllegalStateException naming both states when the transition is illegal
     */
    default Alert recordFeedback(String alertId, AlertStatus status, String cause, String notes) {
        return recordFeedback(alertId, status, cause, notes, updated -> { });
    }

    /**
     * Records a technician's verdict together with something that must happen with it, such as
     * writing the verdict's label: {@code alongside} runs once, with the alert as stored, after the
     * transition has been checked. When {@code alongside} throws, the alert is left as it was (a
     * transactional store rolls back; another undoes its conditional write) and the exception
     * propagates. A verdict that loses a race with another is refused before {@code alongside}
     * runs. {@code alongside} should be idempotent: should a store fail after it ran, a retry runs
     * it again.
     *
     * @param alertId the alert
     * @param status the new status; must be a legal move from the current one
     * @param cause root cause (null or empty for none)
     * @param notes notes (null or empty for none)
     * @param alongside run with the alert as it will be stored
     * @return the updated alert
     * @throws java.util.NoSuchElementException when no such alert exists
     * @throws IllegalStateException naming both states when the transition is illegal
     */
    Alert recordFeedback(String alertId, AlertStatus status, String cause, String notes, Consumer<Alert> alongside);

    @Override
    void close();
}
