package io.iotad.pipeline.tuning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The hyperparameters a search varies for one strategy, each with its range. A range is sampled
 * uniformly, or log-uniformly when it spans orders of magnitude (learning rate, tree count, neighbours);
 * integers are rounded to the nearest whole number; a choice picks one of its values with equal
 * probability. Option names are the strategy's own ({@code training.hyperparameters} keys).
 *
 * @param strategy the strategy's name, lower case
 * @param dimensions what is varied, in sampling order (at least one)
 */
public record SearchSpace(String strategy, List<Dimension> dimensions) {
    /** Validates and copies the fields; names must be distinct. */
    public SearchSpace {
        Objects.requireNonNull(strategy, "strategy");
        dimensions = List.copyOf(dimensions);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("the search space of " + strategy + " has nothing to vary");
        }
        if (dimensions.stream().map(Dimension::name).distinct().count() != dimensions.size()) {
            throw new IllegalArgumentException("the search space of " + strategy + " names a hyperparameter twice");
        }
    }

    /**
     * One hyperparameter and its range.
     *
     * @param name the option name, e.g. {@code max_depth}
     * @param kind {@code INT}, {@code DOUBLE} or {@code CHOICE}
     * @param low lowest value (numeric kinds), inclusive
     * @param high highest value (numeric kinds), inclusive, at least {@code low}
     * @param log sample log-uniformly (numeric kinds; needs {@code low > 0})
     * @param choices the values of a {@code CHOICE} (at least one); empty otherwise
     */
    public record Dimension(String name, Kind kind, double low, double high, boolean log, List<Object> choices) {
        /** Validates the range. */
        public Dimension {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            choices = List.copyOf(choices);
            if (kind == Kind.CHOICE ? choices.isEmpty() : !(low <= high) || (log && low <= 0)) {
                throw new IllegalArgumentException("bad range for " + name + ": " + low + ".." + high
                        + (log ? " (log)" : "") + " " + choices);
            }
        }

        /**
         * @param name option
         * @param low lowest
         * @param high highest
         * @param log log-uniform
         * @return an integer range
         */
        public static Dimension integer(String name, int low, int high, boolean log) {
            return new Dimension(name, Kind.INT, low, high, log, List.of());
        }

        /**
         * @param name option
         * @param low lowest
         * @param high highest
         * @param log log-uniform
         * @return a real range
         */
        public static Dimension real(String name, double low, double high, boolean log) {
            return new Dimension(name, Kind.DOUBLE, low, high, log, List.of());
        }

        /**
         * @param name option
         * @param values the values
         * @return a choice
         */
        public static Dimension choice(String name, Object... values) {
            return new Dimension(name, Kind.CHOICE, 0, 0, false, List.of(values));
        }

        /**
         * @param random the search's random stream (advanced by exactly one draw)
         * @return a value of the range: an Integer, a Double (rounded to 4 significant digits) or one of the choices
         */
        Object sample(SplittableRandom random) {
            double u = random.nextDouble();
            return switch (kind) {
                case CHOICE -> choices.get(Math.min(choices.size() - 1, (int) (u * choices.size())));
                case INT -> (int) Math.round(value(u));
                case DOUBLE -> Double.valueOf(String.format(Locale.ROOT, "%.4g", value(u)));
            };
        }

        private double value(double u) {
            return log ? Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low))) : low + u * (high - low);
        }

        @Override
        public String toString() {
            return kind == Kind.CHOICE ? name + " in " + choices
                    : name + " in [" + fmt(low) + ", " + fmt(high) + "]" + (log ? " log" : "");
        }

        private String fmt(double v) {
            return kind == Kind.INT ? String.valueOf((long) v) : String.valueOf(v);
        }
    }

    /** How a dimension is sampled. */
    public enum Kind {
        /** A whole number in a range. */
        INT,
        /** A real number in a range. */
        DOUBLE,
        /** One of a list of values. */
        CHOICE
    }

    private static final Map<String, SearchSpace> BUILT_IN = builtIn();

    private static Map<String, SearchSpace> builtIn() {
        Map<String, SearchSpace> m = new TreeMap<>();
        m.put("xgboost", new SearchSpace("xgboost", List.of(
                Dimension.integer("max_depth", 2, 10, false),
                Dimension.real("eta", 0.02, 0.3, true),
                Dimension.integer("trees", 50, 400, true),
                Dimension.real("min_child_weight", 0.5, 10, true),
                Dimension.real("subsample", 0.5, 1.0, false),
                Dimension.real("colsample_bytree", 0.5, 1.0, false))));
        m.put("lof", new SearchSpace("lof", List.of(
                Dimension.integer("neighbors", 5, 100, true),
                Dimension.choice("standardize", true, false))));
        m.put("isolation_forest", new SearchSpace("isolation_forest", List.of(
                Dimension.integer("trees", 50, 400, true),
                Dimension.integer("subsample_size", 64, 2048, true),
                Dimension.real("max_features", 0.3, 1.0, false))));
        return m;
    }

    /** @return the strategies with a declared search space, sorted */
    public static Set<String> tunableStrategies() {
        return BUILT_IN.keySet();
    }

    /**
     * The declared space of a strategy.
     *
     * @param strategy the strategy's name, any case
     * @return its space
     * @throws IllegalArgumentException naming the strategies that have one
     */
    public static SearchSpace of(String strategy) {
        SearchSpace s = BUILT_IN.get(strategy.toLowerCase(Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException("--strategy " + strategy + ": no search space is declared for it; tunable "
                    + "strategies: " + String.join(", ", BUILT_IN.keySet()));
        }
        return s;
    }

    /**
     * @param fixed options held at a given value in every trial
     * @return this space without the dimensions those options name
     * @throws IllegalArgumentException when nothing would be left to vary
     */
    public SearchSpace without(Set<String> fixed) {
        List<Dimension> left = new ArrayList<>();
        for (Dimension d : dimensions) {
            if (!fixed.contains(d.name())) {
                left.add(d);
            }
        }
        return new SearchSpace(strategy, left);
    }

    /**
     * Draws one point: one value per dimension, in order.
     *
     * @param random the search's random stream
     * @return the values by option name, in dimension order
     */
    public Map<String, Object> sample(SplittableRandom random) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            out.put(d.name(), d.sample(random));
        }
        return out;
    }
}
