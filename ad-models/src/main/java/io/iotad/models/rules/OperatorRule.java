package io.iotad.models.rules;

import io.iotad.models.options.RawOptions;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A rule an operator writes in configuration (an element of the {@code rules} option). Every rule
 * reads one feature of an apartment's daily series and decides whether it fires on a day; rules
 * that need history look back along the apartment's days in the frame being scored.
 *
 * <p>Configuration: a map with {@code type} ({@code threshold}, {@code persistence},
 * {@code level_shift}), a unique {@code name}, an optional {@code weight} (&gt; 0, default 1) and
 * the type's own keys (see each record).
 */
sealed interface OperatorRule permits ThresholdRule, PersistenceRule, LevelShiftRule {
    /** Default weight of a rule. */
    double DEFAULT_WEIGHT = 1.0;

    /** @return the rule's unique name */
    String name();

    /** @return the feature it reads */
    String feature();

    /** @return what firing adds to the score, &gt; 0 */
    double weight();

    /**
     * @param daily the apartment's values of {@link #feature()} on its day grid; NaN = missing or no row
     * @param day the day offset to decide
     * @return whether the rule fires on that day; false when the data needed is missing
     */
    boolean fires(double[] daily, int day);

    /** @return the days before a day that {@link #fires} reads to decide it, at least 0 */
    int historyDays();

    /** @return the rule as configuration, accepted by {@link #fromMap(Map, int)} */
    Map<String, Object> toMap();

    /**
     * @param raw one rule's configuration
     * @param index its position in the {@code rules} list, for messages
     * @return the validated rule
     * @throws IllegalArgumentException naming the rule, option, value and expectation
     */
    static OperatorRule fromMap(Map<String, Object> raw, int index) {
        Object type = raw.get("type");
        String owner = "rules[" + index + "]";
        if (!(type instanceof String t)) {
            throw RawOptions.outOfRange(owner, "type", type, "one of [threshold, persistence, level_shift]");
        }
        return switch (t.trim().toLowerCase(Locale.ROOT)) {
            case "threshold" -> ThresholdRule.fromMap(RawOptions.of(owner, raw, ThresholdRule.KEYS));
            case "persistence" -> PersistenceRule.fromMap(RawOptions.of(owner, raw, PersistenceRule.KEYS));
            case "level_shift" -> LevelShiftRule.fromMap(RawOptions.of(owner, raw, LevelShiftRule.KEYS));
            default -> throw RawOptions.outOfRange(owner, "type", type,
                    "one of [threshold, persistence, level_shift]");
        };
    }

    /**
     * Validates what every rule has.
     *
     * @param name the name
     * @param feature the feature
     * @param weight the weight
     * @throws IllegalArgumentException naming the field
     */
    static void validateCommon(String name, String feature, double weight) {
        if (name == null || name.isBlank()) {
            throw RawOptions.outOfRange("rule", "name", name, "a non-blank name");
        }
        if (feature == null || feature.isBlank()) {
            throw RawOptions.outOfRange("rule '" + name + "'", "feature", feature, "a non-blank feature name");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw RawOptions.outOfRange("rule '" + name + "'", "weight", weight, "a finite number > 0");
        }
    }

    /** Keys every rule accepts. */
    List<String> COMMON_KEYS = List.of("type", "name", "feature", "weight");
}
