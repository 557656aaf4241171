package io.iotad.core.explain;

import java.util.Locale;
import java.util.Objects;

/**
 * One feature's part in a row's score.
 *
 * @param feature the feature's name
 * @param direction where its value lies against the training median
 * @param value the row's value of the feature, NaN when missing
 * @param size how much it contributed, in the unit of the {@link Reason}'s method: log-odds of a
 *     fault for {@link Reason#TREE_SHAP} (positive = towards a fault), robust standard deviations
 *     (|x − median| / (1.4826 · MAD), at least 0) for {@link Reason#ROBUST_DEVIATION}; finite
 */
public record Contribution(String feature, Direction direction, double value, double size) {
    /** Validates the fields. */
    public Contribution {
        if (feature == null || feature.isBlank()) {
            throw new IllegalArgumentException("a contribution needs a feature name, got '" + feature + "'");
        }
        Objects.requireNonNull(direction, "direction");
        if (!Double.isFinite(size)) {
            throw new IllegalArgumentException("contribution of '" + feature + "' must have a finite size, got " + size);
        }
    }

    /** @return e.g. {@code room_temp_min low +2.31} */
    public String text() {
        return feature + " " + direction.word() + " " + String.format(Locale.ROOT, "%+.2f", size);
    }
}
