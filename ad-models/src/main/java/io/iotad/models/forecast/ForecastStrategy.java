package io.iotad.models.forecast;

import io.iotad.core.detect.AbstractDetectorStrategy;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import java.util.Objects;

/**
 * The {@code forecast} strategy, the seed's experiment 6 (Prophet-style forecasting): per
 * apartment, daily energy from weekly seasonality, holidays and heating degree-days, fitted on the
 * apartment's trailing days; a day scores by its forecast error against the prediction interval
 * (see {@link ForecastDetector}). Unsupervised and deterministic (the seed is unused). Fitting checks
 * that the training frame holds the target and the HDD feature and that at least one of its days can
 * be forecast; every score refits on the scored day's trailing window.
 */
public final class ForecastStrategy extends AbstractDetectorStrategy<ForecastOptions> {
    /** The strategy's name in configuration. */
    public static final String NAME = "forecast";

    /** Creates the strategy (the {@link java.util.ServiceLoader} needs a public no-argument constructor). */
    public ForecastStrategy() {
        super(NAME, "Forecast (Prophet-style): each apartment's daily energy from weekday, holiday and HDD effects fitted on its "
                + "trailing days, scored by the error against the prediction interval.", false, ForecastOptions::parse,
                new ForecastCodec());
    }

    /**
     * @throws IllegalArgumentException when the frame lacks the target or HDD feature, or no day of
     *     it has {@code min_history_days} usable days before it
     */
    @Override
    public ForecastDetector fit(FeatureFrame train, Labels labels, ForecastOptions options, FitContext context) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(context, "context");
        ForecastDetector d = new ForecastDetector(options);
        if (!d.anyForecast(train)) {
            throw new IllegalArgumentException(NAME + ": no day of the training frame (" + train.rowCount() + " rows) has "
                    + options.minHistoryDays() + " usable days (target '" + options.target() + "' and '"
                    + options.hddFeature() + "' present) in the " + options.windowDays()
                    + " days before it; expected longer daily series");
        }
        context.progress().progress(NAME + " fit", 1, 1);
        return d;
    }
}
