package io.iotad.models.regression;

import io.iotad.core.detect.AbstractDetectorStrategy;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Labels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * The {@code lr_residual} strategy, the seed's "simple multivariate ML" stage: ordinary least
 * squares (Apache Commons Math {@link OLSMultipleLinearRegression}, QR decomposition, with
 * intercept) of the target on its drivers; see {@link LrResidualDetector} for the score.
 *
 * <p><b>Scopes and fallback.</b> The global regression is always fitted and must succeed. With
 * {@code per_building}, every building with at least {@code min_group_rows} complete rows gets its
 * own regression; with {@code per_apartment}, so does every apartment, and buildings too (as the
 * apartments' fallback). A group with fewer rows, or whose drivers are collinear (a singular
 * design, e.g. a constant driver), gets no model of its own and is scored by the next wider one.
 *
 * <p>Training skips rows whose target or any driver is missing. Deterministic: no randomness.
 */
public final class LrResidualStrategy extends AbstractDetectorStrategy<LrResidualOptions> {
    /** The configuration name. */
    public static final String NAME = "lr_residual";
    /** A design whose QR diagonal falls below this fraction of its Frobenius norm counts as singular. */
    static final double SINGULARITY_TOLERANCE = 1e-10;

    /** Creates the strategy (found by ServiceLoader). */
    public LrResidualStrategy() {
        super(NAME, "linear regression of daily energy on weather and comfort drivers, scored by the standardised residual",
                false, LrResidualOptions::fromMap, new LrResidualCodec());
    }

    /**
     * @throws IllegalArgumentException when the frame lacks a feature, or the global regression has
     *     fewer than {@code min_group_rows} complete rows or a singular design
     */
    @Override
    public Detector fit(FeatureFrame train, Labels labels, LrResidualOptions options, FitContext context) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(context, "context");
        double[] y = train.column(options.target());
        double[][] x = train.toRowMajor(FeatureSchema.of(options.drivers()));
        List<Integer> complete = new ArrayList<>();
        for (int r = 0; r < y.length; r++) {
            if (isComplete(y[r], x[r])) {
                complete.add(r);
            }
        }
        LinearFit global = fitRows(y, x, complete, options.minGroupRows()).orElseThrow(() ->
                new IllegalArgumentException("lr_residual: the global regression of '" + options.target() + "' on "
                        + options.drivers() + " needs at least " + options.minGroupRows()
                        + " complete rows with non-collinear drivers; the training frame has " + complete.size()
                        + " complete rows of " + train.rowCount()));
        Map<String, LinearFit> byBuilding = new TreeMap<>();
        Map<String, LinearFit> byApartment = new TreeMap<>();
        if (options.scope() != FitScope.GLOBAL) {
            fitGroups(group(complete, train::buildingId), y, x, options.minGroupRows(), byBuilding);
            context.progress().progress("lr_residual buildings", 1, 2);
        }
        if (options.scope() == FitScope.PER_APARTMENT) {
            fitGroups(group(complete, train::apartmentId), y, x, options.minGroupRows(), byApartment);
        }
        context.progress().progress("lr_residual fit", 2, 2);
        return new LrResidualDetector(options, global, byBuilding, byApartment);
    }

    private static boolean isComplete(double y, double[] x) {
        if (Double.isNaN(y)) {
            return false;
        }
        for (double v : x) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<Integer>> group(List<Integer> rows, java.util.function.IntFunction<String> key) {
        Map<String, List<Integer>> m = new LinkedHashMap<>();
        for (int r : rows) {
            m.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        return m;
    }

    private static void fitGroups(Map<String, List<Integer>> groups, double[] y, double[][] x, int minRows,
                                  Map<String, LinearFit> out) {
        groups.forEach((id, rows) -> fitRows(y, x, rows, minRows).ifPresent(f -> out.put(id, f)));
    }

    /** OLS on the given rows; empty when too few rows or the design is singular. */
    static Optional<LinearFit> fitRows(double[] y, double[][] x, List<Integer> rows, int minRows) {
        int n = rows.size();
        if (n < minRows) {
            return Optional.empty();
        }
        double[] ys = new double[n];
        double[][] xs = new double[n][];
        for (int i = 0; i < n; i++) {
            ys[i] = y[rows.get(i)];
            xs[i] = x[rows.get(i)];
        }
        // QR's singularity test is absolute: scale it to the design so collinear drivers are caught
        double norm2 = n;
        for (double[] row : xs) {
            for (double v : row) {
                norm2 += v * v;
            }
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(SINGULARITY_TOLERANCE * Math.sqrt(norm2));
        try {
            ols.newSampleData(ys, xs);
            double[] beta = ols.estimateRegressionParameters();
            double se = ols.estimateRegressionStandardError();
            return Optional.of(new LinearFit(beta, Double.isNaN(se) ? 0 : se, n));
        } catch (MathIllegalArgumentException singularOrTooSmall) {
            return Optional.empty();
        }
    }
}
