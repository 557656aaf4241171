package io.iotad.pipeline.alerting;

/**
 * When a score becomes an alert: above an absolute score threshold, or among the top K of its day
 * (the technicians' daily capacity), or both (then both must hold); and which alerts the vacation
 * rule suppresses.
 *
 * @param scoreThreshold alert when the score is at or above this; NaN = no absolute threshold
 * @param topKPerDay alert only the K highest scores of each event date; 0 = no daily cap
 * @param vacationHours suppress an alert when the apartment consumed no heating energy and no hot
 *     water for at least this many hours up to the end of the day (whole days: ceil(hours / 24));
 *     0 = no suppression. The seed's rule is 48 h.
 */
public record AlertPolicy(double scoreThreshold, int topKPerDay, int vacationHours) {
    /** The seed's vacation rule: 48 hours without consumption. */
    public static final int DEFAULT_VACATION_HOURS = 48;
    /** Default daily cap: what a small technician team can visit in a day. */
    public static final int DEFAULT_TOP_K_PER_DAY = 10;

    /** Validates the fields. */
    public AlertPolicy {
        if (Double.isInfinite(scoreThreshold)) {
            throw new IllegalArgumentException("scoreThreshold must be finite or NaN (none), got " + scoreThreshold);
        }
        if (topKPerDay < 0) {
            throw new IllegalArgumentException("topKPerDay must be >= 0, got " + topKPerDay);
        }
        if (vacationHours < 0) {
            throw new IllegalArgumentException("vacationHours must be >= 0, got " + vacationHours);
        }
        if (Double.isNaN(scoreThreshold) && topKPerDay == 0) {
            throw new IllegalArgumentException("an alert policy needs a score threshold, a top-K per day, or both");
        }
    }

    /**
     * @param k the daily cap, at least 1
     * @return a policy that alerts each day's top K, with the seed's vacation rule
     */
    public static AlertPolicy topK(int k) {
        return new AlertPolicy(Double.NaN, k, DEFAULT_VACATION_HOURS);
    }

    /**
     * @param threshold the score threshold
     * @return a policy that alerts every score at or above it, with the seed's vacation rule
     */
    public static AlertPolicy threshold(double threshold) {
        return new AlertPolicy(threshold, 0, DEFAULT_VACATION_HOURS);
    }

    /** @return how many whole idle days the vacation rule needs, 0 when it is off */
    public int vacationDays() {
        return (vacationHours + 23) / 24;
    }
}
