package io.iotad.pipeline.alerting;

import io.iotad.core.alert.Alert;
import java.util.List;

/**
 * What {@link AlertSelector} decided for one batch of scores.
 *
 * @param alerts the alerts to write, by event date then descending score
 * @param suppressedByVacationRule apartment-days that qualified but the vacation rule suppressed
 *     (counted and reported, never dropped silently)
 * @param unscored rows that had no score (NaN), e.g. a required feature was missing
 * @param candidates rows that passed the threshold and daily cap before suppression
 */
public record AlertSelection(List<Alert> alerts, List<String> suppressedByVacationRule, int unscored, int candidates) {
    /** Copies the lists. */
    public AlertSelection {
        alerts = List.copyOf(alerts);
        suppressedByVacationRule = List.copyOf(suppressedByVacationRule);
    }
}
