package io.iotad.models.options;

import java.util.Locale;

/**
 * Which residuals a residual-based detector treats as anomalous. A residual is observed minus
 * expected, so a positive residual means more energy than the model explains.
 */
public enum ResidualSide {
    /** Score = residual / scale: positive (excess energy) ranks highest, deficits rank lowest. */
    SIGNED,
    /** Score = |residual| / scale: excesses and deficits rank alike. */
    ABSOLUTE;

    /**
     * @param standardisedResidual residual divided by its scale; NaN stays NaN
     * @return the anomaly score, higher = more anomalous
     */
    public double score(double standardisedResidual) {
        return this == SIGNED ? standardisedResidual : Math.abs(standardisedResidual);
    }

    /** @return the configuration spelling, e.g. {@code signed} */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
