package io.iotad.core.detect;

import io.iotad.core.names.NearestName;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds {@link DetectorStrategy} implementations by name through {@link ServiceLoader}. Names are
 * case-insensitive, so the seed's {@code model_strategy: "LR_LOF"} finds {@code lr_lof}. A strategy
 * found at run time is bound to its options without a cast:
 * {@code DetectorStrategies.byName(name).bind(rawOptions)} is a {@link DetectorTrainer}.
 */
public final class DetectorStrategies {
    private DetectorStrategies() {
    }

    /**
     * @return every strategy on the class path, by lower-case name
     * @throws IllegalStateException when two strategies share a name
     */
    public static Map<String, DetectorStrategy<?>> all() {
        return all(Thread.currentThread().getContextClassLoader());
    }

    /**
     * @param loader the class loader to search
     * @return every strategy it can load, by lower-case name
     */
    public static Map<String, DetectorStrategy<?>> all(ClassLoader loader) {
        Map<String, DetectorStrategy<?>> out = new TreeMap<>();
        for (DetectorStrategy<?> s : ServiceLoader.load(DetectorStrategy.class, loader)) {
            String key = s.name().toLowerCase(Locale.ROOT);
            DetectorStrategy<?> prev = out.put(key, s);
            if (prev != null) {
                throw new IllegalStateException("two detector strategies are named '" + key + "': "
                        + prev.getClass().getName() + " and " + s.getClass().getName());
            }
        }
        return out;
    }

    /**
     * @param name a strategy name, any case
     * @return the strategy
     * @throws IllegalArgumentException naming the closest strategy ("did you mean") and the known ones when
     *     none has that name
     */
    public static DetectorStrategy<?> byName(String name) {
        Map<String, DetectorStrategy<?>> all = all();
        DetectorStrategy<?> s = all.get(name.toLowerCase(Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException("unknown detector strategy '" + name + "'"
                    + NearestName.hint(name, all.keySet()) + "; known: " + all.keySet());
        }
        return s;
    }
}
