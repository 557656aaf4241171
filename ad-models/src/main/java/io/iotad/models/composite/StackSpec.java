package io.iotad.models.composite;

import io.iotad.core.detect.DetectorOptions;
import io.iotad.core.detect.DetectorStrategy;
import io.iotad.core.detect.DetectorTrainer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The second stage of a stacking composite. Configuration: {@code {strategy, options?,
 * passthrough?}}.
 *
 * @param trainer the second-stage strategy, found by name, bound to the options it validated
 * @param passthrough features of the input frame given to the stage beside the components' scores
 */
public record StackSpec(DetectorTrainer<?> trainer, List<String> passthrough) {
    /**
     * Validates every field.
     *
     * @param trainer the second-stage strategy, found by name, bound to the options it validated
     * @param passthrough features of the input frame given to the stage beside the components' scores
     */
    public StackSpec {
        Objects.requireNonNull(trainer, "trainer");
        passthrough = List.copyOf(passthrough);
    }

    /** @return the stage's strategy */
    public DetectorStrategy<?> strategy() {
        return trainer.strategy();
    }

    /** @return the stage's validated options */
    public DetectorOptions options() {
        return trainer.options();
    }

    /** @return the configuration form */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", trainer.name());
        m.put("options", trainer.options().toMap());
        m.put("passthrough", passthrough);
        return m;
    }
}
