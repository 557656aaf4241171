package io.iotad.models.regression;

import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A fitted {@code lr_residual} detector: a global regression plus, by scope, per-building and
 * per-apartment ones.
 *
 * <p><b>Score</b>: the standardised residual (y − ŷ) / s, s = the residual standard error of the
 * model used (floored at {@code min_scale}); with {@code residual_side: signed} (default) positive
 * means more energy than the drivers explain, in units of that model's residual standard error
 * (about N(0, 1) for normal rows); with {@code absolute}, |(y − ŷ) / s| ≥ 0.
 *
 * <p><b>Model choice per row</b>: the row's apartment model if there is one, else its building
 * model, else the global model — so an apartment or building unseen at fit is still scored.
 *
 * <p><b>Missing values</b> ({@link MissingValuePolicy#SKIP_ROW}): a row whose target or any driver
 * is NaN scores NaN. Immutable and thread-safe.
 */
final class LrResidualDetector extends AbstractDetector<LrResidualOptions> {
    private final LinearFit global;
    private final Map<String, LinearFit> byBuilding;
    private final Map<String, LinearFit> byApartment;

    /**
     * @param options the options it was fitted with
     * @param global the global regression
     * @param byBuilding building id to its regression (copied)
     * @param byApartment apartment id to its regression (copied)
     * @throws IllegalArgumentException when a fit's driver count differs from the options'
     */
    public LrResidualDetector(LrResidualOptions options, LinearFit global, Map<String, LinearFit> byBuilding,
                              Map<String, LinearFit> byApartment) {
        super(LrResidualStrategy.NAME, FeatureSchema.of(options.features()), MissingValuePolicy.SKIP_ROW, options);
        this.global = Objects.requireNonNull(global, "global");
        this.byBuilding = Collections.unmodifiableMap(new TreeMap<>(byBuilding));
        this.byApartment = Collections.unmodifiableMap(new TreeMap<>(byApartment));
        int p = options.drivers().size();
        check(global, p, "global");
        this.byBuilding.forEach((k, f) -> check(f, p, "building " + k));
        this.byApartment.forEach((k, f) -> check(f, p, "apartment " + k));
    }

    private static void check(LinearFit f, int drivers, String what) {
        if (f.driverCount() != drivers) {
            throw new IllegalArgumentException("the " + what + " regression has " + f.driverCount()
                    + " driver coefficients, expected " + drivers);
        }
    }

    /** @return the global regression */
    public LinearFit globalFit() {
        return global;
    }

    /** @return building id to regression, sorted by id (empty for the global scope) */
    public Map<String, LinearFit> buildingFits() {
        return byBuilding;
    }

    /** @return apartment id to regression, sorted by id (empty unless the scope is per apartment) */
    public Map<String, LinearFit> apartmentFits() {
        return byApartment;
    }

    /**
     * @param apartmentId an apartment
     * @param buildingId its building
     * @return the regression used for its rows
     */
    public LinearFit fitFor(String apartmentId, String buildingId) {
        LinearFit f = byApartment.get(apartmentId);
        if (f == null) {
            f = byBuilding.get(buildingId);
        }
        return f == null ? global : f;
    }

    @Override
    public Scores score(FeatureFrame frame) {
        double[] y = frame.column(options().target());
        double[][] x = frame.toRowMajor(FeatureSchema.of(options().drivers()));
        double[] out = new double[y.length];
        for (int r = 0; r < y.length; r++) {
            LinearFit f = fitFor(frame.apartmentId(r), frame.buildingId(r));
            double s = Math.max(f.residualStd(), options().minScale());
            out[r] = options().residualSide().score((y[r] - f.predict(x[r])) / s);
        }
        return Scores.of(frame, out);
    }
}
