package io.iotad.models.rules;

import io.iotad.models.options.RawOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fires on a day when {@code feature op value} has held on each of the {@code days} consecutive
 * calendar days ending that day. A missing value or a day absent from the scoring frame breaks the
 * run: persistence must be observed, not assumed. Configuration:
 * {@code {type: persistence, name, feature, op, value, days, weight?}}.
 *
 * @param name unique rule name
 * @param feature the feature compared
 * @param op the comparison
 * @param value the constant, feature unit, finite
 * @param days the run length in days, at least 2
 * @param weight added to the score when it fires, &gt; 0
 */
record PersistenceRule(String name, String feature, Comparison op, double value, int days, double weight)
        implements OperatorRule {
    static final List<String> KEYS = ThresholdRule.keys("op", "value", "days");

    /**
     * Validates every field.
     *
     * @param name unique rule name
     * @param feature the feature compared
     * @param op the comparison
     * @param value the constant, feature unit, finite
     * @param days the run length in days, at least 2
     * @param weight added to the score when it fires, &gt; 0
     */
    public PersistenceRule {
        OperatorRule.validateCommon(name, feature, weight);
        Objects.requireNonNull(op, "op");
        if (!Double.isFinite(value)) {
            throw RawOptions.outOfRange("rule '" + name + "'", "value", value, "a finite number");
        }
        if (days < 2) {
            throw RawOptions.outOfRange("rule '" + name + "'", "days", days, "an integer >= 2");
        }
    }

    static PersistenceRule fromMap(RawOptions o) {
        if (!o.has("days")) {
            throw o.invalid("days", null, "an integer >= 2 (required)");
        }
        return new PersistenceRule(o.stringValue("name", null), o.stringValue("feature", null),
                ThresholdRule.comparison(o), ThresholdRule.required(o, "value"), o.intValue("days", 0),
                o.doubleValue("weight", DEFAULT_WEIGHT));
    }

    /** @return the days it reads before the decided one: the run's earlier days */
    @Override
    public int historyDays() {
        return days - 1;
    }

    @Override
    public boolean fires(double[] daily, int day) {
        if (day + 1 < days) {
            return false;
        }
        for (int d = day - days + 1; d <= day; d++) {
            if (!op.holds(daily[d], value)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "persistence");
        m.put("name", name);
        m.put("feature", feature);
        m.put("op", op.symbol());
        m.put("value", value);
        m.put("days", days);
        m.put("weight", weight);
        return m;
    }
}
