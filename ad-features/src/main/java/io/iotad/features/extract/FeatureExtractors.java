package io.iotad.features.extract;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The extractors: the ten standard features of DATA-CONTRACT §3, and every {@link FeatureExtractorKind}
 * on the class path, found through {@link java.util.ServiceLoader} (the built-in kinds and any
 * plug-in's): the inverse of {@link FeatureExtractor#toMap()} and the catalogue of named optional
 * extractors (longer lags and windows, interactions, energy per HDD, hour-of-day profile, calendar).
 */
public final class FeatureExtractors {
    /**
     * Catalogue names of the fault-physics extractors (docs/features.md), in an order in which each
     * reads only columns written before it (after the standard ten): room-level deviation, hourly
     * shape, energy per degree-day against the apartment's trailing baseline and its trend, occupancy,
     * and the peer-relative columns of the cross-apartment stage.
     */
    public static final List<String> FAULT_PHYSICS = List.of("room_setpoint_deviation", "heating_shape",
            "hourly_energy_profile", "energy_per_hdd", "energy_per_hdd_baseline", "energy_per_hdd_trend_14d",
            "energy_per_hdd_trend_28d", "occupancy", "peer_energy_z", "peer_room_deficit_z");

    private FeatureExtractors() {
    }

    /**
     * The ten standard features of DATA-CONTRACT §3, in contract order.
     *
     * @param hddBaseC the HDD base temperature in °C (the contract's default is {@value HeatingDegreeDays#DEFAULT_BASE_C})
     * @return the extractors, whose outputs are the ten standard columns
     */
    public static List<FeatureExtractor> standard(double hddBaseC) {
        return List.of(CounterConsumption.heatingEnergy(), CounterConsumption.hotWater(), new RoomClimateAverages(),
                OutdoorTemperature.standard(), new HeatingDegreeDays(hddBaseC),
                new DailyLag("daily_energy_kwh", 1, "energy_lag_1d"),
                new RollingWindow("daily_energy_kwh", RollingWindow.Statistic.MEAN, 7, 4, "energy_roll_avg_7d"),
                new RollingWindow("avg_temp_diff", RollingWindow.Statistic.STD, 3, 2, "temp_diff_roll_std_3d"));
    }

    /**
     * @return every kind on the class path, by kind key
     * @throws IllegalStateException when two kinds share a key
     */
    public static Map<String, FeatureExtractorKind> kinds() {
        Map<String, FeatureExtractorKind> out = new TreeMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (FeatureExtractorKind k : ServiceLoader.load(FeatureExtractorKind.class, loader)) {
            FeatureExtractorKind prev = out.put(k.kind(), k);
            if (prev != null) {
                throw new IllegalStateException("two feature extractor kinds are named '" + k.kind() + "': "
                        + prev.getClass().getName() + " and " + k.getClass().getName());
            }
        }
        return out;
    }

    /**
     * @return every catalogued optional extractor, by name, sorted (they read standard columns, so
     *     they go after the standard ten)
     * @throws IllegalStateException when two kinds catalogue the same name
     */
    public static Map<String, FeatureExtractor> catalogue() {
        Map<String, FeatureExtractor> out = new TreeMap<>();
        Map<String, String> owner = new TreeMap<>();
        for (FeatureExtractorKind k : kinds().values()) {
            k.catalogue().forEach((name, e) -> {
                String prev = owner.put(name, k.kind());
                if (prev != null) {
                    throw new IllegalStateException("the extractor name '" + name + "' is catalogued by kinds '" + prev
                            + "' and '" + k.kind() + "'");
                }
                out.put(name, e);
            });
        }
        return out;
    }

    /**
     * An optional extractor by its catalogue name.
     *
     * @param name a name of {@link #catalogue()}
     * @return the extractor
     * @throws IllegalArgumentException naming the accepted names
     */
    public static FeatureExtractor named(String name) {
        Map<String, FeatureExtractor> all = catalogue();
        FeatureExtractor e = all.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown extractor '" + name + "'; known: " + all.keySet());
        }
        return e;
    }

    /**
     * Rebuilds an extractor from its JSON-compatible form, through the kind it names.
     *
     * @param map {@code kind} plus the parameters, as {@link FeatureExtractor#toMap()} writes them
     * @return the extractor
     * @throws IllegalArgumentException naming the key, value and expectation when the map is invalid
     *     or its kind is not on the class path
     */
    public static FeatureExtractor fromMap(Map<String, ?> map) {
        Object kind = map.get("kind");
        if (!(kind instanceof String k)) {
            throw new IllegalArgumentException("extractor: key 'kind' must be a string, got " + kind);
        }
        Map<String, FeatureExtractorKind> kinds = kinds();
        FeatureExtractorKind type = kinds.get(k);
        if (type == null) {
            throw new IllegalArgumentException("extractor: unknown kind '" + k + "'; known: " + kinds.keySet());
        }
        ExtractorParameters p = new ExtractorParameters(k, map);
        FeatureExtractor e = type.fromParameters(p);
        p.rejectUnknown();
        return e;
    }

    static void requireName(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(parameter + " must be a non-blank column or sensor name, got '" + value + "'");
        }
    }
}
