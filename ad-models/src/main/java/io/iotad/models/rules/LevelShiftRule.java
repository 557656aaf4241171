package io.iotad.models.rules;

import io.iotad.models.options.RawOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Fires on a day d when the mean of {@code feature} over the {@code recent_days} days ending on d
 * differs from its mean over the {@code baseline_days} days before them by more than
 * {@code min_shift} in the configured direction. Each window's mean is over its observed days and
 * needs at least half the window (rounded up) observed, else the rule does not fire.
 * Configuration: {@code {type: level_shift, name, feature, recent_days, baseline_days, min_shift,
 * direction?: up | down | both (default up), weight?}}.
 *
 * @param name unique rule name
 * @param feature the feature averaged
 * @param recentDays length of the recent window, ≥ 1
 * @param baselineDays length of the baseline window just before it, ≥ 1
 * @param minShift the change of mean that fires, feature unit, &gt; 0
 * @param direction which change counts
 * @param weight added to the score when it fires, &gt; 0
 */
record LevelShiftRule(String name, String feature, int recentDays, int baselineDays, double minShift,
                             Direction direction, double weight) implements OperatorRule {
    static final List<String> KEYS = ThresholdRule.keys("recent_days", "baseline_days", "min_shift", "direction");

    /** Which change of level fires. */
    public enum Direction {
        /** recent mean − baseline mean &gt; min_shift. */
        UP,
        /** baseline mean − recent mean &gt; min_shift. */
        DOWN,
        /** |recent mean − baseline mean| &gt; min_shift. */
        BOTH
    }

    /**
     * Validates every field.
     *
     * @param name unique rule name
     * @param feature the feature averaged
     * @param recentDays length of the recent window, ≥ 1
     * @param baselineDays length of the baseline window just before it, ≥ 1
     * @param minShift the change of mean that fires, feature unit, &gt; 0
     * @param direction which change counts
     * @param weight added to the score when it fires, &gt; 0
     */
    public LevelShiftRule {
        OperatorRule.validateCommon(name, feature, weight);
        String owner = "rule '" + name + "'";
        if (recentDays < 1) {
            throw RawOptions.outOfRange(owner, "recent_days", recentDays, "an integer >= 1");
        }
        if (baselineDays < 1) {
            throw RawOptions.outOfRange(owner, "baseline_days", baselineDays, "an integer >= 1");
        }
        if (!(minShift > 0) || Double.isInfinite(minShift)) {
            throw RawOptions.outOfRange(owner, "min_shift", minShift, "a finite number > 0");
        }
        Objects.requireNonNull(direction, "direction");
    }

    static LevelShiftRule fromMap(RawOptions o) {
        for (String k : List.of("recent_days", "baseline_days", "min_shift")) {
            if (!o.has(k)) {
                throw o.invalid(k, null, "a positive number (required)");
            }
        }
        return new LevelShiftRule(o.stringValue("name", null), o.stringValue("feature", null),
                o.intValue("recent_days", 0), o.intValue("baseline_days", 0), o.doubleValue("min_shift", 0),
                o.enumValue("direction", Direction.class, Direction.UP), o.doubleValue("weight", DEFAULT_WEIGHT));
    }

    /** @return the days it reads before the decided one: the rest of the recent window and the baseline window */
    @Override
    public int historyDays() {
        return recentDays + baselineDays - 1;
    }

    @Override
    public boolean fires(double[] daily, int day) {
        int recentStart = day - recentDays + 1;
        int baselineStart = recentStart - baselineDays;
        if (baselineStart < 0) {
            return false;
        }
        double recent = windowMean(daily, recentStart, recentDays);
        double baseline = windowMean(daily, baselineStart, baselineDays);
        if (Double.isNaN(recent) || Double.isNaN(baseline)) {
            return false;
        }
        double shift = recent - baseline;
        return switch (direction) {
            case UP -> shift > minShift;
            case DOWN -> -shift > minShift;
            case BOTH -> Math.abs(shift) > minShift;
        };
    }

    private static double windowMean(double[] daily, int start, int len) {
        double sum = 0;
        int n = 0;
        for (int d = start; d < start + len; d++) {
            if (!Double.isNaN(daily[d])) {
                sum += daily[d];
                n++;
            }
        }
        return n * 2 >= len ? sum / n : Double.NaN;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "level_shift");
        m.put("name", name);
        m.put("feature", feature);
        m.put("recent_days", recentDays);
        m.put("baseline_days", baselineDays);
        m.put("min_shift", minShift);
        m.put("direction", direction.name().toLowerCase(Locale.ROOT));
        m.put("weight", weight);
        return m;
    }
}
