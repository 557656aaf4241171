package io.iotad.core.label;

import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.util.Collection;

/**
 * Durable verdicts (DATA-CONTRACT §1.4) from technicians' feedback and other sources: the labels of
 * the next training.
 */
public interface LabelStore {
    /**
     * Adds verdicts; a later verdict on the same apartment-day replaces the earlier one.
     *
     * @param labels verdicts
     * @param source where they came from, e.g. {@code technician:alice} or {@code simulator}
     */
    void append(Collection<Label> labels, String source);

    /** @return every stored verdict */
    Labels load();

    /**
     * Checks, without writing anything, what can be known in advance about whether {@link #append}
     * will succeed (e.g. that a file store's path is not a folder), so a caller can refuse before it
     * changes anything else.
     *
     * @throws IllegalArgumentException naming the destination and the reason when it cannot take labels
     */
    default void checkWritable() {
    }
}
