package io.iotad.pipeline.labels;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.alert.AlertStore;
import io.iotad.core.label.LabelStore;
import io.iotad.core.score.Label;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Records a technician's verdict on an alert and, for a resolved verdict, its label, as one unit:
 * everything that can be checked is checked before anything is written (the status move, the text
 * of the cause and notes, the labels destination), and the label is written inside the alert's
 * update ({@link AlertStore#recordFeedback(String, AlertStatus, String, String, java.util.function.Consumer)}),
 * so when the label cannot be written the alert keeps its old status and a retry works.
 */
public final class FeedbackRecorder {
    /** Longest cause or notes text accepted, in characters. */
    public static final int MAX_TEXT_CHARS = 2000;

    private final AlertStore alerts;
    private final LabelStore labels;

    /**
     * @param alerts where the alert is
     * @param labels where a resolved verdict's label goes
     */
    public FeedbackRecorder(AlertStore alerts, LabelStore labels) {
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /**
     * A technician's verdict.
     *
     * @param alertId the alert, {@code <ApartmentID>#<EventDate>}
     * @param status the new status: Investigating or a Resolved state
     * @param cause the root cause, or empty to keep the alert's current one
     * @param notes the notes, or empty to keep the alert's current ones
     */
    public record Verdict(String alertId, AlertStatus status, Optional<String> cause, Optional<String> notes) {
        /** Validates the fields. */
        public Verdict {
            if (alertId == null || alertId.isBlank()) {
                throw new IllegalArgumentException("the alert id is blank");
            }
            Objects.requireNonNull(status, "status");
            if (status == AlertStatus.UNSEEN || status == AlertStatus.SUPERSEDED) {
                throw new IllegalArgumentException("a technician cannot set an alert to " + status.display()
                        + "; the verdicts are Investigating, Resolved-True Positive and Resolved-False Positive");
            }
            cause = Objects.requireNonNull(cause, "cause");
            notes = Objects.requireNonNull(notes, "notes");
            cause.ifPresent(c -> checkText("cause", c));
            notes.ifPresent(n -> checkText("notes", n));
        }
    }

    /**
     * What a recorded verdict did.
     *
     * @param before the alert before
     * @param after the alert as stored now
     * @param label the label written, empty when the verdict is not a resolution
     */
    public record Outcome(Alert before, Alert after, Optional<Label> label) {
    }

    /**
     * @param verdict the verdict
     * @return what changed
     * @throws NoSuchElementException when the alert does not exist
     * @throws IllegalStateException naming both states when the move is not allowed (nothing written)
     * @throws IllegalArgumentException when the labels destination cannot take the label (nothing written)
     * @throws java.io.UncheckedIOException when the label cannot be written (the alert is left unchanged)
     */
    public Outcome record(Verdict verdict) {
        Alert before = alerts.find(verdict.alertId()).orElseThrow(() -> new NoSuchElementException(
                "no alert '" + verdict.alertId() + "'"));
        if (!before.status().canMoveTo(verdict.status())) {
            throw new IllegalStateException("alert " + before.alertId() + " cannot move from " + before.status().display()
                    + " to " + verdict.status().display() + "; from " + before.status().display() + " it may move to "
                    + before.status().next().stream().map(AlertStatus::display).toList());
        }
        if (verdict.status().isResolved()) {
            labels.checkWritable();
        }
        Label[] written = new Label[1];
        Alert after = alerts.recordFeedback(verdict.alertId(), verdict.status(),
                verdict.cause().orElse(before.feedbackCause()), verdict.notes().orElse(before.feedbackNotes()),
                updated -> FeedbackLabels.toLabel(updated).ifPresent(l -> {
                    // appending the same verdict twice is harmless: a later line on an apartment-day replaces an earlier one
                    labels.append(List.of(l), FeedbackLabels.SOURCE);
                    written[0] = l;
                }));
        return new Outcome(before, after, Optional.ofNullable(written[0]));
    }

    private static void checkText(String field, String text) {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("the " + field + " is " + text.length() + " characters long; at most "
                    + MAX_TEXT_CHARS + " are kept");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException("the " + field + " holds a control character (U+"
                        + String.format("%04X", (int) c) + (c == '\n' || c == '\r' ? ", a line break" : "")
                        + ") at position " + (i + 1) + "; give it on one line");
            }
        }
    }
}
