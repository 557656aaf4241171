package io.iotad.core.alert;

/**
 * What {@link AlertStore#publish} did with one scoring run's alerts.
 *
 * @param created alerts that did not exist before
 * @param refreshed unreviewed alerts (Unseen or Superseded) raised again: they now carry this run's
 *     score, threshold and model, are Unseen, and keep their creation time
 * @param superseded unreviewed alerts of the scored days, raised earlier by a model of the same
 *     group, that this run did not raise again: now Superseded
 * @param keptReviewed alerts this run raised that a technician has reviewed already (Investigating
 *     or Resolved): left exactly as they were
 */
public record PublishResult(int created, int refreshed, int superseded, int keptReviewed) {
    /** Validates the counts. */
    public PublishResult {
        if (created < 0 || refreshed < 0 || superseded < 0 || keptReviewed < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got " + created + ", " + refreshed + ", "
                    + superseded + ", " + keptReviewed);
        }
    }
}
