package io.iotad.models.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import io.iotad.models.testing.DailyFrames;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class OccupancyGateTest {
    private static final CompositeStrategy COMPOSITE = new CompositeStrategy();
    private static final FitContext CONTEXT = FitContext.seeded(42);
    private static final List<Map<String, Object>> LOF = List.of(
            Map.of("name", "density", "strategy", "lof", "options", Map.of("neighbors", 10)));
    private static final int APARTMENTS = 6;
    private static final int DAYS = 60;

    /** The heating frame with a setpoint drop column: apartment 2 lowers its setpoints by 4 K on days 20-29, the first week has no baseline. */
    private static FeatureFrame withSetpointDrop(FeatureFrame frame) {
        double[] drop = new double[frame.rowCount()];
        for (int r = 0; r < drop.length; r++) {
            int day = (int) (frame.epochDay(r) - DailyFrames.START.toEpochDay());
            boolean away = frame.apartmentId(r).equals(frame.apartmentId(2 * DAYS)) && day >= 20 && day < 30;
            drop[r] = day < 7 ? Double.NaN : away ? -4.0 : 0.0;
        }
        return frame.withColumn(OccupancyGate.DEFAULT_FEATURE, drop);
    }

    private static final FeatureFrame TRAIN = withSetpointDrop(DailyFrames.heating(APARTMENTS, DAYS, 17));

    private static Map<String, Object> gated(Map<String, Object> gate) {
        Map<String, Object> m = new HashMap<>(Map.of("components", LOF, "combine", "max_z"));
        m.put("occupancy", gate);
        return m;
    }

    @Test
    void given_an_empty_occupancy_map_when_parsed_then_the_defaults_are_the_occupancy_extractors_setpoint_drop_of_2_k() {
        CompositeOptions o = (CompositeOptions) COMPOSITE.bind(gated(Map.of())).options();
        assertThat(o.occupancy()).isEqualTo(new OccupancyGate("setpoint_vs_baseline_k", -2.0));
        assertThat(o.toMap()).containsEntry("occupancy", Map.of("feature", "setpoint_vs_baseline_k", "away_at_most", -2.0));
        assertThat(COMPOSITE.parseOptions(o.toMap())).isEqualTo(o);
        assertThat(((CompositeOptions) COMPOSITE.bind(Map.of()).options()).occupancy()).isNull();
    }

    @Test
    void given_bad_occupancy_options_when_parsed_then_the_error_names_the_key_and_value() {
        assertThatThrownBy(() -> COMPOSITE.bind(gated(Map.of("threshold", -2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
        assertThatThrownBy(() -> COMPOSITE.bind(gated(Map.of("away_at_most", "low"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("away_at_most").hasMessageContaining("low");
        assertThatThrownBy(() -> new OccupancyGate("setpoint_vs_baseline_k", Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("occupancy.away_at_most");
        assertThatThrownBy(() -> COMPOSITE.bind(gated(Map.of("feature", "no such column"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("occupancy.feature");
    }

    @Test
    void given_a_gate_when_scored_then_away_rows_are_nan_and_the_components_never_see_the_gate_feature() {
        CompositeDetector d = (CompositeDetector) COMPOSITE.bind(gated(Map.of())).fit(TRAIN, Labels.empty(), CONTEXT);
        assertThat(d.features().names()).endsWith("setpoint_vs_baseline_k");
        assertThat(d.components().get(0).features().names())
                .containsExactly("daily_energy_kwh", "avg_temp_diff", "avg_outdoor_temp_c", "hdd");
        boolean[] away = d.options().occupancy().away(TRAIN);
        double[] lof = d.components().get(0).score(CompositeDetector.withoutGate(d.options(), TRAIN)).values();
        double[] s = d.score(TRAIN).values();
        int awayRows = 0;
        for (int r = 0; r < s.length; r++) {
            if (away[r]) {
                awayRows++;
                assertThat(s[r]).as("row %d", r).isNaN();
            } else {
                assertThat(s[r]).as("row %d", r).isEqualTo(d.calibrations().get(0).z(lof[r]));
            }
        }
        assertThat(awayRows).isEqualTo(10);
        assertThat(d.score(TRAIN).scoredCount()).isEqualTo(TRAIN.rowCount() - 10);
    }

    @Test
    void given_a_gate_when_fitted_then_the_calibration_reads_the_occupied_training_rows_only() {
        CompositeDetector d = (CompositeDetector) COMPOSITE.bind(gated(Map.of())).fit(TRAIN, Labels.empty(), CONTEXT);
        double[] lof = d.components().get(0).score(CompositeDetector.withoutGate(d.options(), TRAIN)).values();
        ScoreCalibration occupied = ScoreCalibration.learn(CompositeDetector.gated(lof, d.options().occupancy().away(TRAIN)));
        assertThat(d.calibrations().get(0).median()).isEqualTo(occupied.median());
        assertThat(d.calibrations().get(0).scale()).isEqualTo(occupied.scale());
    }

    @Property(tries = 20)
    void a_row_is_away_exactly_when_its_feature_is_present_and_at_most_the_threshold(
            @ForAll @DoubleRange(min = -10, max = 10) double threshold, @ForAll @DoubleRange(min = -10, max = 10) double value) {
        FeatureFrame f = DailyFrames.heating(1, 3, 1);
        f = f.withColumn("setpoint_vs_baseline_k", new double[] {value, Double.NaN, threshold});
        boolean[] away = new OccupancyGate("setpoint_vs_baseline_k", threshold).away(f);
        assertThat(away).containsExactly(value <= threshold, false, true);
    }

    @Test
    void given_a_frame_without_the_gate_feature_when_scored_then_the_error_names_the_feature() {
        Detector d = COMPOSITE.bind(gated(Map.of())).fit(TRAIN, Labels.empty(), CONTEXT);
        FeatureFrame plain = DailyFrames.heating(APARTMENTS, DAYS, 17);
        assertThatThrownBy(() -> d.score(plain)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'setpoint_vs_baseline_k'").hasMessageContaining("occupancy extractor");
    }

    @Test
    void given_a_gated_composite_when_round_tripped_then_scores_are_bit_identical_and_version_1_refuses_a_gate()
            throws IOException {
        Detector d = COMPOSITE.bind(gated(Map.of("away_at_most", -3.5))).fit(TRAIN, Labels.empty(), CONTEXT);
        Detector back = DailyFrames.roundTrip(COMPOSITE.codec(), d);
        assertThat(back.score(TRAIN).values()).isEqualTo(d.score(TRAIN).values());
        assertThat(((CompositeDetector) back).options().occupancy().awayAtMost()).isEqualTo(-3.5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        COMPOSITE.codec().write(d, out);
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).contains("\"occupancy\"");
        assertThatThrownBy(() -> COMPOSITE.codec().read(new ByteArrayInputStream(out.toByteArray()), 1))
                .isInstanceOf(IOException.class).hasMessageContaining("occupancy gate");
    }

    @Test
    void given_the_lof_occupancy_preset_when_fitted_then_it_is_lof_by_max_z_behind_the_default_gate() throws IOException {
        LofOccupancyStrategy preset = new LofOccupancyStrategy();
        assertThat(io.iotad.core.detect.DetectorStrategies.byName("lof_occupancy")).isInstanceOf(LofOccupancyStrategy.class);
        Detector d = preset.bind(Map.of()).fit(TRAIN, Labels.empty(), CONTEXT);
        Detector same = COMPOSITE.bind(Map.of("components", List.of(Map.of("name", "density", "strategy", "lof")),
                "combine", "max_z", "occupancy", Map.of())).fit(TRAIN, Labels.empty(), CONTEXT);
        assertThat(d.strategy()).isEqualTo("lof_occupancy");
        assertThat(d.score(TRAIN).values()).isEqualTo(same.score(TRAIN).values());
        assertThat(DailyFrames.roundTrip(preset.codec(), d).score(TRAIN).values()).isEqualTo(d.score(TRAIN).values());
        CompositeOptions stricter = (CompositeOptions) preset.bind(Map.of("occupancy", Map.of("away_at_most", -3.0))).options();
        assertThat(stricter.occupancy().awayAtMost()).isEqualTo(-3.0);
        assertThat(stricter.components()).hasSize(1);
    }
}
