package io.iotad.eval.segment;

import java.util.Objects;

/**
 * Metrics of one segment of the evaluated rows. Undefined values are NaN.
 *
 * @param dimension what the segments split by: {@code building}, {@code archetype} or {@code fault_kind}
 * @param segment the segment's value, e.g. {@code B003}, {@code passive_house}, {@code valve_stuck_closed}
 * @param rows evaluated rows in the segment (scored or not)
 * @param scored rows of the segment with a score
 * @param positives scored rows of the segment labelled 1
 * @param alertsAtK rows of the segment among the overall top K
 * @param hitsAtK rows of the segment among the overall top K labelled 1
 * @param precisionAtK {@code hitsAtK / alertsAtK}, in [0, 1]
 * @param recallAtK {@code hitsAtK / positives}, in [0, 1]
 * @param prAuc average precision of the segment's scored rows (for fault kinds: the kind's positives
 *        against every negative), in [0, 1]
 * @param rocAuc ROC-AUC on the same rows, in [0, 1]
 */
public record SegmentMetrics(String dimension, String segment, int rows, int scored, int positives, int alertsAtK,
                             int hitsAtK, double precisionAtK, double recallAtK, double prAuc, double rocAuc) {
    /** Validates the names. */
    public SegmentMetrics {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(segment, "segment");
    }
}
