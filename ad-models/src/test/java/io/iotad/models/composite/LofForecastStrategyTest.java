package io.iotad.models.composite;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Labels;
import io.iotad.models.testing.DailyFrames;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LofForecastStrategyTest {
    private static final FitContext CONTEXT = FitContext.seeded(7);
    private static final int APARTMENTS = 6;
    private static final int DAYS = 90;
    private static final int SPIKE_DAY = 80;
    private static final int AWAY_FROM = 60;
    private static final int AWAY_TO = 70;

    /**
     * The heating frame with a setpoint-drop column: apartment 0 uses 3 x its energy on day 80 (occupied),
     * apartment 1 lowers its setpoints by 4 K on days 60-69 (away); the first week has no baseline.
     */
    private static FeatureFrame frame() {
        FeatureFrame f = DailyFrames.heating(APARTMENTS, DAYS, 23);
        double[] energy = f.column("daily_energy_kwh").clone();
        double[] drop = new double[f.rowCount()];
        for (int r = 0; r < f.rowCount(); r++) {
            int day = (int) (f.epochDay(r) - DailyFrames.START.toEpochDay());
            boolean first = f.apartmentId(r).equals(f.apartmentId(0));
            boolean second = f.apartmentId(r).equals(f.apartmentId(DAYS));
            if (first && day == SPIKE_DAY) {
                energy[r] *= 3;
            }
            drop[r] = day < 7 ? Double.NaN : second && day >= AWAY_FROM && day < AWAY_TO ? -4.0 : 0.0;
        }
        List<String> others = f.schema().names().stream().filter(n -> !n.equals("daily_energy_kwh")).toList();
        return f.select(FeatureSchema.of(others)).withColumn("daily_energy_kwh", energy)
                .withColumn(OccupancyGate.DEFAULT_FEATURE, drop);
    }

    @Test
    void given_the_preset_when_fitted_then_it_is_the_three_weighted_components_by_max_z_behind_the_default_gate()
            throws IOException {
        assertThat(DetectorStrategies.byName("lof_forecast")).isInstanceOf(LofForecastStrategy.class);
        LofForecastStrategy preset = new LofForecastStrategy();
        CompositeOptions o = (CompositeOptions) preset.bind(Map.of()).options();
        assertThat(o.combine()).isEqualTo(Combination.MAX_Z);
        assertThat(o.occupancy()).isEqualTo(new OccupancyGate("setpoint_vs_baseline_k", -2.0));
        assertThat(o.components()).extracting(ComponentSpec::name).containsExactly("density", "above", "below");
        assertThat(o.components()).extracting(ComponentSpec::weight).containsExactly(0.15, 1.0, 0.5);
        assertThat(o.components().get(1).options().toMap()).containsEntry("residual_side", "signed").containsEntry("holidays", "ch");
        assertThat(o.components().get(2).options().toMap()).containsEntry("residual_side", "absolute");

        FeatureFrame frame = frame();
        FeatureFrame train = frame.rows(java.util.stream.IntStream.range(0, frame.rowCount())
                .filter(r -> frame.epochDay(r) - DailyFrames.START.toEpochDay() < 75).toArray());
        CompositeDetector d = (CompositeDetector) preset.bind(Map.of()).fit(train, Labels.empty(), CONTEXT);
        double[] s = d.score(frame).values();
        FeatureFrame parts = CompositeDetector.withoutGate(o, frame);
        double[][] comp = new double[3][];
        for (int i = 0; i < 3; i++) {
            comp[i] = d.components().get(i).score(parts).values();
        }
        int spike = -1;
        for (int r = 0; r < frame.rowCount(); r++) {
            int day = (int) (frame.epochDay(r) - DailyFrames.START.toEpochDay());
            boolean away = frame.column(OccupancyGate.DEFAULT_FEATURE)[r] <= -2.0;
            if (away) {
                assertThat(s[r]).as("away row %d", r).isNaN();
            } else if (!Double.isNaN(comp[1][r]) && !Double.isNaN(comp[0][r])) {
                double want = Math.max(0.15 * d.calibrations().get(0).z(comp[0][r]),
                        Math.max(d.calibrations().get(1).z(comp[1][r]), 0.5 * d.calibrations().get(2).z(comp[2][r])));
                assertThat(s[r]).isEqualTo(want);
            }
            if (day == SPIKE_DAY && frame.apartmentId(r).equals(frame.apartmentId(0))) {
                spike = r;
            }
        }
        int best = 0;
        for (int r = 0; r < s.length; r++) {
            if (!Double.isNaN(s[r]) && (Double.isNaN(s[best]) || s[r] > s[best])) {
                best = r;
            }
        }
        assertThat(best).as("the tripled-energy day ranks first").isEqualTo(spike);
        assertThat(d.historyDays()).isEqualTo(56);
        Detector back = DailyFrames.roundTrip(preset.codec(), d);
        assertThat(back.score(frame).values()).isEqualTo(s);
        assertThat(back.strategy()).isEqualTo("lof_forecast");
    }

    @Test
    void given_an_override_of_one_top_level_key_when_bound_then_the_rest_of_the_preset_stays() {
        CompositeOptions o = (CompositeOptions) new LofForecastStrategy()
                .bind(Map.of("occupancy", Map.of("away_at_most", -3.0))).options();
        assertThat(o.occupancy().awayAtMost()).isEqualTo(-3.0);
        assertThat(o.components()).hasSize(3);
        CompositeOptions two = (CompositeOptions) new LofForecastStrategy().bind(Map.of("components",
                List.of(Map.of("name", "density", "strategy", "lof")))).options();
        assertThat(two.components()).hasSize(1);
        assertThat(two.combine()).isEqualTo(Combination.MAX_Z);
    }
}
