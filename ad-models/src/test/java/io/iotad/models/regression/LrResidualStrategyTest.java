package io.iotad.models.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import io.iotad.models.testing.DailyFrames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LrResidualStrategyTest {
    private static final LrResidualStrategy STRATEGY = new LrResidualStrategy();
    private static final FitContext CONTEXT = FitContext.seeded(1);
    private static final Map<String, Object> HDD = Map.of("drivers", List.of("avg_temp_diff", "hdd"));

    @Test
    void given_the_registry_when_asked_for_lr_residual_then_it_is_found() {
        assertThat(DetectorStrategies.byName("LR_RESIDUAL")).isInstanceOf(LrResidualStrategy.class);
    }

    @Test
    void given_linear_data_when_fitted_then_coefficients_are_recovered_and_scores_standardised() {
        FeatureFrame train = DailyFrames.heating(4, 200, 3);
        LrResidualDetector d = (LrResidualDetector) STRATEGY.bind(HDD).fit(train, Labels.empty(), CONTEXT);
        double[] beta = d.globalFit().coefficients();
        assertThat(beta[1]).isCloseTo(2.0, within(0.3));
        assertThat(beta[2]).isCloseTo(1.5, within(0.05));
        double[] s = d.score(train).values();
        double mean = java.util.Arrays.stream(s).average().orElseThrow();
        double var = java.util.Arrays.stream(s).map(v -> (v - mean) * (v - mean)).sum() / (s.length - 3);
        assertThat(mean).isCloseTo(0.0, within(1e-9));
        assertThat(var).isCloseTo(1.0, within(1e-6));
        assertThat(d.missingValuePolicy()).isEqualTo(MissingValuePolicy.SKIP_ROW);
        assertThat(d.features().names()).containsExactly("daily_energy_kwh", "avg_temp_diff", "hdd");
    }

    @Test
    void given_per_apartment_scope_when_groups_are_small_then_they_fall_back_to_building_then_global() {
        FeatureFrame big = DailyFrames.heating(2, 60, 5); // apt-0, apt-1 in bld-0
        FeatureFrame small = DailyFrames.heating(4, 10, 6).filter(r -> r >= 20); // apt-2, apt-3 (bld-1), 10 days
        FeatureFrame train = concat(big, small);
        LrResidualDetector d = (LrResidualDetector) STRATEGY.bind(Map.of("scope", "per_apartment", "min_group_rows", 15)).fit(train, Labels.empty(), CONTEXT);
        assertThat(d.apartmentFits()).containsOnlyKeys("apt-0", "apt-1");
        assertThat(d.buildingFits()).containsOnlyKeys("bld-0", "bld-1");
        assertThat(d.fitFor("apt-2", "bld-1")).isSameAs(d.buildingFits().get("bld-1"));
        assertThat(d.fitFor("apt-9", "bld-9")).isSameAs(d.globalFit());
        assertThat(d.fitFor("apt-0", "bld-0")).isSameAs(d.apartmentFits().get("apt-0"));
    }

    @Test
    void given_a_constant_driver_in_a_group_when_fitted_then_the_group_falls_back() {
        FeatureFrame train = DailyFrames.heating(4, 40, 8);
        double[] diff = train.column("avg_temp_diff");
        for (int r = 0; r < diff.length; r++) {
            if (train.buildingId(r).equals("bld-1")) {
                diff[r] = 1.0;
            }
        }
        FeatureFrame patched = train.select(io.iotad.core.frame.FeatureSchema.of("daily_energy_kwh", "hdd"))
                .withColumn("avg_temp_diff", diff);
        LrResidualDetector d = (LrResidualDetector) STRATEGY.bind(Map.of("drivers", List.of("avg_temp_diff", "hdd"), "scope", "per_building")).fit(patched, Labels.empty(), CONTEXT);
        assertThat(d.buildingFits()).containsOnlyKeys("bld-0");
    }

    @Test
    void given_too_few_complete_rows_when_fitted_then_the_error_says_how_many() {
        FeatureFrame train = DailyFrames.heating(1, 10, 1);
        assertThatThrownBy(() -> STRATEGY.bind(Map.of()).fit(train, Labels.empty(), CONTEXT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 30")
                .hasMessageContaining("10 complete rows");
    }

    @Test
    void given_missing_values_when_fitted_and_scored_then_those_rows_are_skipped_and_nan() {
        FeatureFrame train = DailyFrames.withValue(DailyFrames.heating(2, 50, 2), 7, "avg_temp_diff", Double.NaN);
        Detector d = STRATEGY.bind(Map.of()).fit(train, Labels.empty(), CONTEXT);
        assertThat(((LrResidualDetector) d).globalFit().rows()).isEqualTo(99);
        double[] s = d.score(train).values();
        assertThat(s[7]).isNaN();
        assertThat(d.score(train).scoredCount()).isEqualTo(99);
    }

    @Test
    void given_absolute_side_when_scored_then_scores_are_the_magnitude_of_signed_ones() {
        FeatureFrame train = DailyFrames.heating(2, 60, 4);
        double[] signed = STRATEGY.bind(Map.of()).fit(train, Labels.empty(), CONTEXT).score(train).values();
        double[] abs = STRATEGY.bind(Map.of("residual_side", "absolute")).fit(train, Labels.empty(), CONTEXT)
                .score(train).values();
        for (int i = 0; i < signed.length; i++) {
            assertThat(abs[i]).isEqualTo(Math.abs(signed[i]));
        }
    }

    @Test
    void given_every_scope_when_round_tripped_through_the_codec_then_scores_are_bit_identical() throws IOException {
        FeatureFrame train = DailyFrames.heating(6, 45, 9);
        for (String scope : List.of("global", "per_building", "per_apartment")) {
            Detector d = STRATEGY.bind(Map.of("scope", scope)).fit(train, Labels.empty(), CONTEXT);
            Detector back = DailyFrames.roundTrip(STRATEGY.codec(), d);
            assertThat(back.score(train).values()).isEqualTo(d.score(train).values());
            assertThat(back.options()).isEqualTo(d.options());
        }
    }

    @Test
    void given_a_newer_payload_version_when_read_then_it_is_refused() {
        assertThatThrownBy(() -> STRATEGY.codec().read(new ByteArrayInputStream(new byte[0]), 2))
                .isInstanceOf(UnsupportedVersionException.class).hasMessageContaining("Unknown version 2");
        assertThatThrownBy(() -> STRATEGY.codec().read(new ByteArrayInputStream(new byte[0]), 0))
                .isInstanceOf(UnsupportedVersionException.class);
    }

    @Test
    void given_a_truncated_payload_when_read_then_it_fails_with_io() throws IOException {
        Detector d = STRATEGY.bind(Map.of()).fit(DailyFrames.heating(2, 40, 1), Labels.empty(), CONTEXT);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        STRATEGY.codec().write(d, out);
        byte[] cut = java.util.Arrays.copyOf(out.toByteArray(), out.size() - 5);
        assertThatThrownBy(() -> STRATEGY.codec().read(new ByteArrayInputStream(cut), 1)).isInstanceOf(IOException.class);
    }

    @Property(tries = 15)
    void a_point_far_above_the_data_scores_above_the_data_centre(@ForAll @IntRange(min = 0, max = 99) int row,
                                                               @ForAll @DoubleRange(min = 20, max = 1000) double excess) {
        FeatureFrame train = DailyFrames.heating(2, 50, 11);
        Detector d = STRATEGY.bind(Map.of()).fit(train, Labels.empty(), CONTEXT);
        double energy = train.value(row, 0) + excess;
        FeatureFrame probe = DailyFrames.withValue(train, row, "daily_energy_kwh", energy);
        double[] s = d.score(probe).values();
        double median = io.iotad.models.stats.SampleStatistics.median(d.score(train).values());
        assertThat(s[row]).isGreaterThan(median).isGreaterThan(3.0);
    }

    @Property(tries = 10)
    void fitting_is_deterministic(@ForAll long seed) {
        FeatureFrame train = DailyFrames.heating(4, 35, seed);
        Map<String, Object> opts = Map.of("scope", "per_building", "min_group_rows", 20);
        double[] a = STRATEGY.bind(opts).fit(train, Labels.empty(), FitContext.seeded(seed)).score(train).values();
        double[] b = STRATEGY.bind(opts).fit(train, Labels.empty(), new FitContext(seed + 1, 1,
                io.iotad.core.progress.ProgressListener.NONE)).score(train).values();
        assertThat(a).isEqualTo(b);
    }

    private static FeatureFrame concat(FeatureFrame a, FeatureFrame b) {
        FeatureFrame.Builder out = FeatureFrame.builder(a.schema());
        for (FeatureFrame f : List.of(a, b)) {
            for (int r = 0; r < f.rowCount(); r++) {
                double[] v = new double[f.schema().size()];
                for (int c = 0; c < v.length; c++) {
                    v[c] = f.value(r, c);
                }
                out.add(f.key(r), v);
            }
        }
        return out.build();
    }
}
