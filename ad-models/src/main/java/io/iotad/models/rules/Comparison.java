package io.iotad.models.rules;

import java.util.Arrays;

/** A comparison of a feature value with a constant, as written in a rule ({@code >}, {@code >=}, {@code <}, {@code <=}). */
public enum Comparison {
    /** value &gt; bound. */
    GREATER(">"),
    /** value ≥ bound. */
    GREATER_OR_EQUAL(">="),
    /** value &lt; bound. */
    LESS("<"),
    /** value ≤ bound. */
    LESS_OR_EQUAL("<=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** @return the symbol used in configuration */
    public String symbol() {
        return symbol;
    }

    /**
     * @param value a feature value; NaN never satisfies a comparison
     * @param bound the rule's constant
     * @return whether {@code value op bound} holds
     */
    public boolean holds(double value, double bound) {
        return switch (this) {
            case GREATER -> value > bound;
            case GREATER_OR_EQUAL -> value >= bound;
            case LESS -> value < bound;
            case LESS_OR_EQUAL -> value <= bound;
        };
    }

    /**
     * @param symbol {@code >}, {@code >=}, {@code <} or {@code <=}
     * @return the comparison
     * @throws IllegalArgumentException naming the accepted symbols
     */
    public static Comparison ofSymbol(Object symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException("comparison '" + symbol + "' is not one of "
                + Arrays.stream(values()).map(Comparison::symbol).toList());
    }
}
