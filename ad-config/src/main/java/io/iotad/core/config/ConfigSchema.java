package io.iotad.core.config;

import io.iotad.core.names.NearestName;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Every key of the configuration, with its kind, default, range and meaning: the single source of
 * truth that the loader, the overrides, the section records and {@code docs/configuration.md}
 * follow. Sections and nested groups ({@code evaluation.metrics_thresholds},
 * {@code inference.suppression}) are the path prefixes of the keys.
 */
public final class ConfigSchema {
    /** The seed's name for the daily mean outdoor temperature, accepted as an alias of {@link #AVG_OUTDOOR_TEMP}. */
    public static final String SEED_AVG_TEMP_ALIAS = "avg_temp_c";
    /** The data contract's name for the daily mean outdoor temperature. */
    public static final String AVG_OUTDOOR_TEMP = "avg_outdoor_temp_c";
    /** The ten standard daily features of DATA-CONTRACT §3, the default extractors. */
    public static final List<String> STANDARD_FEATURES = List.of("daily_energy_kwh", "daily_hot_water_litres",
            "avg_room_temp_c", "avg_setpoint_temp_c", "avg_temp_diff", AVG_OUTDOOR_TEMP, "hdd", "energy_lag_1d",
            "energy_roll_avg_7d", "temp_diff_roll_std_3d");

    private static final UnaryOperator<String> FEATURE_ALIAS =
            s -> s.equals(SEED_AVG_TEMP_ALIAS) ? AVG_OUTDOOR_TEMP : s;
    private static final Predicate<String> NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*").asMatchPredicate();
    private static final Predicate<String> GROUP_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*").asMatchPredicate();
    private static final Predicate<String> NON_BLANK = s -> !s.isBlank();
    private static final Predicate<String> GROUPING = s -> s.equalsIgnoreCase("global") || s.equalsIgnoreCase("archetype");
    private static final Predicate<String> ZONE = ConfigSchema::isZone;
    private static final String THRESHOLDS = "evaluation.metrics_thresholds.";
    private static final String MONITORING = "monitoring.";

    private static final Map<String, ConfigKey> KEYS = build();

    private ConfigSchema() {
    }

    private static Map<String, ConfigKey> build() {
        List<ConfigKey> k = new ArrayList<>();
        k.add(ConfigKey.integer("feature_engineering.lookback_days", 7, 1, 366,
                "Days of history a daily feature row may look back over (rolling windows, lags)."));
        k.add(ConfigKey.textList("feature_engineering.weather_feature_cols", List.of("hdd", AVG_OUTDOOR_TEMP), true,
                FEATURE_ALIAS, "Weather-driven features joined to each apartment-day; the seed's avg_temp_c is read as avg_outdoor_temp_c."));
        k.add(ConfigKey.text("feature_engineering.timezone", "UTC", ZONE, "a time-zone id such as UTC or Europe/Zurich",
                UnaryOperator.identity(), "Time zone whose calendar days the daily rows describe."));
        k.add(ConfigKey.decimal("feature_engineering.hdd_base_c", 18.0, -30, 40,
                "Base temperature in °C of the heating degree days: hdd = max(0, base - avg_outdoor_temp_c)."));
        k.add(ConfigKey.integer("feature_engineering.staleness_hours", 48, 1, 8760,
                "Hours without any reading after which an apartment is silent and its values are missing."));
        k.add(ConfigKey.decimal("feature_engineering.null_rate_limit", 0.05, 0, 1,
                "Largest share of missing values a critical feature may have before the run stops."));
        k.add(ConfigKey.textList("feature_engineering.critical_features",
                List.of("daily_energy_kwh", "avg_temp_diff", AVG_OUTDOOR_TEMP), true, FEATURE_ALIAS,
                "Features whose null rate is checked against null_rate_limit."));
        k.add(ConfigKey.decimal("feature_engineering.max_quarantine_share", 0.01, 0, 1,
                "Largest share of raw lines that may be quarantined before ingestion fails."));
        k.add(ConfigKey.textList("feature_engineering.extractors", STANDARD_FEATURES, false, UnaryOperator.identity(),
                "Names of the feature extractors the pipeline runs, in order."));
        k.add(ConfigKey.integer("feature_engineering.max_late_days", 31, 0, 3660,
                "Days a raw reading may lie before the day its file's path names (late delivery); earlier ones are quarantined."));
        k.add(ConfigKey.integer("feature_engineering.max_future_hours", 24, 0, 8760,
                "Hours a raw reading may lie after the run's clock; later ones are quarantined."));
        k.add(ConfigKey.integer("feature_engineering.max_reading_age_days", 3660, 1, 36600,
                "Days a raw reading may lie before the run's clock (a clock reset to 1970); older ones are quarantined."));
        k.add(ConfigKey.text("feature_engineering.range_violations", FeatureEngineeringConfig.RANGE_VIOLATIONS_FAIL,
                s -> s.equals(FeatureEngineeringConfig.RANGE_VIOLATIONS_FAIL) || s.equals(FeatureEngineeringConfig.RANGE_VIOLATIONS_QUARANTINE),
                "'fail' or 'quarantine_apartment_day'", UnaryOperator.identity(),
                "What a feature value outside its plausible range does: fail stops the run; quarantine_apartment_day makes "
                        + "that apartment-day missing, counted and listed in the run report."));

        k.add(ConfigKey.text("training.model_strategy", "isolation_forest", NAME,
                "a strategy name of letters, digits and underscores", s -> s.toLowerCase(Locale.ROOT),
                "Detector strategy, any case (the seed's LR_LOF is lr_lof)."));
        k.add(ConfigKey.mapping("training.hyperparameters",
                "The strategy's options, validated by the strategy itself; absent keys take its defaults."));
        k.add(ConfigKey.textList("training.feature_columns", List.of(), true, FEATURE_ALIAS,
                "Features the model uses, in order; empty means every feature the pipeline produces."));
        k.add(ConfigKey.text("training.instance_type", "ml.m5.large", NON_BLANK, "a non-blank instance type",
                UnaryOperator.identity(), "SageMaker training instance type; ignored when running locally."));
        k.add(ConfigKey.longInteger("training.seed", 42L, "Seed of every random choice of training."));
        k.add(ConfigKey.text("training.model_group", "global", GROUP_NAME,
                "a group name of letters, digits, '_', '.' and '-'", UnaryOperator.identity(),
                "Model-registry group the trained model is registered in (e.g. a building archetype)."));
        k.add(ConfigKey.text("training.model_grouping", "global", GROUPING, "global or archetype",
                g -> g.toLowerCase(Locale.ROOT),
                "global: one model for every building; archetype: one model per building archetype (registry group "
                        + "<model_group>.<archetype>), the global model for an archetype with too little data."));
        k.add(ConfigKey.integer("training.min_group_rows", 1000, 1, 1_000_000_000,
                "Fewest training rows an archetype needs for its own model (model_grouping: archetype)."));
        k.add(ConfigKey.integer("training.min_group_faults", 10, 0, 1_000_000_000,
                "Fewest confirmed faults (label 1) in an archetype's training rows for its own supervised model."));
        k.add(ConfigKey.integer("training.train_days", null, 1, 3660,
                "Days of data before the holdout to train on; absent means all available days."));
        k.add(ConfigKey.integer("training.holdout_days", 14, 0, 366,
                "Most recent days held out of training for evaluation; 0 evaluates on the training days."));

        k.add(ConfigKey.decimal(THRESHOLDS + "min_f1_score", null, 0, 1, "Gate: lowest F1 at the alert threshold."));
        k.add(ConfigKey.decimal(THRESHOLDS + "min_precision_at_k", null, 0, 1, "Gate: lowest Precision@k."));
        k.add(ConfigKey.decimal(THRESHOLDS + "min_recall_at_k", null, 0, 1, "Gate: lowest Recall@k."));
        k.add(ConfigKey.decimal(THRESHOLDS + "min_anomaly_yield_at_k", null, 0, 1, "Gate: lowest anomaly yield@k."));
        k.add(ConfigKey.decimal(THRESHOLDS + "min_pr_auc", null, 0, 1, "Gate: lowest area under the precision-recall curve."));
        k.add(ConfigKey.decimal(THRESHOLDS + "min_roc_auc", null, 0, 1, "Gate: lowest area under the ROC curve."));
        k.add(ConfigKey.decimal(THRESHOLDS + "max_throughput_deviation", null, 0, Double.POSITIVE_INFINITY,
                "Gate: largest relative deviation of the alert count from the technicians' capacity."));
        k.add(ConfigKey.integer("evaluation.k", 50, 1, 1_000_000, "K of Precision@K, Recall@K and anomaly yield@K."));
        k.add(ConfigKey.text("evaluation.holdout_data_path", null, NON_BLANK, "a non-blank path or URI",
                UnaryOperator.identity(), "Separate evaluation data; absent means the holdout days of the training data."));

        k.add(ConfigKey.decimal("inference.alert_threshold", null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                "Score at or above which a row becomes an alert; absent means no absolute threshold."));
        k.add(ConfigKey.integer("inference.top_k_per_day", null, 1, 1_000_000,
                "Alerts per day at most, the highest scores first (the technicians' capacity)."));
        k.add(ConfigKey.text("inference.batch_transform_instance_type", "ml.m5.large", NON_BLANK,
                "a non-blank instance type", UnaryOperator.identity(),
                "SageMaker batch-transform instance type; ignored when running locally."));
        k.add(ConfigKey.integer("inference.suppression.vacation_hours", 48, 0, 8760,
                "Suppress alerts of apartments without consumption for more than this many hours; 0 disables."));
        k.add(ConfigKey.text("inference.model_group", "global", GROUP_NAME,
                "a group name of letters, digits, '_', '.' and '-'", UnaryOperator.identity(),
                "Model-registry group whose latest approved model scores."));

        k.add(ConfigKey.text("training.threshold_from_labels", "none",
                s -> s.equals("none") || s.equals("pr_curve"), "'none' or 'pr_curve'", s -> s.toLowerCase(Locale.ROOT),
                "none: the alert threshold comes from inference.alert_threshold; pr_curve: training chooses it from the "
                        + "precision-recall curve of the labelled days and training.visits_per_day and stores it in the model."));
        k.add(ConfigKey.integer("training.visits_per_day", 10, 1, 1_000_000,
                "Alerts the technicians can visit a day, the capacity the threshold from labels is chosen for."));
        k.add(ConfigKey.integer("training.min_labelled_days", 7, 1, 3660,
                "Fewest labelled days (days with at least one verdict) the threshold from labels needs; fewer keeps no threshold."));

        k.add(ConfigKey.text(MONITORING + "drift", "block", s -> s.equals("block") || s.equals("warn") || s.equals("skip"),
                "'block', 'warn' or 'skip'", s -> s.toLowerCase(Locale.ROOT),
                "block: a statistic above its stop limit stops the scoring run; warn: it is only reported; skip: no drift step."));
        k.add(ConfigKey.decimal(MONITORING + "psi_warn", 11.5, 0, Double.POSITIVE_INFINITY,
                "Population-stability index above which a feature-band is reported as drifting (warning); the default "
                        + "lies above the 95th percentile of normal days' largest value (docs/operations.md)."));
        k.add(ConfigKey.decimal(MONITORING + "psi_stop", 20.0, 0, Double.POSITIVE_INFINITY,
                "Population-stability index above which the scoring run stops; the default 20 lies above the largest "
                        + "value the 0.0001 floor allows (18.4), so by default the index only warns."));
        k.add(ConfigKey.decimal(MONITORING + "ks_warn", 0.92, 0, 1,
                "Kolmogorov-Smirnov distance above which a feature-band is reported as drifting (warning); the default "
                        + "lies above the 95th percentile of normal days' largest value (docs/operations.md)."));
        k.add(ConfigKey.decimal(MONITORING + "ks_stop", 0.999, 0, 1,
                "Kolmogorov-Smirnov distance above which the scoring run stops; the default stops only a segment-band "
                        + "whose every value lies outside its training distribution (normal days reached 0.998)."));
        k.add(ConfigKey.decimal(MONITORING + "null_rate_warn", 0.2, 0, 1,
                "Rise of a feature's null rate over its training null rate above which a warning is reported."));
        k.add(ConfigKey.decimal(MONITORING + "null_rate_stop", 1.0, 0, 1,
                "Rise of a feature's null rate over its training null rate above which the scoring run stops; 1 never "
                        + "stops (the data contract's null_rate_limit stops a run on missing values)."));
        k.add(ConfigKey.decimal(MONITORING + "hdd_band_width", 5.0, 0.1, 100,
                "Width of the heating-degree-day bands the profile is conditioned on: band k holds hdd in [k*w, (k+1)*w)."));
        k.add(ConfigKey.integer(MONITORING + "min_reference_rows", 50, 1, 1_000_000,
                "Fewest training rows a segment-band needs in the profile to be compared; smaller ones are not judged."));
        k.add(ConfigKey.integer(MONITORING + "min_batch_rows", 10, 1, 1_000_000,
                "Fewest rows of a scored day a segment-band needs to be compared; smaller ones are not judged."));
        k.add(ConfigKey.integer(MONITORING + "retrain_new_labels", 100, 1, 100_000_000,
                "Retraining trigger: verdicts recorded since the model's training data ended, at or above which to retrain."));
        k.add(ConfigKey.integer(MONITORING + "retrain_drift_days", 3, 1, 3660,
                "Retraining trigger: consecutive scored days with drift above a warning limit, at or above which to retrain."));
        k.add(ConfigKey.integer(MONITORING + "retrain_precision_weeks", 4, 1, 520,
                "Retraining trigger: weeks of technicians' verdicts whose precision is compared with retrain_min_precision."));
        k.add(ConfigKey.decimal(MONITORING + "retrain_min_precision", 0.5, 0, 1,
                "Retraining trigger: reported precision (confirmed faults / visited alerts) under which to retrain."));
        k.add(ConfigKey.integer(MONITORING + "retrain_min_visits", 20, 1, 100_000_000,
                "Fewest verdicts in retrain_precision_weeks for the precision trigger to judge."));

        Map<String, ConfigKey> m = new LinkedHashMap<>();
        for (ConfigKey key : k) {
            m.put(key.path(), key);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** @return every key, by dotted path, in documentation order */
    public static Map<String, ConfigKey> keys() {
        return KEYS;
    }

    /**
     * @param path a dotted path
     * @return the key at that path, if it is a key (not a section)
     */
    public static Optional<ConfigKey> key(String path) {
        return Optional.ofNullable(KEYS.get(path));
    }

    /**
     * @param path a dotted path
     * @return whether the path is a section or group that holds keys, e.g. {@code inference.suppression}
     */
    public static boolean isGroup(String path) {
        String prefix = path + ".";
        return KEYS.keySet().stream().anyMatch(p -> p.startsWith(prefix));
    }

    /**
     * @param group a section or group path, "" for the top level
     * @return the names directly under it, in documentation order
     */
    public static Set<String> childrenOf(String group) {
        String prefix = group.isEmpty() ? "" : group + ".";
        Set<String> out = new LinkedHashSet<>();
        for (String p : KEYS.keySet()) {
            if (p.startsWith(prefix)) {
                String rest = p.substring(prefix.length());
                int dot = rest.indexOf('.');
                out.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return out;
    }

    /**
     * Checks a value of a key, as the section records do for values built in code.
     *
     * @param path the key's dotted path
     * @param value the value, of the key's Java type or a parsed YAML value
     * @return the coerced value
     * @throws IllegalArgumentException naming the key, the value and what was expected
     */
    static Object check(String path, Object value) {
        ConfigKey key = KEYS.get(path);
        if (key == null) {
            throw new IllegalStateException("no configuration key " + path);
        }
        try {
            return key.coerce(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + " has value " + render(value) + ": expected " + e.getMessage(), e);
        }
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * Suggests the key meant by an unknown name: a close sibling, or the same name in another section.
     *
     * @param parent the group the unknown name was found in ("" for the top level)
     * @param name the unknown name
     * @return the suggested dotted path, if any is close
     */
    static Optional<String> suggest(String parent, String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String sibling : childrenOf(parent)) {
            int d = NearestName.distance(name.toLowerCase(Locale.ROOT), sibling);
            if (d < bestDistance) {
                bestDistance = d;
                best = sibling;
            }
        }
        if (best != null && bestDistance <= Math.max(1, Math.min(3, name.length() / 3))) {
            return Optional.of(parent.isEmpty() ? best : parent + "." + best);
        }
        for (String p : KEYS.keySet()) {
            int at = p.endsWith("." + name) ? p.length() - name.length() : p.indexOf("." + name + ".") + 1;
            if (at > 0 && !p.startsWith(parent + ".")) {
                return Optional.of(p.substring(0, at + name.length()));
            }
        }
        return Optional.empty();
    }

    static String render(Object value) {
        if (value instanceof String s) {
            return "'" + (s.length() > 80 ? s.substring(0, 77) + "..." : s) + "' (a string)";
        }
        return value + " (" + YamlTree.describeType(value) + ")";
    }
}
