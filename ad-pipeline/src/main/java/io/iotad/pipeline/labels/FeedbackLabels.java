package io.iotad.pipeline.labels;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.alert.AlertStore;
import io.iotad.core.label.LabelStore;
import io.iotad.core.score.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Turns technicians' verdicts on alerts into labels for the next training: an alert
 * {@code Resolved-True Positive} becomes label 1, {@code Resolved-False Positive} label 0, each
 * with the technician's cause; unresolved alerts give no label.
 */
public final class FeedbackLabels {
    /** The source recorded for labels from technician feedback. */
    public static final String SOURCE = "technician-feedback";

    private FeedbackLabels() {
    }

    /**
     * @param alert an alert
     * @return its verdict as a label, empty when it is not resolved
     */
    public static Optional<Label> toLabel(Alert alert) {
        return switch (alert.status()) {
            case RESOLVED_TRUE_POSITIVE -> Optional.of(new Label(alert.apartmentId(), alert.eventDate(), 1,
                    alert.feedbackCause()));
            case RESOLVED_FALSE_POSITIVE -> Optional.of(new Label(alert.apartmentId(), alert.eventDate(), 0,
                    alert.feedbackCause()));
            case UNSEEN, INVESTIGATING, SUPERSEDED -> Optional.empty();
        };
    }

    /**
     * @param alerts alerts
     * @return the labels of the resolved ones, in the given order
     */
    public static List<Label> toLabels(Collection<Alert> alerts) {
        return alerts.stream().map(FeedbackLabels::toLabel).flatMap(Optional::stream).toList();
    }

    /**
     * Copies the verdicts of alerts resolved for event dates in a range into a label store.
     *
     * @param alerts the alert store
     * @param labels the label store
     * @param from first event date, inclusive
     * @param to last event date, inclusive
     * @return the number of labels written
     */
    public static int transfer(AlertStore alerts, LabelStore labels, LocalDate from, LocalDate to) {
        List<Alert> resolved = new ArrayList<>(alerts.byDateRange(from, to, AlertStatus.RESOLVED_TRUE_POSITIVE));
        resolved.addAll(alerts.byDateRange(from, to, AlertStatus.RESOLVED_FALSE_POSITIVE));
        List<Label> out = toLabels(resolved);
        if (!out.isEmpty()) {
            labels.append(out, SOURCE);
        }
        return out.size();
    }
}
