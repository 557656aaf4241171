package io.iotad.models.stl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import io.iotad.models.testing.DailyFrames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StlStrategyTest {
    private static final StlStrategy STRATEGY = new StlStrategy();
    private static final FitContext CONTEXT = FitContext.seeded(1);

    @Test
    void given_the_registry_when_asked_for_stl_then_it_is_found() {
        assertThat(DetectorStrategies.byName("STL")).isInstanceOf(StlStrategy.class);
    }

    @Test
    void given_a_spike_when_scored_then_it_ranks_first_with_a_large_robust_score() {
        FeatureFrame train = DailyFrames.heating(3, 90, 4);
        Detector d = STRATEGY.bind(Map.of()).fit(train, Labels.empty(), CONTEXT);
        int spike = 90 + 45; // apt-1, day 45
        FeatureFrame probe = DailyFrames.withValue(train, spike, "daily_energy_kwh", train.value(spike, 0) + 25);
        var scores = d.score(probe);
        assertThat(scores.ranking()[0]).isEqualTo(spike);
        assertThat(scores.score(spike)).isGreaterThan(5);
    }

    @Test
    void given_missing_days_and_short_apartments_when_scored_then_they_are_nan() {
        FeatureFrame train = DailyFrames.heating(2, 60, 5);
        Detector d = STRATEGY.bind(Map.of()).fit(train, Labels.empty(), CONTEXT);
        FeatureFrame probe = DailyFrames.withValue(train, 10, "daily_energy_kwh", Double.NaN)
                .filter(r -> r < 60 || r >= 60 + 50); // apt-1 keeps 10 days only
        double[] s = d.score(probe).values();
        assertThat(s[10]).isNaN();
        assertThat(s[11]).isNotNaN();
        for (int r = 60; r < probe.rowCount(); r++) {
            assertThat(s[r]).isNaN();
        }
    }

    @Test
    void given_an_apartment_unseen_at_fit_when_scored_then_the_pooled_scale_is_used() {
        FeatureFrame train = DailyFrames.heating(2, 60, 5);
        StlDetector d = (StlDetector) STRATEGY.bind(Map.of("residual_side", "signed")).fit(train, Labels.empty(), CONTEXT);
        FeatureFrame other = DailyFrames.heating(3, 60, 5).filter(r -> r >= 120); // apt-2 only
        double[] res = StlDetector.residuals(other, d.options());
        double[] s = d.score(other).values();
        assertThat(s[3]).isEqualTo(res[3] / d.globalScale());
    }

    @Test
    void given_no_apartment_long_enough_when_fitted_then_the_error_explains() {
        FeatureFrame train = DailyFrames.heating(2, 10, 5);
        assertThatThrownBy(() -> STRATEGY.bind(Map.of()).fit(train, Labels.empty(), CONTEXT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("14 observed days");
    }

    @Test
    void given_duplicate_apartment_days_when_scored_then_they_are_named() {
        FeatureFrame train = DailyFrames.heating(1, 30, 5);
        FeatureFrame dup = train.rows(new int[] {0, 1, 1, 2});
        Detector d = STRATEGY.bind(Map.of()).fit(train, Labels.empty(), CONTEXT);
        assertThatThrownBy(() -> d.score(dup)).hasMessageContaining("apt-0 has two rows for 2024-01-02");
    }

    @Test
    void given_a_fitted_detector_when_round_tripped_then_scores_are_bit_identical() throws IOException {
        FeatureFrame train = DailyFrames.heating(4, 70, 6);
        Detector d = STRATEGY.bind(Map.of("outer", 3)).fit(train, Labels.empty(), CONTEXT);
        Detector back = DailyFrames.roundTrip(STRATEGY.codec(), d);
        assertThat(back.score(train).values()).isEqualTo(d.score(train).values());
        assertThat(back.options()).isEqualTo(d.options());
    }

    @Test
    void given_an_unknown_version_when_read_then_it_is_refused() {
        assertThatThrownBy(() -> STRATEGY.codec().read(new ByteArrayInputStream(new byte[0]), 9))
                .isInstanceOf(UnsupportedVersionException.class).hasMessageContaining("Unknown version 9");
    }

    @Test
    void given_another_strategys_detector_when_written_then_it_is_refused() {
        Detector lr = new io.iotad.models.regression.LrResidualStrategy()
                .bind(Map.of()).fit(DailyFrames.heating(2, 40, 1), Labels.empty(), CONTEXT);
        assertThatThrownBy(() -> STRATEGY.codec().write(lr, new java.io.ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lr_residual");
    }

    @Property(tries = 5)
    void scoring_is_deterministic_and_independent_of_row_order(@ForAll @IntRange(min = 1, max = 1000) int seed) {
        FeatureFrame train = DailyFrames.heating(2, 40, seed);
        Detector d = STRATEGY.bind(Map.of()).fit(train, Labels.empty(), CONTEXT);
        int n = train.rowCount();
        int[] reversed = java.util.stream.IntStream.range(0, n).map(i -> n - 1 - i).toArray();
        double[] forward = d.score(train).values();
        double[] backward = d.score(train.rows(reversed)).values();
        for (int i = 0; i < n; i++) {
            assertThat(backward[n - 1 - i]).isEqualTo(forward[i]);
        }
    }
}
