package io.iotad.features.lake;

/** How a batch meets the day partitions that already exist in the processed zone. */
public enum LakeWriteMode {
    /**
     * The day's partition becomes the union of what it held and the batch: for a row key (apartment, room,
     * instant) present in both, each column takes the batch's value when it has one and keeps the old one
     * otherwise. Re-ingesting the same batch gives the same partition (never duplicates); late lines arriving
     * in a later batch are added without wiping the day.
     */
    MERGE,
    /** The day's partition is replaced by the batch's rows for that day alone. */
    REPLACE
}
