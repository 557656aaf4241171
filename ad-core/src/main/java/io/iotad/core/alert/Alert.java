package io.iotad.core.alert;

import io.iotad.core.explain.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One actionable alert, in the fields of the seed's alert table (DATA-CONTRACT §4) plus two the
 * seed does not name: {@code UpdatedTimestamp} (when the alert was last written) and
 * {@code SupersededBy} (the model whose later scoring of the day replaced it).
 *
 * @param alertId {@code <ApartmentID>#<EventDate>}
 * @param apartmentId apartment that triggered it
 * @param buildingId its building
 * @param eventDate the day the anomaly was detected for
 * @param alertTimestamp when the pipeline created it (the seed's {@code AlertTimestamp}); never
 *     changed afterwards
 * @param updatedTimestamp when it was last written: by a scoring run that raised it again or
 *     superseded it, or by a technician's verdict; not before {@code alertTimestamp}
 * @param anomalyScore the score of the model in {@code modelVersion}, higher = more anomalous
 * @param threshold the score threshold it breached (for a top-K rule, the K-th score of that day)
 * @param status the workflow state
 * @param modelVersion the model package whose score the alert carries, {@code <group>/<version>},
 *     e.g. {@code global/3}
 * @param feedbackCause root cause given by the technician (empty until given)
 * @param feedbackNotes technician notes (empty until given)
 * @param supersededBy the model package ({@code <group>/<version>}) whose later scoring of the day
 *     did not raise this alert again; empty unless {@code status} is {@link AlertStatus#SUPERSEDED}
 * @param reason why it scored high: the top contributing features of the model in
 *     {@code modelVersion}, with direction and size ({@link Reason#NONE} for an alert written before
 *     reasons existed)
 */
public record Alert(String alertId, String apartmentId, String buildingId, LocalDate eventDate, Instant alertTimestamp,
                    Instant updatedTimestamp, double anomalyScore, double threshold, AlertStatus status,
                    String modelVersion, String feedbackCause, String feedbackNotes, String supersededBy, Reason reason) {
    /** Validates the fields. */
    public Alert {
        Objects.requireNonNull(apartmentId, "apartmentId");
        Objects.requireNonNull(buildingId, "buildingId");
        Objects.requireNonNull(eventDate, "eventDate");
        if (!(apartmentId + "#" + eventDate).equals(alertId)) {
            throw new IllegalArgumentException("alertId must be '" + apartmentId + "#" + eventDate + "', got '" + alertId + "'");
        }
        Objects.requireNonNull(alertTimestamp, "alertTimestamp");
        Objects.requireNonNull(updatedTimestamp, "updatedTimestamp");
        if (updatedTimestamp.isBefore(alertTimestamp)) {
            throw new IllegalArgumentException("alert " + alertId + ": updatedTimestamp " + updatedTimestamp
                    + " is before its creation time " + alertTimestamp);
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(modelVersion, "modelVersion");
        feedbackCause = feedbackCause == null ? "" : feedbackCause;
        feedbackNotes = feedbackNotes == null ? "" : feedbackNotes;
        supersededBy = supersededBy == null ? "" : supersededBy;
        if ((status == AlertStatus.SUPERSEDED) == supersededBy.isEmpty()) {
            throw new IllegalArgumentException("alert " + alertId + ": supersededBy must be set exactly when the status is "
                    + AlertStatus.SUPERSEDED.display() + ", got status " + status.display() + " and supersededBy '"
                    + supersededBy + "'");
        }
        reason = reason == null ? Reason.NONE : reason;
    }

    /**
     * An alert without a reason (as written before reasons existed).
     *
     * @param alertId {@code <ApartmentID>#<EventDate>}
     * @param apartmentId apartment
     * @param buildingId building
     * @param eventDate day
     * @param alertTimestamp creation time
     * @param updatedTimestamp last write
     * @param anomalyScore score
     * @param threshold breached threshold
     * @param status state
     * @param modelVersion scoring model
     * @param feedbackCause technician's cause
     * @param feedbackNotes technician's notes
     * @param supersededBy superseding model, or empty
     */
    public Alert(String alertId, String apartmentId, String buildingId, LocalDate eventDate, Instant alertTimestamp,
                 Instant updatedTimestamp, double anomalyScore, double threshold, AlertStatus status, String modelVersion,
                 String feedbackCause, String feedbackNotes, String supersededBy) {
        this(alertId, apartmentId, buildingId, eventDate, alertTimestamp, updatedTimestamp, anomalyScore, threshold, status,
                modelVersion, feedbackCause, feedbackNotes, supersededBy, Reason.NONE);
    }

    /**
     * A new, unseen alert.
     *
     * @param apartmentId apartment
     * @param buildingId building
     * @param eventDate day
     * @param createdAt creation time (also its update time)
     * @param score anomaly score
     * @param threshold breached threshold
     * @param modelVersion scoring model, {@code <group>/<version>}
     * @return the alert with status {@link AlertStatus#UNSEEN}
     */
    public static Alert unseen(String apartmentId, String buildingId, LocalDate eventDate, Instant createdAt,
                               double score, double threshold, String modelVersion) {
        return unseen(apartmentId, buildingId, eventDate, createdAt, score, threshold, modelVersion, Reason.NONE);
    }

    /**
     * A new, unseen alert with its reason.
     *
     * @param apartmentId apartment
     * @param buildingId building
     * @param eventDate day
     * @param createdAt creation time (also its update time)
     * @param score anomaly score
     * @param threshold breached threshold
     * @param modelVersion scoring model, {@code <group>/<version>}
     * @param reason the top contributing features of the score
     * @return the alert with status {@link AlertStatus#UNSEEN}
     */
    public static Alert unseen(String apartmentId, String buildingId, LocalDate eventDate, Instant createdAt,
                               double score, double threshold, String modelVersion, Reason reason) {
        return new Alert(apartmentId + "#" + eventDate, apartmentId, buildingId, eventDate, createdAt, createdAt, score,
                threshold, AlertStatus.UNSEEN, modelVersion, "", "", "", reason);
    }

    /**
     * @return the model package group of {@link #modelVersion()}: the text before its last
     *     {@code /} ({@code global} for {@code global/3}), or the whole value when it has none
     */
    public String modelGroup() {
        return modelGroupOf(modelVersion);
    }

    /**
     * @param modelVersion a model package id, {@code <group>/<version>}
     * @return its group: the text before the last {@code /}, or the whole value when it has none
     */
    public static String modelGroupOf(String modelVersion) {
        int slash = modelVersion.lastIndexOf('/');
        return slash < 0 ? modelVersion : modelVersion.substring(0, slash);
    }
}
