package io.iotad.core.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One actionable alert, in the fields of the seed's alert table (DATA-CONTRACT §4).
 *
 * @param alertId {@code <ApartmentID>#<EventDate>}
 * @param apartmentId apartment that triggered it
 * @param buildingId its building
 * @param eventDate the day the anomaly was detected for
 * @param alertTimestamp when the pipeline (last) wrote it
 * @param anomalyScore the model's score, higher = more anomalous
 * @param threshold the score threshold it breached (for a top-K rule, the K-th score of that day)
 * @param status the technician workflow state
 * @param modelVersion the model package that scored it, e.g. {@code global/3}
 * @param feedbackCause root cause given by the technician (empty until given)
 * @param feedbackNotes technician notes (empty until given)
 */
public record Alert(String alertId, String apartmentId, String buildingId, LocalDate eventDate, Instant alertTimestamp,
                    double anomalyScore, double threshold, AlertStatus status, String modelVersion,
                    String feedbackCause, String feedbackNotes) {
    /** Validates the fields. */
    public Alert {
        Objects.requireNonNull(apartmentId, "apartmentId");
        Objects.requireNonNull(buildingId, "buildingId");
        Objects.requireNonNull(eventDate, "eventDate");
        if (!(apartmentId + "#" + eventDate).equals(alertId)) {
            throw new IllegalArgumentException("alertId must be '" + apartmentId + "#" + eventDate + "', got '" + alertId + "'");
        }
        Objects.requireNonNull(alertTimestamp, "alertTimestamp");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(modelVersion, "modelVersion");
        feedbackCause = feedbackCause == null ? "" : feedbackCause;
        feedbackNotes = feedbackNotes == null ? "" : feedbackNotes;
    }

    /**
     * A new, unseen alert.
     *
     * @param apartmentId apartment
     * @param buildingId building
     * @param eventDate day
     * @param alertTimestamp creation time
     * @param score anomaly score
     * @param threshold breached threshold
     * @param modelVersion scoring model
     * @return the alert with status {@link AlertStatus#UNSEEN}
     */
    public static Alert unseen(String apartmentId, String buildingId, LocalDate eventDate, Instant alertTimestamp,
                               double score, double threshold, String modelVersion) {
        return new Alert(apartmentId + "#" + eventDate, apartmentId, buildingId, eventDate, alertTimestamp, score,
                threshold, AlertStatus.UNSEEN, modelVersion, "", "");
    }
}
