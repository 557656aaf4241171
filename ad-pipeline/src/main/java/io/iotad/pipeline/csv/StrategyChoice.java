package io.iotad.pipeline.csv;

import io.iotad.core.names.NearestName;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.DetectorStrategy;
import java.util.List;
import java.util.Map;

/**
 * The {@code --strategy NAME} of the commands whose strategy options are flat {@code name=value}
 * pairs ({@code iotad detect}, {@code iotad eval-skab}, {@code iotad train --train FILE.csv}). These
 * commands neither offer nor accept {@code composite}: it is assembled from a list of components,
 * nested configuration that {@code --set name=value} cannot express, so it is trained in workflow
 * mode with {@code training.hyperparameters} in a {@code --config} file.
 */
public final class StrategyChoice {
    /** The strategy these commands cannot configure. */
    public static final String COMPOSITE = "composite";

    private StrategyChoice() {
    }

    /**
     * @param unsupervisedOnly whether the command scores unsupervised strategies only
     * @return the strategies such a command can use, sorted
     */
    public static List<String> usable(boolean unsupervisedOnly) {
        return DetectorStrategies.all().values().stream()
                .filter(s -> !s.name().equals(COMPOSITE) && (!unsupervisedOnly || !s.supervised()))
                .map(DetectorStrategy::name).sorted().toList();
    }

    /**
     * @param name the {@code --strategy} value, any case
     * @param unsupervisedOnly whether the command scores unsupervised strategies only
     * @return the strategy
     * @throws IllegalArgumentException for an unknown name (with the closest usable one), for
     *     {@code composite}, or for a supervised strategy where only unsupervised ones run, each
     *     listing the usable strategies
     */
    public static DetectorStrategy<?> byName(String name, boolean unsupervisedOnly) {
        List<String> usable = usable(unsupervisedOnly);
        Map<String, DetectorStrategy<?>> all = DetectorStrategies.all();
        DetectorStrategy<?> s = all.get(name.toLowerCase(java.util.Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException("unknown detector strategy '" + name + "'" + NearestName.hint(name, usable)
                    + "; usable here: " + usable);
        }
        if (s.name().equals(COMPOSITE)) {
            throw new IllegalArgumentException("--strategy composite cannot be used here: a composite is assembled from "
                    + "components, nested configuration that --set name=value cannot give; train it in workflow mode "
                    + "(iotad train --data DIR --config FILE with training.model_strategy: composite and "
                    + "training.hyperparameters.components, see docs/configuration.md); usable here: " + usable);
        }
        if (unsupervisedOnly && s.supervised()) {
            throw new IllegalArgumentException("--strategy " + s.name() + " is supervised; this command scores unsupervised "
                    + "strategies: " + usable);
        }
        return s;
    }
}
