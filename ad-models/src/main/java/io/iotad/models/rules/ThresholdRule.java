package io.iotad.models.rules;

import io.iotad.models.options.RawOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fires on a day when {@code feature op value} holds that day. Configuration:
 * {@code {type: threshold, name, feature, op: ">" | ">=" | "<" | "<=", value, weight?}}.
 *
 * @param name unique rule name
 * @param feature the feature compared
 * @param op the comparison
 * @param value the constant, in the feature's unit, finite
 * @param weight added to the score when it fires, &gt; 0
 */
record ThresholdRule(String name, String feature, Comparison op, double value, double weight)
        implements OperatorRule {
    static final List<String> KEYS = keys("op", "value");

    /**
     * Validates every field.
     *
     * @param name unique rule name
     * @param feature the feature compared
     * @param op the comparison
     * @param value the constant, in the feature's unit, finite
     * @param weight added to the score when it fires, &gt; 0
     */
    public ThresholdRule {
        OperatorRule.validateCommon(name, feature, weight);
        Objects.requireNonNull(op, "op");
        if (!Double.isFinite(value)) {
            throw RawOptions.outOfRange("rule '" + name + "'", "value", value, "a finite number");
        }
    }

    static ThresholdRule fromMap(RawOptions o) {
        return new ThresholdRule(o.stringValue("name", null), o.stringValue("feature", null), comparison(o),
                required(o, "value"), o.doubleValue("weight", DEFAULT_WEIGHT));
    }

    /** @return 0: it reads only the decided day */
    @Override
    public int historyDays() {
        return 0;
    }

    @Override
    public boolean fires(double[] daily, int day) {
        return op.holds(daily[day], value);
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "threshold");
        m.put("name", name);
        m.put("feature", feature);
        m.put("op", op.symbol());
        m.put("value", value);
        m.put("weight", weight);
        return m;
    }

    static List<String> keys(String... own) {
        List<String> k = new ArrayList<>(OperatorRule.COMMON_KEYS);
        k.addAll(List.of(own));
        return List.copyOf(k);
    }

    static Comparison comparison(RawOptions o) {
        String s = o.stringValue("op", null);
        try {
            return Comparison.ofSymbol(s);
        } catch (IllegalArgumentException e) {
            throw o.invalid("op", s, "one of [>, >=, <, <=]");
        }
    }

    static double required(RawOptions o, String key) {
        if (!o.has(key)) {
            throw o.invalid(key, null, "a finite number (required)");
        }
        return o.doubleValue(key, Double.NaN);
    }
}
