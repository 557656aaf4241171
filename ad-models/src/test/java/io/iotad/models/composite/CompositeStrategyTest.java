package io.iotad.models.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import io.iotad.models.stats.SampleStatistics;
import io.iotad.models.testing.DailyFrames;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CompositeStrategyTest {
    private static final CompositeStrategy COMPOSITE = new CompositeStrategy();
    private static final LrLofStrategy LR_LOF = new LrLofStrategy();
    private static final FitContext CONTEXT = FitContext.seeded(42);
    private static final FeatureFrame TRAIN = DailyFrames.heating(6, 60, 17);
    private static final List<Map<String, Object>> LR_AND_STL = List.of(
            Map.of("name", "lr", "strategy", "lr_residual"),
            Map.of("name", "season", "strategy", "stl"));

    @Test
    void given_the_registry_when_asked_for_the_seeds_lr_lof_then_both_composites_are_found() {
        assertThat(DetectorStrategies.byName("LR_LOF")).isInstanceOf(LrLofStrategy.class);
        assertThat(DetectorStrategies.byName("composite")).isInstanceOf(CompositeStrategy.class);
    }

    @Test
    void given_mean_rank_when_scored_then_scores_are_mean_empirical_ranks_in_unit_interval() {
        Detector d = COMPOSITE.bind(Map.of("components", LR_AND_STL)).fit(TRAIN, Labels.empty(), CONTEXT);
        CompositeDetector c = (CompositeDetector) d;
        double[] lr = c.components().get(0).score(TRAIN).values();
        double[] stl = c.components().get(1).score(TRAIN).values();
        double[] s = d.score(TRAIN).values();
        for (int r = 0; r < s.length; r++) {
            double expected = (c.calibrations().get(0).rank(lr[r]) + c.calibrations().get(1).rank(stl[r])) / 2;
            assertThat(s[r]).isEqualTo(expected).isBetween(0.0, 1.0);
        }
        assertThat(d.features().names()).containsExactly("daily_energy_kwh", "avg_temp_diff", "avg_outdoor_temp_c");
    }

    @Test
    void given_max_z_and_mean_z_when_scored_then_they_combine_robust_z_scores() {
        Map<String, Object> max = Map.of("components", LR_AND_STL, "combine", "max_z");
        CompositeDetector c = (CompositeDetector) COMPOSITE.bind(max).fit(TRAIN, Labels.empty(), CONTEXT);
        double[] s = c.score(TRAIN).values();
        double[] mean = COMPOSITE.bind(Map.of("components", LR_AND_STL, "combine", "mean_z")).fit(TRAIN, Labels.empty(),
                CONTEXT).score(TRAIN).values();
        double[] lr = c.components().get(0).score(TRAIN).values();
        double[] stl = c.components().get(1).score(TRAIN).values();
        for (int r = 0; r < s.length; r++) {
            double z0 = c.calibrations().get(0).z(lr[r]);
            double z1 = c.calibrations().get(1).z(stl[r]);
            assertThat(s[r]).isEqualTo(Math.max(z0, z1));
            assertThat(mean[r]).isCloseTo((z0 + z1) / 2, within(1e-12));
        }
        assertThat(SampleStatistics.median(c.components().get(0).score(TRAIN).values()))
                .isEqualTo(c.calibrations().get(0).median());
    }

    @Test
    void given_component_weights_when_combined_by_z_then_each_z_is_scaled_by_its_weight_and_the_weight_round_trips()
            throws IOException {
        List<Map<String, Object>> weighted = List.of(Map.of("name", "lr", "strategy", "lr_residual", "weight", 0.25),
                Map.of("name", "season", "strategy", "stl", "weight", 3));
        for (String combine : List.of("max_z", "mean_z")) {
            CompositeDetector c = (CompositeDetector) COMPOSITE.bind(Map.of("components", weighted, "combine", combine))
                    .fit(TRAIN, Labels.empty(), CONTEXT);
            double[] s = c.score(TRAIN).values();
            double[] lr = c.components().get(0).score(TRAIN).values();
            double[] stl = c.components().get(1).score(TRAIN).values();
            for (int r = 0; r < s.length; r++) {
                double z0 = 0.25 * c.calibrations().get(0).z(lr[r]);
                double z1 = 3.0 * c.calibrations().get(1).z(stl[r]);
                assertThat(s[r]).isCloseTo(combine.equals("max_z") ? Math.max(z0, z1) : (z0 + z1) / 2, within(1e-12));
            }
            Detector back = DailyFrames.roundTrip(COMPOSITE.codec(), c);
            assertThat(back.score(TRAIN).values()).isEqualTo(s);
            assertThat(((CompositeOptions) back.options()).components()).extracting(ComponentSpec::weight)
                    .containsExactly(0.25, 3.0);
        }
        CompositeOptions plain = COMPOSITE.parseOptions(Map.of("components", LR_AND_STL, "combine", "max_z"));
        assertThat(plain.components()).extracting(ComponentSpec::weight).containsOnly(ComponentSpec.DEFAULT_WEIGHT);
        assertThat(plain.components().get(0).toMap()).doesNotContainKey("weight");
    }

    @Test
    void given_a_weight_that_is_not_a_positive_finite_number_when_parsed_then_the_error_names_it() {
        for (Object bad : List.of(0, -1.5, "heavy")) {
            assertThatThrownBy(() -> COMPOSITE.parseOptions(Map.of("combine", "max_z", "components",
                    List.of(Map.of("name", "lr", "strategy", "lr_residual", "weight", bad)))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("components[0]").hasMessageContaining("'weight'");
        }
    }

    @Test
    void given_a_composite_of_my_strategies_when_round_tripped_then_scores_are_bit_identical() throws IOException {
        for (String combine : List.of("max_z", "mean_z", "mean_rank")) {
            Detector d = COMPOSITE.bind(Map.of("components", List.of(
                    Map.of("name", "lr", "strategy", "lr_residual", "options", Map.of("scope", "per_building")),
                    Map.of("name", "rules", "strategy", "rules"),
                    Map.of("name", "season", "strategy", "stl")), "combine", combine)).fit(TRAIN, Labels.empty(), CONTEXT);
            Detector back = DailyFrames.roundTrip(COMPOSITE.codec(), d);
            assertThat(back.score(TRAIN).values()).isEqualTo(d.score(TRAIN).values());
            assertThat(back.options()).isEqualTo(d.options());
            assertThat(back.strategy()).isEqualTo("composite");
        }
    }

    @Test
    void given_lr_lof_when_fitted_and_round_tripped_then_scores_are_bit_identical() throws IOException {
        Detector d = LR_LOF.bind(Map.of()).fit(TRAIN, Labels.empty(), CONTEXT);
        assertThat(d.strategy()).isEqualTo("lr_lof");
        assertThat(((CompositeDetector) d).stage().features().names())
                .containsExactly("lr_score", "avg_temp_diff", "avg_outdoor_temp_c");
        Detector back = DailyFrames.roundTrip(LR_LOF.codec(), d);
        assertThat(back.score(TRAIN).values()).isEqualTo(d.score(TRAIN).values());
        assertThat(back.strategy()).isEqualTo("lr_lof");
    }

    @Test
    void given_lr_lof_when_a_day_uses_far_more_energy_than_explained_then_it_ranks_first() {
        Detector d = LR_LOF.bind(Map.of()).fit(TRAIN, Labels.empty(), CONTEXT);
        int row = 100;
        FeatureFrame probe = DailyFrames.withValue(TRAIN, row, "daily_energy_kwh", TRAIN.value(row, 0) + 30);
        var scores = d.score(probe);
        assertThat(scores.ranking()[0]).isEqualTo(row);
        assertThat(scores.score(row)).isGreaterThan(SampleStatistics.median(d.score(TRAIN).values()));
    }

    @Test
    void given_a_missing_passthrough_feature_when_scored_then_the_row_is_nan() {
        Detector d = LR_LOF.bind(Map.of()).fit(TRAIN, Labels.empty(), CONTEXT);
        FeatureFrame probe = DailyFrames.withValue(TRAIN, 5, "avg_outdoor_temp_c", Double.NaN);
        double[] s = d.score(probe).values();
        assertThat(s[5]).isNaN();
        assertThat(d.score(probe).scoredCount()).isEqualTo(TRAIN.rowCount() - 1);
    }

    @Test
    void given_missing_values_when_combining_ranks_then_rows_any_component_skips_are_nan() {
        Detector d = COMPOSITE.bind(Map.of()).fit(TRAIN, Labels.empty(), CONTEXT);
        FeatureFrame probe = DailyFrames.withValue(TRAIN, 9, "avg_temp_diff", Double.NaN);
        assertThat(d.score(probe).score(9)).isNaN();
        assertThat(d.score(probe).score(10)).isNotNaN();
    }

    @Test
    void given_unknown_versions_or_mismatched_nesting_when_read_then_they_are_refused() throws IOException {
        assertThatThrownBy(() -> COMPOSITE.codec().read(new ByteArrayInputStream(new byte[0]), 3))
                .isInstanceOf(UnsupportedVersionException.class).hasMessageContaining("composite payload");
        Detector d = COMPOSITE.bind(Map.of()).fit(TRAIN, Labels.empty(), CONTEXT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        COMPOSITE.codec().write(d, out);
        String text = out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("lr_residual", text.indexOf("}]", 0));
        byte[] bytes = out.toByteArray();
        bytes[at] = 'x'; // corrupt the first nested strategy name
        assertThatThrownBy(() -> COMPOSITE.codec().read(new ByteArrayInputStream(bytes), 1))
                .isInstanceOf(IOException.class).hasMessageContaining("expected 'lr_residual'");
        Detector lr = new io.iotad.models.regression.LrResidualStrategy().bind(Map.of()).fit(TRAIN, Labels.empty(), CONTEXT);
        assertThatThrownBy(() -> COMPOSITE.codec().write(lr, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 5)
    void the_same_seed_gives_the_same_composite_on_any_thread_count(@ForAll @IntRange(min = 1, max = 4) int threads,
                                                                   @ForAll long seed) {
        FitContext one = new FitContext(seed, 1, io.iotad.core.progress.ProgressListener.NONE);
        FitContext many = new FitContext(seed, threads, io.iotad.core.progress.ProgressListener.NONE);
        double[] a = LR_LOF.bind(Map.of()).fit(TRAIN, Labels.empty(), one).score(TRAIN).values();
        double[] b = LR_LOF.bind(Map.of()).fit(TRAIN, Labels.empty(), many).score(TRAIN).values();
        assertThat(a).isEqualTo(b);
    }
}
