package io.iotad.core.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The alerts one scoring run raised for the days it scored, as {@link AlertStore#publish} takes
 * them. The days matter as much as the alerts: a day in the range on which the run raised no
 * alert still supersedes that day's earlier unreviewed alerts of the same model group.
 *
 * @param modelVersion the model package that scored, {@code <group>/<version>}; every alert carries it
 * @param firstDay first scored day, inclusive
 * @param lastDay last scored day, inclusive, not before {@code firstDay}
 * @param publishedAt when the run wrote its alerts: the {@code UpdatedTimestamp} of the alerts it
 *     refreshes or supersedes
 * @param alerts the raised alerts: status {@link AlertStatus#UNSEEN}, event dates within the
 *     range, finite scores and thresholds, one per alert id
 */
public record AlertBatch(String modelVersion, LocalDate firstDay, LocalDate lastDay, Instant publishedAt,
                         List<Alert> alerts) {
    /** Validates the fields and copies the alerts. */
    public AlertBatch {
        if (modelVersion == null || modelVersion.isBlank()) {
            throw new IllegalArgumentException("modelVersion is blank");
        }
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the scored days end (" + lastDay + ") before they start (" + firstDay + ")");
        }
        alerts = List.copyOf(alerts);
        Set<String> ids = new HashSet<>();
        for (Alert a : alerts) {
            if (!ids.add(a.alertId())) {
                throw new IllegalArgumentException("alert " + a.alertId() + " is in the batch twice");
            }
            if (a.eventDate().isBefore(firstDay) || a.eventDate().isAfter(lastDay)) {
                throw new IllegalArgumentException("alert " + a.alertId() + " is outside the scored days " + firstDay
                        + " .. " + lastDay);
            }
            if (!a.modelVersion().equals(modelVersion)) {
                throw new IllegalArgumentException("alert " + a.alertId() + " carries model " + a.modelVersion()
                        + ", the batch is of " + modelVersion);
            }
            if (a.status() != AlertStatus.UNSEEN) {
                throw new IllegalArgumentException("alert " + a.alertId() + " must be " + AlertStatus.UNSEEN.display()
                        + " to be published, got " + a.status().display());
            }
            if (!Double.isFinite(a.anomalyScore()) || !Double.isFinite(a.threshold())) {
                throw new IllegalArgumentException("alert " + a.alertId() + " needs a finite score and threshold, got "
                        + a.anomalyScore() + " and " + a.threshold());
            }
        }
    }

    /** @return the model group of {@link #modelVersion()}, whose earlier alerts this batch may supersede */
    public String modelGroup() {
        return Alert.modelGroupOf(modelVersion);
    }
}
