package io.iotad.core.explain;

import java.util.Locale;

/** Where a feature's value lies against its training median. */
public enum Direction {
    /** Above the training median. */
    HIGH,
    /** Below the training median. */
    LOW,
    /** At the training median, or no median is known. */
    TYPICAL,
    /** The value is missing (NaN); a detector with a native missing-value policy may still use that. */
    MISSING;

    /** @return the lower-case word used in text and JSON, e.g. {@code high} */
    @com.fasterxml.jackson.annotation.JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param word a word of {@link #word()}, any case
     * @return the direction
     * @throws IllegalArgumentException naming the accepted words for any other text
     */
    public static Direction parse(String word) {
        for (Direction d : values()) {
            if (d.word().equalsIgnoreCase(word)) {
                return d;
            }
        }
        throw new IllegalArgumentException("direction must be high, low, typical or missing, got '" + word + "'");
    }
}
