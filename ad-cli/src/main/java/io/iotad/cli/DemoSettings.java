package io.iotad.cli;

import io.iotad.core.config.ConfigSchema;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.features.extract.FeatureExtractors;
import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.portfolio.Apartment;
import io.iotad.simulator.portfolio.Building;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The settings {@code iotad demo} applies unless the configuration or a {@code --set} gives the key,
 * worked out from the portfolio the simulator is about to make, and the checks that the demo can run
 * at the requested size before anything is written.
 *
 * <p><b>Why the null-rate limit follows from the buildings.</b> The simulator removes the processed
 * weather of one building for one day (a data fault of its default plan), and scoring checks the
 * data contract day by day: {@code avg_outdoor_temp_c} may be missing in at most
 * {@code feature_engineering.null_rate_limit} of a day's rows. The rows are apartments, so the gap
 * is that building's share of the portfolio's apartments: under 5 % in a large portfolio, 8 % when
 * 300 apartments live in 12 buildings, but 22 % when 120 apartments live in 5 (one of them 26
 * apartments). A fixed limit therefore fails the demo at small sizes whenever the gap falls on a
 * scored day. The demo's limit is the share of its largest building (rounded up to 0.1 %, and never
 * below the documented default), so one building's day without weather passes whichever building it
 * hits, those rows stay unscored (never filled), and a day on which weather is missing for more
 * apartments than the largest building has still stops the run.
 */
final class DemoSettings {
    /** Days the demo needs at least beyond the holdout: the lookback of the first training day plus a week to train on. */
    static final int MIN_TRAINING_DAYS = 14;
    /**
     * Unsupervised strategies that read the {@code occupancy} extractor's setpoint drop as their gate
     * ({@code lof_occupancy}, {@code lof_forecast}; docs/strategies-classic.md).
     */
    static final Set<String> OCCUPANCY_GATED = Set.of("lof_occupancy", "lof_forecast");
    /** The occupancy gate's column, from the {@code occupancy} extractor. */
    static final String OCCUPANCY_COLUMN = "setpoint_vs_baseline_k";

    private DemoSettings() {
    }

    /**
     * @param planned the planned simulation
     * @param seed the demo's {@code --seed}, also the seed of training
     * @return {@code key=value} settings, applied where the user gives none
     */
    static List<String> defaults(PortfolioSimulator planned, long seed) {
        return List.of(String.format(Locale.ROOT, "feature_engineering.null_rate_limit=%.3f", nullRateLimit(planned)),
                "feature_engineering.extractors=" + extractors(), "training.model_strategy=xgboost", "training.seed=" + seed);
    }

    /**
     * The settings for an unsupervised strategy: the same without the fault-physics extractors, which
     * made Isolation Forest and LOF worse on the tuning seeds (their extremes are residents away and
     * mild days; docs/results-simulator.md), so they see the standard ten as before.
     *
     * @param defaults what {@link #defaults} gave
     * @return the settings without {@code feature_engineering.extractors}
     */
    static List<String> withoutFaultPhysics(List<String> defaults) {
        return defaults.stream().filter(d -> !d.startsWith("feature_engineering.extractors=")).toList();
    }

    /**
     * The settings for an unsupervised strategy: {@link #withoutFaultPhysics}, and for a strategy that
     * conditions on occupancy ({@link #OCCUPANCY_GATED}) the ten standard features plus the
     * {@code occupancy} extractor, of which the model reads only the gate's column
     * ({@code setpoint_vs_baseline_k}): the configuration measured in docs/results-simulator.md.
     *
     * @param defaults what {@link #defaults} gave
     * @param strategy the strategy in use, any case
     * @return the settings for that strategy
     */
    static List<String> forUnsupervised(List<String> defaults, String strategy) {
        List<String> out = new ArrayList<>(withoutFaultPhysics(defaults));
        if (OCCUPANCY_GATED.contains(strategy.toLowerCase(Locale.ROOT))) {
            String ten = String.join(",", ConfigSchema.STANDARD_FEATURES);
            out.add("feature_engineering.extractors=[" + ten + ",occupancy]");
            out.add("training.feature_columns=[" + ten + "," + OCCUPANCY_COLUMN + "]");
        }
        return List.copyOf(out);
    }

    /**
     * The demo's feature pipeline: the ten standard features and the fault-physics extractors, which
     * lifted XGBoost's P@50 on the tuning seeds (docs/results-simulator.md); unsupervised strategies get
     * {@link #withoutFaultPhysics} instead.
     *
     * @return the {@code feature_engineering.extractors} value, {@code [name,name,...]}
     */
    static String extractors() {
        List<String> names = new ArrayList<>(ConfigSchema.STANDARD_FEATURES);
        names.addAll(FeatureExtractors.FAULT_PHYSICS);
        return "[" + String.join(",", names) + "]";
    }

    /**
     * @param planned the planned simulation
     * @return the share of the largest building's apartments, rounded up to 0.001, at least the default limit
     */
    static double nullRateLimit(PortfolioSimulator planned) {
        double largest = largestBuilding(planned) / (double) planned.portfolio().apartments().size();
        double defaultLimit = IotadConfig.defaults().featureEngineering().nullRateLimit();
        return Math.max(defaultLimit, Math.ceil(largest * 1000 - 1e-9) / 1000);
    }

    /** @return the number of apartments of the largest building */
    static int largestBuilding(PortfolioSimulator planned) {
        Map<Building, Integer> counts = new HashMap<>();
        for (Apartment a : planned.portfolio().apartments()) {
            counts.merge(a.building(), 1, Integer::sum);
        }
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * @param planned the planned simulation
     * @return a line saying what the settings are and why
     */
    static String describe(PortfolioSimulator planned) {
        return String.format(Locale.ROOT, "(the null-rate limit is the share of the largest building, %d of %d apartments, "
                + "so that the one building-day without weather the simulator injects passes)", largestBuilding(planned),
                planned.portfolio().apartments().size());
    }

    /**
     * Refuses, before anything is simulated or written, a size the demo cannot run.
     *
     * @param planned the planned simulation
     * @param config the configuration in use
     * @throws IllegalArgumentException naming the size, what it lacks and what to change
     */
    static void checkRunnable(PortfolioSimulator planned, IotadConfig config) {
        int days = planned.options().days();
        int holdout = config.training().holdoutDays();
        if (days < holdout + MIN_TRAINING_DAYS) {
            throw new IllegalArgumentException("--days " + days + " is too short: the demo holds out the last "
                    + holdout + " days (training.holdout_days) and needs at least " + MIN_TRAINING_DAYS
                    + " days before them to train on; use --days " + (holdout + MIN_TRAINING_DAYS) + " or more");
        }
        String strategy = config.training().modelStrategy();
        if (DetectorStrategies.byName(strategy).supervised()) {
            LocalDate first = planned.options().startDate();
            LocalDate trainTo = first.plusDays(days - holdout - 1L);
            boolean fault = planned.labels().stream().anyMatch(l -> l.isFault() && !l.eventDate().isBefore(first)
                    && !l.eventDate().isAfter(trainTo));
            if (!fault) {
                throw new IllegalArgumentException("at --apartments " + planned.options().apartments() + " --days " + days
                        + " --seed " + planned.options().seed() + " the simulation has no equipment fault in the training "
                        + "days (" + first + ".." + trainTo + "), and " + strategy + " is supervised: it learns from "
                        + "confirmed faults; simulate more apartments or days, or use --set training.model_strategy="
                        + "isolation_forest");
            }
        }
    }
}
