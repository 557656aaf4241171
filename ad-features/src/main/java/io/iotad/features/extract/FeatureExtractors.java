package io.iotad.features.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalogue of extractors: the ten standard features of DATA-CONTRACT §3, the named optional
 * extractors (longer lags and windows, interactions, energy per HDD, hour-of-day profile, calendar),
 * and the inverse of {@link FeatureExtractor#toMap()}.
 */
public final class FeatureExtractors {
    /** Names accepted by {@link #named(String)}, in catalogue order. */
    public static final List<String> OPTIONAL_NAMES = List.of("energy_lag_2d", "energy_lag_7d", "energy_roll_std_7d",
            "temp_diff_roll_avg_3d", "outdoor_temp_x_temp_diff", "energy_per_hdd", "hourly_energy_profile", "calendar");

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
     * An optional extractor by its catalogue name (they read standard columns, so they go after the standard ten).
     *
     * @param name one of {@link #OPTIONAL_NAMES}
     * @return the extractor
     * @throws IllegalArgumentException naming the accepted names
     */
    public static FeatureExtractor named(String name) {
        return switch (name) {
            case "energy_lag_2d" -> new DailyLag("daily_energy_kwh", 2, "energy_lag_2d");
            case "energy_lag_7d" -> new DailyLag("daily_energy_kwh", 7, "energy_lag_7d");
            case "energy_roll_std_7d" -> new RollingWindow("daily_energy_kwh", RollingWindow.Statistic.STD, 7, 4, "energy_roll_std_7d");
            case "temp_diff_roll_avg_3d" -> new RollingWindow("avg_temp_diff", RollingWindow.Statistic.MEAN, 3, 2, "temp_diff_roll_avg_3d");
            case "outdoor_temp_x_temp_diff" -> new Interaction("avg_outdoor_temp_c", "avg_temp_diff", "outdoor_temp_x_temp_diff");
            case "energy_per_hdd" -> new EnergyPerDegreeDay(EnergyPerDegreeDay.DEFAULT_MIN_HDD);
            case "hourly_energy_profile" -> new HourlyEnergyProfile();
            case "calendar" -> new CalendarDay();
            default -> throw new IllegalArgumentException("unknown extractor '" + name + "'; known: " + OPTIONAL_NAMES);
        };
    }

    /**
     * Rebuilds an extractor from its JSON-compatible form.
     *
     * @param map {@code kind} plus the parameters, as {@link FeatureExtractor#toMap()} writes them
     * @return the extractor
     * @throws IllegalArgumentException naming the key, value and expectation when the map is invalid
     */
    public static FeatureExtractor fromMap(Map<String, ?> map) {
        Object kind = map.get("kind");
        if (!(kind instanceof String k)) {
            throw new IllegalArgumentException("extractor: key 'kind' must be a string, got " + kind);
        }
        Params p = new Params(k, map);
        FeatureExtractor e = switch (k) {
            case CounterConsumption.KIND -> new CounterConsumption(p.string("sensorType"), p.string("output"));
            case RoomClimateAverages.KIND -> new RoomClimateAverages();
            case OutdoorTemperature.KIND -> new OutdoorTemperature(p.integer("minHours"));
            case HeatingDegreeDays.KIND -> new HeatingDegreeDays(p.number("baseC"));
            case DailyLag.KIND -> new DailyLag(p.string("source"), p.integer("days"), p.string("output"));
            case RollingWindow.KIND -> new RollingWindow(p.string("source"), RollingWindow.Statistic.ofKey(p.string("statistic")),
                    p.integer("window"), p.integer("minPresent"), p.string("output"));
            case Interaction.KIND -> new Interaction(p.string("left"), p.string("right"), p.string("output"));
            case EnergyPerDegreeDay.KIND -> new EnergyPerDegreeDay(p.number("minHdd"));
            case HourlyEnergyProfile.KIND -> new HourlyEnergyProfile();
            case CalendarDay.KIND -> new CalendarDay();
            default -> throw new IllegalArgumentException("extractor: unknown kind '" + k + "'");
        };
        p.rejectUnknown();
        return e;
    }

    static void requireName(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(parameter + " must be a non-blank column or sensor name, got '" + value + "'");
        }
    }

    static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Typed, validated access to one extractor's map, remembering which keys were read. */
    private static final class Params {
        private final String kind;
        private final Map<String, ?> map;
        private final Set<String> read = new TreeSet<>(List.of("kind"));

        Params(String kind, Map<String, ?> map) {
            this.kind = kind;
            this.map = map;
        }

        private Object value(String key) {
            read.add(key);
            Object v = map.get(key);
            if (v == null) {
                throw new IllegalArgumentException("extractor '" + kind + "': key '" + key + "' is missing");
            }
            return v;
        }

        String string(String key) {
            Object v = value(key);
            if (!(v instanceof String s)) {
                throw new IllegalArgumentException("extractor '" + kind + "': key '" + key + "' must be a string, got " + v);
            }
            return s;
        }

        double number(String key) {
            Object v = value(key);
            if (!(v instanceof Number n)) {
                throw new IllegalArgumentException("extractor '" + kind + "': key '" + key + "' must be a number, got " + v);
            }
            return n.doubleValue();
        }

        int integer(String key) {
            double d = number(key);
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("extractor '" + kind + "': key '" + key + "' must be an integer, got " + d);
            }
            return (int) d;
        }

        void rejectUnknown() {
            List<String> unknown = new ArrayList<>();
            for (String key : map.keySet()) {
                if (!read.contains(key)) {
                    unknown.add(key);
                }
            }
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("extractor '" + kind + "': unknown keys " + unknown + "; known: " + read);
            }
        }
    }
}
