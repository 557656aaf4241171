package io.iotad.core.alert;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The states of an alert in the seed's alert table, with the transitions a technician may make,
 * plus {@link #SUPERSEDED}, which only the pipeline sets.
 *
 * <pre>
 * Unseen ──► Investigating ──► Resolved-True Positive
 *   │             ▲        └─► Resolved-False Positive
 *   └─────────────┼──────────► either Resolved state directly
 *                 └── a Resolved alert may be reopened to Investigating
 * Unseen ··► Superseded       (pipeline: a later scoring of the day by the same model group did not raise it)
 * Superseded ··► Unseen       (pipeline: a later scoring raised it again)
 * Superseded ──► Investigating or either Resolved state (a technician who went out anyway)
 * </pre>
 */
public enum AlertStatus {
    /** Created by the pipeline; nobody has looked yet. */
    UNSEEN("Unseen"),
    /** A technician is looking into it. */
    INVESTIGATING("Investigating"),
    /** Confirmed equipment fault; becomes a label 1. */
    RESOLVED_TRUE_POSITIVE("Resolved-True Positive"),
    /** Confirmed not a fault (resident away, guests, ...); becomes a label 0. */
    RESOLVED_FALSE_POSITIVE("Resolved-False Positive"),
    /**
     * Not reviewed, and a later scoring of its day by a model of the same group did not raise it:
     * kept for lineage, no longer on the technicians' list. Set only by the pipeline.
     */
    SUPERSEDED("Superseded");

    private final String display;

    AlertStatus(String display) {
        this.display = display;
    }

    /** @return the value stored in the alert table, e.g. {@code Resolved-True Positive} */
    public String display() {
        return display;
    }

    /** @return whether a technician has closed the alert */
    public boolean isResolved() {
        return this == RESOLVED_TRUE_POSITIVE || this == RESOLVED_FALSE_POSITIVE;
    }

    /**
     * @return whether a technician has looked at the alert (Investigating or Resolved); a scoring
     *     run never changes or supersedes a reviewed alert
     */
    public boolean isReviewed() {
        return this == INVESTIGATING || isResolved();
    }

    /** @return the states a technician may move this one to */
    public Set<AlertStatus> next() {
        return switch (this) {
            case UNSEEN, SUPERSEDED -> EnumSet.of(INVESTIGATING, RESOLVED_TRUE_POSITIVE, RESOLVED_FALSE_POSITIVE);
            case INVESTIGATING -> EnumSet.of(RESOLVED_TRUE_POSITIVE, RESOLVED_FALSE_POSITIVE);
            case RESOLVED_TRUE_POSITIVE, RESOLVED_FALSE_POSITIVE -> EnumSet.of(INVESTIGATING);
        };
    }

    /**
     * @param target a state
     * @return whether a technician may move an alert from this state to {@code target}
     */
    public boolean canMoveTo(AlertStatus target) {
        return next().contains(target);
    }

    /**
     * @param text the table value ({@code Resolved-True Positive}) or the enum name, any case
     * @return the status
     * @throws IllegalArgumentException listing the accepted values
     */
    public static AlertStatus parse(String text) {
        for (AlertStatus s : values()) {
            if (s.display.equalsIgnoreCase(text) || s.name().equalsIgnoreCase(text)
                    || s.name().replace('_', '-').equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown alert status '" + text + "'; expected one of "
                + Arrays.stream(values()).map(AlertStatus::display).toList());
    }
}
