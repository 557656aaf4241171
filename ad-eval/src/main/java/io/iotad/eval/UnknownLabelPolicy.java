package io.iotad.eval;

/** What an evaluation does with a scored row that has no verdict. */
public enum UnknownLabelPolicy {
    /**
     * Counts it as a confirmed non-fault (label 0): right for simulator ground truth, where every
     * fault is known and a day without a label is a normal day.
     */
    AS_NEGATIVE,
    /** Leaves it out of every metric (but counts it): right for sparse technician feedback. */
    EXCLUDE
}
