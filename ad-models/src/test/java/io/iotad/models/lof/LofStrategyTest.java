package io.iotad.models.lof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import io.iotad.models.testing.Frames;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LofStrategyTest {
    private final LofStrategy strategy = new LofStrategy();

    @Test
    void given_the_service_loader_when_asked_by_name_in_any_case_then_it_finds_the_strategy() {
        assertThat(DetectorStrategies.byName("lof")).isInstanceOf(LofStrategy.class);
        assertThat(DetectorStrategies.byName("LOF").supervised()).isFalse();
        assertThat(strategy.description()).contains("Local Outlier Factor");
    }

    @Test
    void given_rows_with_missing_values_when_fitted_and_scored_then_they_are_skipped_and_left_unscored() {
        double[][] rows = Frames.gaussian(100, 2, 3);
        rows[0][0] = Double.NaN;
        rows[7][1] = Double.NaN;
        FeatureFrame frame = Frames.of(rows);
        LofDetector lof = strategy.fit(frame, Labels.empty(), strategy.defaultOptions(), FitContext.seeded(3));
        assertThat(lof.trainingRows()).isEqualTo(98);
        double[] s = lof.score(frame).values();
        assertThat(s[0]).isNaN();
        assertThat(s[7]).isNaN();
        assertThat(lof.score(frame).scoredCount()).isEqualTo(98);
        assertThat(lof.missingValuePolicy()).isEqualTo(MissingValuePolicy.SKIP_ROW);
    }

    @Test
    void given_fewer_rows_than_k_when_fitted_then_k_is_capped_at_rows_minus_one() {
        LofDetector lof = strategy.fit(Frames.of(Frames.gaussian(6, 2, 3)), Labels.empty(), strategy.defaultOptions(),
                FitContext.seeded(3));
        assertThat(lof.effectiveNeighbors()).isEqualTo(5);
        assertThat(lof.scoreRows(new double[] {0, 0})[0]).isPositive();
    }

    @Test
    void given_fewer_than_two_complete_rows_when_fitted_then_it_fails_naming_the_counts() {
        FeatureFrame frame = Frames.of(new double[][] {{1, 2}, {Double.NaN, 1}, {2, Double.NaN}});
        assertThatThrownBy(() -> strategy.fit(frame, Labels.empty(), strategy.defaultOptions(), FitContext.seeded(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1 (of 3 rows)");
    }

    @Test
    void given_an_infinite_value_when_fitted_then_it_fails_naming_row_and_feature() {
        FeatureFrame frame = Frames.of(new double[][] {{1, 2}, {Double.NEGATIVE_INFINITY, 1}, {0, 0}});
        assertThatThrownBy(() -> strategy.fit(frame, Labels.empty(), strategy.defaultOptions(), FitContext.seeded(1)))
                .hasMessageContaining("row 1").hasMessageContaining("'x0'");
    }

    @Test
    void given_standardisation_when_fitted_then_a_large_unit_feature_does_not_dominate() {
        double[][] rows = Frames.gaussian(500, 2, 5);
        for (double[] row : rows) {
            row[1] *= 1000; // e.g. litres beside degrees
        }
        LofDetector on = strategy.fit(Frames.of(rows), Labels.empty(), strategy.defaultOptions(), FitContext.seeded(1));
        LofDetector off = strategy.fit(Frames.of(rows), Labels.empty(), strategy.defaultOptions().withStandardize(false),
                FitContext.seeded(1));
        double[] outlierOnSmallFeature = {6, 0};
        assertThat(on.scoreRows(outlierOnSmallFeature)[0]).isGreaterThan(3.0);
        assertThat(off.scoreRows(outlierOnSmallFeature)[0]).isLessThan(on.scoreRows(outlierOnSmallFeature)[0]);
        assertThat(on.standardization().scales()[1]).isGreaterThan(500);
        assertThat(off.standardization()).isEqualTo(Standardization.identity(2));
    }

    @Test
    void given_a_frame_without_a_feature_when_scored_then_it_fails_naming_the_feature() {
        LofDetector lof = (LofDetector) strategy.bind(Map.of("neighbors", "5")).fit(Frames.of(Frames.gaussian(50, 2, 3)), Labels.empty(),
                FitContext.seeded(3));
        assertThat(lof.effectiveNeighbors()).isEqualTo(5);
        assertThatThrownBy(() -> lof.score(Frames.of(Frames.gaussian(5, 1, 3)))).hasMessageContaining("x1");
        assertThatThrownBy(() -> lof.scoreRows(new double[3])).hasMessageContaining("multiple of 2");
        assertThatThrownBy(() -> lof.withThreads(0)).hasMessageContaining("threads");
    }
}
