package io.iotad.models.stl;

import io.iotad.core.detect.AbstractDetectorStrategy;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import io.iotad.models.series.ApartmentDays;
import io.iotad.models.stats.SampleStatistics;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@code stl} strategy, the seed's statistical baseline: STL (Cleveland et al. 1990) on each
 * apartment's daily series of one feature, scoring the robust residual. Fitting decomposes each
 * training apartment and learns its residual scale (1.4826 × MAD, floored at {@code min_scale});
 * see {@link StlDetector} for scoring, lookback and missing values. Deterministic: no randomness,
 * so the seed is unused.
 */
public final class StlStrategy extends AbstractDetectorStrategy<StlOptions> {
    /** The configuration name. */
    public static final String NAME = "stl";

    /** Creates the strategy (found by ServiceLoader). */
    public StlStrategy() {
        super(NAME, "STL decomposition (seasonal-trend LOESS) of each apartment's daily series, scored by the robust residual",
                false, StlOptions::fromMap, new StlCodec());
    }

    /**
     * @throws IllegalArgumentException when the frame lacks the feature or no apartment has
     *     {@code min_observed_days} observed days
     */
    @Override
    public Detector fit(FeatureFrame train, Labels labels, StlOptions options, FitContext context) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(context, "context");
        train.schema().require(options.feature());
        double[] residual = StlDetector.residuals(train, options);
        if (Arrays.stream(residual).allMatch(Double::isNaN)) {
            throw new IllegalArgumentException("stl: no apartment of the training frame (" + train.rowCount()
                    + " rows) has " + options.minObservedDays() + " observed days of '" + options.feature()
                    + "' with every weekday phase present; expected longer daily series");
        }
        Map<String, Double> scales = new TreeMap<>();
        var groups = ApartmentDays.of(train);
        for (int g = 0; g < groups.size(); g++) {
            ApartmentDays apt = groups.get(g);
            double[] own = new double[apt.rowCount()];
            for (int i = 0; i < own.length; i++) {
                own[i] = residual[apt.row(i)];
            }
            double mad = SampleStatistics.scaledMad(own);
            if (!Double.isNaN(mad)) {
                scales.put(apt.apartmentId(), Math.max(mad, options.minScale()));
            }
            context.progress().progress("stl fit", g + 1, groups.size());
        }
        double global = Math.max(SampleStatistics.scaledMad(residual), options.minScale());
        return new StlDetector(options, global, scales);
    }
}
