package io.iotad.pipeline.workflow;

import io.iotad.core.config.TrainingConfig;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cold-start rule of {@code training.model_grouping: archetype}: which archetypes have enough
 * training data for a model of their own, and each archetype's rows.
 */
final class ArchetypeColdStart {
    private ArchetypeColdStart() {
    }

    /**
     * Whether an archetype's training rows pass the cold-start thresholds: {@code training.min_group_rows}
     * rows, and for a supervised strategy {@code training.min_group_faults} confirmed faults (at least 1).
     *
     * @param training the training section
     * @param supervised whether the strategy learns from labels
     * @param rows the archetype's training rows
     * @param labels the training labels
     * @param decision where the reason for a fallback goes ({@code fallback_reason}); null to keep none
     * @return whether the archetype gets a model of its own
     */
    static boolean enough(TrainingConfig training, boolean supervised, FeatureFrame rows, Labels labels,
                          Map<String, Object> decision) {
        int minRows = training.minGroupRows();
        if (rows.rowCount() < minRows) {
            if (decision != null) {
                decision.put("fallback_reason", rows.rowCount() + " rows < training.min_group_rows=" + minRows);
            }
            return false;
        }
        if (supervised) {
            long faults = Arrays.stream(labels.align(rows)).filter(y -> y == 1).count();
            int minFaults = Math.max(1, training.minGroupFaults());
            if (faults < minFaults) {
                if (decision != null) {
                    decision.put("fallback_reason", faults + " faults < training.min_group_faults=" + minFaults);
                }
                return false;
            }
        }
        return true;
    }

    /** The rows of each archetype's buildings; buildings of no known archetype are left out (the global model scores them). */
    static Map<String, FeatureFrame> byArchetype(FeatureFrame rows, Map<String, String> archetypes) {
        Map<String, FeatureFrame> out = new TreeMap<>();
        for (String a : new TreeSet<>(archetypes.values())) {
            out.put(a, rows.filter(i -> a.equals(archetypes.get(rows.buildingId(i)))));
        }
        return out;
    }
}
