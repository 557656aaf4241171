package io.iotad.core.detect;

/**
 * What a detector does with a row whose required feature is missing (NaN). Recorded in the model
 * artifact, so a scoring service knows the rule the model was trained with. No policy fills a
 * missing value with 0.
 */
public enum MissingValuePolicy {
    /** Training skips such rows; scoring leaves their score NaN ("not scored") and counts them. */
    SKIP_ROW,
    /** The algorithm handles missing values natively (for example XGBoost's default branch direction). */
    NATIVE,
    /** Any missing required value is an error that names the row and feature. */
    REJECT
}
